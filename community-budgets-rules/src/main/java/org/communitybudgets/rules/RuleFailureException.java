package org.communitybudgets.rules;

import java.util.Optional;

/**
 * A rule failed while deciding: its condition or consequence threw, it kept firing past the
 * firing limit, or the decision ran past its time budget. The message names the rule and what was
 * being decided; the rules that were not at fault are unaffected, and in a batch only the subject
 * that failed gets a {@link BatchResult.Failure}.
 */
public final class RuleFailureException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String rule;
  private final String subject;
  private final transient Optional<String> family;

  public RuleFailureException(String rule, String subject, Optional<String> family, String message, Throwable cause) {
    super(message, cause);
    this.rule = rule;
    this.subject = subject;
    this.family = family;
  }

  /** The id of the family whose facts the failing rule matched, where one did: the one to set apart in a batch. */
  Optional<String> family() {
    return family;
  }

  /** The rule that failed, where it is known. */
  public Optional<String> rule() {
    return Optional.ofNullable(rule);
  }

  /** What was being decided: a family, a claim, a pool and its contribution, or a chunk of a batch. */
  public String subject() {
    return subject;
  }
}
