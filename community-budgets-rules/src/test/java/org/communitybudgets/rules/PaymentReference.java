package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communitybudgets.family.Family;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;

/**
 * The payment-by-results arithmetic written again in plain Java from the TF frameworks 2012 and 2015,
 * reading the same parameters: what a claim is paid, or zero. An oracle for the claim rules.
 */
final class PaymentReference {
  private PaymentReference() {}

  /**
   * What the claim is paid.
   *
   * @param achieved the results the family has achieved on the day of the claim
   * @param paid the claims paid before, in order
   */
  static Money payable(
      Claim claim, Family family, List<Claim> paid, AuthorityTarget target, long funded,
      Set<ClaimKind> achieved, Policy policy) {
    ProgrammePhase phase = claim.kind().phase();
    String key = phase == ProgrammePhase.PHASE_1 ? "tf.phase1" : "tf.phase2";
    Policy onClaim = policy.on(claim.claimedOn());
    LocalDate first = onClaim.date(key + ".first-day");
    LocalDate last = onClaim.date(key + ".last-day");
    if (claim.claimedOn().isBefore(first) || claim.claimedOn().isAfter(onClaim.date(key + ".last-claim-day"))) {
      return Money.ZERO;
    }
    if (family.attachment().isEmpty()) {
      return Money.ZERO;
    }
    LocalDate attached = family.attachment().get().attachedOn();
    if (attached.isAfter(claim.claimedOn()) || attached.isBefore(first) || attached.isAfter(last)) {
      return Money.ZERO;
    }
    if (paid.stream().anyMatch(c -> c.kind() == claim.kind())) {
      return Money.ZERO;
    }
    if (claim.kind().isResult()) {
      if (paid.stream().anyMatch(c -> alternatives(claim.kind(), c.kind()))) {
        return Money.ZERO;
      }
      if (!achieved.contains(claim.kind())) {
        return Money.ZERO;
      }
    }
    if (phase == ProgrammePhase.PHASE_1 && paid.isEmpty()) {
      long numerator = onClaim.integer("tf.phase1.funded-share-numerator");
      long denominator = onClaim.integer("tf.phase1.funded-share-denominator");
      if ((funded + 1) * denominator > target.families() * numerator) {
        return Money.ZERO;
      }
    }
    Money before = Money.ZERO;
    for (Claim c : paid) {
      before = before.plus(amount(c, attached, policy));
    }
    Money left = onClaim.money(key + ".maximum-per-family").minus(before);
    Money due = Money.min(amount(claim, attached, policy), left);
    if (claim.amountClaimed().isPresent()) {
      due = Money.min(due, claim.amountClaimed().get());
    }
    return due.isPositive() ? due : Money.ZERO;
  }

  /** A fee or a result at the amount for the family's year of attachment. */
  private static Money amount(Claim c, LocalDate attached, Policy policy) {
    Policy onAttachment = policy.on(attached);
    return switch (c.kind()) {
      case ATTACHMENT_FEE_PHASE_1 -> onAttachment.money("tf.phase1.attachment-fee");
      case ATTACHMENT_FEE_PHASE_2 -> onAttachment.money("tf.phase2.attachment-fee");
      case CRIME_ASB_EDUCATION_RESULT -> onAttachment.money("tf.phase1.crime-asb-education-payment");
      case PROGRESS_TO_WORK_RESULT -> onAttachment.money("tf.phase1.progress-to-work-payment");
      case CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1 -> onAttachment.money("tf.phase1.continuous-employment-payment");
      case SUSTAINED_PROGRESS_RESULT, CONTINUOUS_EMPLOYMENT_RESULT_PHASE_2 -> onAttachment.money("tf.phase2.results-payment");
    };
  }

  /**
   * Continuous employment is the alternative that earns the whole results share (§4): it excludes
   * the other phase-1 results and they exclude it; the two phase-2 results exclude each other (§5).
   */
  private static boolean alternatives(ClaimKind claimed, ClaimKind paid) {
    if (claimed == paid || !paid.isResult()) {
      return false;
    }
    if (claimed.phase() != paid.phase()) {
      return false;
    }
    if (claimed.phase() == ProgrammePhase.PHASE_2) {
      return true;
    }
    return claimed == ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1 || paid == ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1;
  }
}
