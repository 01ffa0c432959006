/**
 * The Troubled Families programme: {@link
 * org.communitybudgets.rules.troubledfamilies.Identification} of a {@link
 * org.communitybudgets.family.Family}, the {@link org.communitybudgets.rules.troubledfamilies.Results}
 * it achieved, the {@link org.communitybudgets.rules.troubledfamilies.ClaimDecision} on a {@link
 * org.communitybudgets.payment.Claim}, an authority's claims decided as they arrive ({@link
 * org.communitybudgets.rules.troubledfamilies.ClaimsLedger}) and its {@link
 * org.communitybudgets.rules.troubledfamilies.Ledger}. The facts the rules match ({@link
 * org.communitybudgets.rules.troubledfamilies.FamilyFacts}, {@link
 * org.communitybudgets.rules.troubledfamilies.ResultsCase}, {@link
 * org.communitybudgets.rules.troubledfamilies.ClaimCase}) and insert ({@link
 * org.communitybudgets.rules.troubledfamilies.CriterionMet} and the rest) are here for rule authors.
 */
package org.communitybudgets.rules.troubledfamilies;
