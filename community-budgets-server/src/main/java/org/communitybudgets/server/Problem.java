package org.communitybudgets.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What went wrong with a request, as Problem Details (RFC 9457): a stable {@code type} for each
 * kind, the status, a title, the detail in the service's words and, for a body the service
 * refuses, every problem found in it, each at the JSON Pointer of the bad value.
 *
 * @param kind the kind of problem; its {@code type} is the anchor of that name in the service guide
 * @param detail what is wrong with this request
 * @param errors each bad value of the body, where it is
 * @param extensions further members of the problem, such as the rule that failed
 */
record Problem(Kind kind, String detail, List<Located> errors, Map<String, Object> extensions) {
  /** Where the problems' types are explained. */
  static final String TYPES = "https://github.com/community-budgets/community-budgets/blob/main/docs/service.md#";

  Problem {
    errors = List.copyOf(errors);
    extensions = Map.copyOf(extensions);
  }

  Problem(Kind kind, String detail) {
    this(kind, detail, List.of(), Map.of());
  }

  Problem(Kind kind, String detail, List<Located> errors) {
    this(kind, detail, errors, Map.of());
  }

  /** This problem with one more member. */
  Problem with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extensions);
    more.put(name, value);
    return new Problem(kind, detail, errors, more);
  }

  /** The problem's type, an address that explains it. */
  String type() {
    return TYPES + kind.slug;
  }

  /** A bad value of a body: its JSON Pointer ({@code ""} for the whole body) and what is wrong with it. */
  record Located(String pointer, String detail) {}

  /** The kinds of problem, each with its status and title. */
  enum Kind {
    MALFORMED_JSON(400, "malformed-json", "The body is not well-formed JSON"),
    INVALID_PARAMETER(400, "invalid-parameter", "A parameter of the request is missing or not of its form"),
    UNAUTHENTICATED(401, "unauthenticated", "No valid credentials were given"),
    FORBIDDEN(403, "forbidden", "The credentials do not grant this"),
    NOT_FOUND(404, "not-found", "There is nothing at this address"),
    UNKNOWN_RULE_SET(404, "unknown-rule-set", "No rule set of that name is served"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "The address does not take this method"),
    NOT_ACCEPTABLE(406, "not-acceptable", "The service cannot answer in a media type the request accepts"),
    FINGERPRINT_MISMATCH(412, "fingerprint-mismatch", "The rule set in force is not the one the request is pinned to"),
    TOO_LARGE(413, "too-large", "The request passes a limit of the service"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The body is not of a media type the address takes"),
    INVALID_RECORD(422, "invalid-record", "The body is well-formed but the domain refuses it"),
    RULE_SET_REFUSED(422, "rule-set-refused", "The rule set does not build"),
    RULE_FAILURE(500, "rule-failure", "A rule failed while deciding"),
    INTERNAL(500, "internal", "The service failed"),
    UNAVAILABLE(503, "unavailable", "The service is not ready"),
    LOG_UNAVAILABLE(503, "decision-log-unavailable", "The decision log cannot record decisions now");

    final int status;
    final String slug;
    final String title;

    Kind(int status, String slug, String title) {
      this.status = status;
      this.slug = slug;
      this.title = title;
    }
  }
}
