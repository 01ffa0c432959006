/**
 * The cost-benefit appraisal of a Community Budget intervention in the manner of the New Economy
 * model the whole-place pilots used: its {@link org.communitybudgets.appraisal.Cost}s, {@link
 * org.communitybudgets.appraisal.ExpectedOutcome}s and unit values, discounted and optimism-biased
 * by year into an {@link org.communitybudgets.appraisal.Appraisal} of who invests and who benefits,
 * and {@link org.communitybudgets.appraisal.SharingProposal}s for the cashable savings.
 */
package org.communitybudgets.appraisal;
