package org.communitybudgets.server;

import jakarta.servlet.http.HttpServletRequest;
import org.communitybudgets.rules.RuleFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure of a request as a problem: never a stack trace, a Java class or a Drools name in a
 * response, and nothing of the request's body in the log.
 */
@RestControllerAdvice
class ProblemHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ProblemException.class)
  ResponseEntity<byte[]> problem(ProblemException e, HttpServletRequest request) {
    return Problems.entity(e.problem(), request);
  }

  @ExceptionHandler(RuleFailureException.class)
  ResponseEntity<byte[]> ruleFailed(RuleFailureException e, HttpServletRequest request) {
    String rule = e.rule().orElse("(unnamed)");
    LOG.warn("rule '{}' failed on {} {}", rule, request.getMethod(), request.getRequestURI());
    Problem p = new Problem(Problem.Kind.RULE_FAILURE, "rule '" + rule + "' failed while deciding the " + e.subject()
        + "; the rule set's author can reproduce it with the same record");
    return Problems.entity(e.rule().map(r -> p.with("rule", r)).orElse(p), request);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<byte[]> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    return Problems.entity(new Problem(Problem.Kind.NOT_ACCEPTABLE, "this address answers in " + e.getSupportedMediaTypes()
        + "; the request accepts only " + request.getHeader("Accept")), request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<byte[]> unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return Problems.entity(new Problem(Problem.Kind.UNSUPPORTED_MEDIA_TYPE, "this address takes " + e.getSupportedMediaTypes()
        + (e.getContentType() == null ? "; the request gave no Content-Type" : ", not " + e.getContentType())), request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<byte[]> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return Problems.entity(new Problem(Problem.Kind.METHOD_NOT_ALLOWED, request.getRequestURI() + " takes " + e.getSupportedHttpMethods()
        + ", not " + e.getMethod()), request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<byte[]> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
    return Problems.entity(new Problem(Problem.Kind.INVALID_PARAMETER, "the query parameter '" + e.getParameterName() + "' is required"
        + (e.getParameterName().equals("asOf") ? ": the business date every decision is made on, e.g. asOf=2012-10-01" : "")), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<byte[]> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    String expected = e.getRequiredType() == java.time.LocalDate.class ? "a date written like 2012-10-01"
        : e.getRequiredType() == boolean.class ? "true or false" : "a value of its form";
    return Problems.entity(new Problem(Problem.Kind.INVALID_PARAMETER, "the query parameter '" + e.getName() + "' was \""
        + e.getValue() + "\", which is not " + expected), request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<byte[]> notFound(NoResourceFoundException e, HttpServletRequest request) {
    return Problems.entity(new Problem(Problem.Kind.NOT_FOUND, "nothing is served at " + request.getRequestURI()
        + "; the service's addresses are listed at /v1/openapi.json"), request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<byte[]> failed(Exception e, HttpServletRequest request) {
    LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
    return Problems.entity(new Problem(Problem.Kind.INTERNAL, "the service failed on this request; its log says why, under the time of the request"), request);
  }
}
