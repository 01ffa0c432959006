window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/v1/openapi.json", dom_id: "#contract", deepLinking: true });
});
