package org.communitybudgets.server;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer to a request that failed before any controller took it (the servlet container's
 * error dispatch): a problem like every other, with no stack trace and no class name.
 */
@RestController
class ErrorPage implements ErrorController {
  @RequestMapping("/error")
  ResponseEntity<byte[]> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    Problem.Kind kind = switch (status) {
      case 400 -> Problem.Kind.MALFORMED_JSON;
      case 401 -> Problem.Kind.UNAUTHENTICATED;
      case 403 -> Problem.Kind.FORBIDDEN;
      case 404 -> Problem.Kind.NOT_FOUND;
      case 405 -> Problem.Kind.METHOD_NOT_ALLOWED;
      case 413 -> Problem.Kind.TOO_LARGE;
      case 503 -> Problem.Kind.UNAVAILABLE;
      default -> Problem.Kind.INTERNAL;
    };
    String detail = switch (kind) {
      case MALFORMED_JSON -> "the request is not one the service can read";
      case TOO_LARGE -> "the request is larger than the service takes";
      case NOT_FOUND -> "nothing is served at " + path;
      default -> kind.title.toLowerCase(java.util.Locale.ROOT);
    };
    return ResponseEntity.status(kind == Problem.Kind.MALFORMED_JSON ? 400 : kind.status).contentType(Problems.PROBLEM_JSON)
        .body(Problems.body(new Problem(kind, detail), path));
  }
}
