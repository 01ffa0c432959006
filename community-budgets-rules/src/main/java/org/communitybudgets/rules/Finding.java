package org.communitybudgets.rules;

import java.util.Optional;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Reason;

/**
 * A reason a rule recorded, with what it is about and, for an unmet condition of a contribution,
 * the best verdict the contribution can still have. The engine turns a contribution's findings into its decision: the
 * verdict is the most limiting of its unmet conditions' limits (refused, then alignment only, then
 * conditional), or allowed when none limits it.
 *
 * @param subject the id of the contribution or family the finding is about, or empty for the pool
 *     as a whole
 * @param limit for an unmet condition of a contribution, the best verdict it can still have
 * @param reason the reason itself
 */
public record Finding(Optional<String> subject, Optional<ContributionVerdict> limit, Reason reason) {}
