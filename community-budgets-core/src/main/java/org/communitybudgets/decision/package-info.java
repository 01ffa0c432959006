/**
 * Decisions and their explanations: a {@link org.communitybudgets.decision.Decision} holds a
 * verdict ({@link org.communitybudgets.decision.ContributionVerdict}, {@link
 * org.communitybudgets.decision.EligibilityVerdict}, {@link org.communitybudgets.decision.ResultVerdict},
 * {@link org.communitybudgets.decision.ClaimVerdict}), the {@link org.communitybudgets.decision.Reason}s
 * behind it with the facts and parameter values each read, the conditions not met, and the
 * {@link org.communitybudgets.decision.Provenance} of the rules it was made by.
 */
package org.communitybudgets.decision;
