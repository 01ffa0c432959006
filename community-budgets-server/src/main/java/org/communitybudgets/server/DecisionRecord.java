package org.communitybudgets.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A decision as the log keeps it, in the record format ({@code decision-record.schema.json},
 * {@value #FORMAT}): the decision's id (returned to the caller), when its request was received and
 * from whom, the rule set it was made with (name, fingerprint, library version), the business
 * date, the subject, the verdict, and the answer the caller was given, with the conditions not met
 * and every reason, and the decided record as far as the log keeps it.
 *
 * @param id the decision's id
 * @param received when the request was received
 * @param client who asked
 * @param ruleSet the rule set's name
 * @param fingerprint the rule set's fingerprint
 * @param libraryVersion the library's version
 * @param asOf the business date
 * @param subject what kind of thing was decided: family, results, claim or contribution
 * @param subjectId its id: the family's, the claim's or the pool's and contribution's
 * @param family the family the decision is about, if it is about one
 * @param verdict the verdict's code
 * @param answer the decision as answered: verdict, conditions not met, rules and reasons
 * @param input the decided record, as far as it is kept
 */
record DecisionRecord(
    UUID id,
    Instant received,
    String client,
    String ruleSet,
    String fingerprint,
    String libraryVersion,
    LocalDate asOf,
    String subject,
    String subjectId,
    Optional<String> family,
    String verdict,
    ObjectNode answer,
    Input input) {

  /** The record format's version, in every record as {@code format}. */
  static final int FORMAT = 1;

  /** The codes of the conditions the decision found unmet, from its answer. */
  List<String> unmet() {
    List<String> codes = new ArrayList<>();
    JsonNode u = answer.get("unmet");
    if (u != null) {
      u.forEach(n -> codes.add(n.path("code").asText()));
    }
    return codes;
  }

  /**
   * The decided record as the log keeps it.
   *
   * @param kept how much was kept when it was decided
   * @param digest {@code sha256:} and the hex SHA-256 of the record's canonical JSON, unless none was kept
   * @param record the record in canonical JSON, while it is kept in full
   * @param removed when the full record was removed, if it was
   * @param removedBecause why: {@code retention} or {@code erasure}
   */
  record Input(ServiceSettings.InputKept kept, Optional<String> digest, Optional<String> record, Optional<Instant> removed,
      Optional<String> removedBecause) {
    static Input none() {
      return new Input(ServiceSettings.InputKept.NONE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }
}
