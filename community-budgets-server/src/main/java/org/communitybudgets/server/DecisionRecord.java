package org.communitybudgets.server;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the service decided, as every decision passes through {@link Decisions}: the decision's id
 * (returned to the caller), when its request was received and from whom, the rule set it was made
 * with, the business date, the subject and the verdict with the conditions not met. It holds no
 * record of the family: the subject is named by its id alone.
 *
 * @param id the decision's id
 * @param received when the request was received
 * @param client who asked
 * @param ruleSet the rule set's name
 * @param fingerprint the rule set's fingerprint
 * @param libraryVersion the library's version
 * @param asOf the business date
 * @param subject what kind of thing was decided: family, results, claim or contribution
 * @param subjectId its id
 * @param verdict the verdict's code
 * @param unmet the codes of the conditions not met
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
    String verdict,
    List<String> unmet) {
  DecisionRecord {
    unmet = List.copyOf(unmet);
  }
}
