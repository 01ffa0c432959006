package org.communitybudgets.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Writes problems as {@code application/problem+json}. */
final class Problems {
  static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  /** The problem's body: type, title, status, detail, instance, errors and any further members. */
  static byte[] body(Problem p, String instance) {
    ObjectNode body = JSON.createObjectNode().put("type", p.type()).put("title", p.kind().title).put("status", p.kind().status)
        .put("detail", p.detail());
    if (instance != null) {
      body.put("instance", instance);
    }
    if (!p.errors().isEmpty()) {
      ArrayNode errors = body.putArray("errors");
      p.errors().forEach(e -> errors.addObject().put("pointer", e.pointer()).put("detail", e.detail()));
    }
    p.extensions().forEach((k, v) -> body.set(k, JSON.valueToTree(v)));
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ResponseEntity<byte[]> entity(Problem p, HttpServletRequest request) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(p.kind().status).contentType(PROBLEM_JSON);
    if (p.kind() == Problem.Kind.LOG_UNAVAILABLE) {
      // The log looks for its database every second.
      answer.header(HttpHeaders.RETRY_AFTER, "1");
    }
    return answer.body(body(p, request.getRequestURI()));
  }

  /** Writes the problem as the whole response, where no controller answers (the security filters). */
  static void write(HttpServletResponse response, Problem p, HttpServletRequest request) throws IOException {
    byte[] body = body(p, request.getRequestURI());
    response.setStatus(p.kind().status);
    response.setContentType(PROBLEM_JSON.toString());
    response.setContentLength(body.length);
    if (p.kind() == Problem.Kind.UNAUTHENTICATED) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"community-budgets\"");
    }
    response.getOutputStream().write(body);
  }
}
