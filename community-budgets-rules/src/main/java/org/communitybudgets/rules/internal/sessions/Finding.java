package org.communitybudgets.rules.internal.sessions;

import java.util.Optional;
import java.util.function.Supplier;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Effect;
import org.communitybudgets.decision.Reason;

/**
 * A reason a rule recorded, with what it is about and, for an unmet condition of a contribution,
 * the best verdict the contribution can still have. The engine turns a contribution's findings
 * into its decision: the verdict is the most limiting of its unmet conditions' limits (refused,
 * then alignment only, then conditional), or allowed when none limits it. The reason itself is
 * put into words when first read.
 */
public final class Finding {
  private final Optional<String> subject;
  private final Optional<ContributionVerdict> limit;
  private final Effect effect;
  private final String rule;
  private Supplier<Reason> build;
  private Reason reason;

  public Finding(Optional<String> subject, Optional<ContributionVerdict> limit, Effect effect, String rule, Supplier<Reason> build) {
    this.subject = subject;
    this.limit = limit;
    this.effect = effect;
    this.rule = rule;
    this.build = build;
  }

  /** The id of the contribution or family the finding is about, or empty for the pool as a whole. */
  public Optional<String> subject() {
    return subject;
  }

  /** For an unmet condition of a contribution, the best verdict it can still have. */
  public Optional<ContributionVerdict> limit() {
    return limit;
  }

  /** How the finding bears on the verdict. */
  public Effect effect() {
    return effect;
  }

  /** The name of the rule that recorded it. */
  public String rule() {
    return rule;
  }

  /** The reason, put into words on first reading; a finding is read by one thread at a time. */
  public synchronized Reason reason() {
    if (reason == null) {
      reason = build.get();
      build = null;
    }
    return reason;
  }
}
