package org.communitybudgets.rules.troubledfamilies;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitybudgets.family.Family;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.parameters.ParameterTable;
import org.communitybudgets.source.PolicySource;

/**
 * One payment-by-results claim being assessed, with the family it is for, the family's claims
 * already paid, the authority's target and the results the family has achieved on the day of the
 * claim, and the questions the claims rules ask of them. The session's {@link Policy} is on the
 * day of the claim; {@link #atAttachment()} is the policy on the day of attachment, which sets the
 * amounts: a family's attachment fee and results payments are those of its financial year of
 * attachment (TF framework 2012, successful family payment table).
 *
 * <p>What an earlier claim was worth is read from the parameters as for a new claim, for the
 * financial year of attachment.
 *
 * <pre>
 * $c : ClaimCase(isResult(), !resultAchieved())
 * </pre>
 */
public final class ClaimCase {
  private final Claim claim;
  private final FamilyCase family;
  private final List<Claim> earlier;
  private final AuthorityTarget target;
  private final long familiesAlreadyFunded;
  private final Results results;
  private final Policy policy;
  private final ParameterTable table;

  ClaimCase(
      Claim claim,
      Family family,
      List<Claim> earlier,
      AuthorityTarget target,
      long familiesAlreadyFunded,
      Results results,
      ParameterTable table) {
    this.claim = claim;
    this.family = new FamilyCase(family, claim.claimedOn());
    this.earlier = List.copyOf(earlier);
    this.target = target;
    this.familiesAlreadyFunded = familiesAlreadyFunded;
    this.results = results;
    this.table = table;
    this.policy = new Policy(table, claim.claimedOn());
  }

  /** The claim's id. */
  public String id() {
    return claim.id().value();
  }

  /** The claim. */
  public Claim claim() {
    return claim;
  }

  /** The kind of claim. */
  public ClaimKind kind() {
    return claim.kind();
  }

  /** The phase the claim belongs to. */
  public ProgrammePhase phase() {
    return claim.phase();
  }

  /** The prefix of the phase's parameters: {@code tf.phase1} or {@code tf.phase2}. */
  public String phaseKey() {
    return phase() == ProgrammePhase.PHASE_1 ? "tf.phase1" : "tf.phase2";
  }

  /** True for a results claim, false for an attachment fee. */
  public boolean isResult() {
    return claim.kind().isResult();
  }

  /** The family, on the day of the claim; reasons are recorded against it. */
  public FamilyCase familyCase() {
    return family;
  }

  /** The day of the claim. */
  public LocalDate claimedOn() {
    return claim.claimedOn();
  }

  /** The day of attachment, if the family was attached on or before the day of the claim. */
  public Optional<LocalDate> attachedOn() {
    return family.family().attachment().map(a -> a.attachedOn()).filter(d -> !d.isAfter(claimedOn()));
  }

  /** True if the family was attached on or before the day of the claim. */
  public boolean isAttached() {
    return attachedOn().isPresent();
  }

  /**
   * True if the family was attached in the phase the claim belongs to, as the results rules find
   * it: by the phases' days, or from the early start for an authority that started phase 2 early.
   */
  public boolean attachedInItsPhase() {
    return isAttached() && results.phase().equals(Optional.of(phase()));
  }

  /**
   * The first day a claim of the phase may be made for the family: the phase's first day, or for
   * a phase-2 claim of an authority that started phase 2 early, the early start.
   */
  public LocalDate claimWindowOpens(Policy p) {
    LocalDate first = p.date(phaseKey() + ".first-day");
    if (phase() == ProgrammePhase.PHASE_2 && p.listContains("tf.phase2.early-starters", claim.authority().value())) {
      LocalDate early = p.date("tf.phase2.early-start-day");
      return early.isBefore(first) ? early : first;
    }
    return first;
  }

  /** True if the day falls on or after {@code first} and on or before {@code last}. */
  public static boolean between(LocalDate day, LocalDate first, LocalDate last) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /** The results the family achieved on the day of the claim. */
  public Results results() {
    return results;
  }

  /** True if the family achieved the result claimed on the day of the claim. */
  public boolean resultAchieved() {
    return results.has(claim.kind());
  }

  /** The family's claims already paid, in the order given. */
  public List<Claim> earlier() {
    return earlier;
  }

  /** Earlier claims of the same kind, or with the same id, as this one. */
  public List<String> duplicates() {
    return earlier.stream()
        .filter(e -> e.kind() == claim.kind() || e.id().equals(claim.id()))
        .map(e -> e.id() + " (" + e.kind() + ", " + e.claimedOn() + ")")
        .toList();
  }

  /**
   * Earlier results claims this one cannot be paid with: in phase 1, continuous employment is the
   * alternative to the other two results; in phase 2, the two results are alternatives.
   */
  public List<String> alternativesPaid() {
    return earlier.stream()
        .filter(e -> e.kind() != claim.kind() && e.kind().isResult() && claim.kind().isResult() && e.phase() == phase())
        .filter(e -> phase() == ProgrammePhase.PHASE_2
            || e.kind() == ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1
            || claim.kind() == ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1)
        .map(e -> e.id() + " (" + e.kind() + ", " + e.claimedOn() + ")")
        .toList();
  }

  /** True if no claim for the family has been paid, so paying this one funds one more family. */
  public boolean fundsANewFamily() {
    return earlier.isEmpty();
  }

  /** The authority's target of families for the phase. */
  public AuthorityTarget target() {
    return target;
  }

  /** The number of the authority's families already funded in the phase. */
  public long familiesAlreadyFunded() {
    return familiesAlreadyFunded;
  }

  /** True if one more family funded stays within {@code numerator}/{@code denominator} of the target. */
  public boolean oneMoreWithinShare(int numerator, int denominator) {
    // Exact: the counts are bounded by the target, but the parameters are not.
    return BigInteger.valueOf(familiesAlreadyFunded).add(BigInteger.ONE).multiply(BigInteger.valueOf(denominator))
        .compareTo(BigInteger.valueOf(target.families()).multiply(BigInteger.valueOf(numerator))) <= 0;
  }

  /** The policy on the day of attachment, for the amounts of the financial year of attachment. */
  public Policy atAttachment() {
    return policy.on(attachedOn().orElseThrow(() -> new IllegalStateException("claim " + id() + ": family not attached")));
  }

  /** The parameter that sets the amount of a claim of this kind. */
  public String amountKey() {
    return amountKey(claim.kind());
  }

  private static String amountKey(ClaimKind kind) {
    return switch (kind) {
      case ATTACHMENT_FEE_PHASE_1 -> "tf.phase1.attachment-fee";
      case ATTACHMENT_FEE_PHASE_2 -> "tf.phase2.attachment-fee";
      case CRIME_ASB_EDUCATION_RESULT -> "tf.phase1.crime-asb-education-payment";
      case PROGRESS_TO_WORK_RESULT -> "tf.phase1.progress-to-work-payment";
      case CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1 -> "tf.phase1.continuous-employment-payment";
      case SUSTAINED_PROGRESS_RESULT, CONTINUOUS_EMPLOYMENT_RESULT_PHASE_2 -> "tf.phase2.results-payment";
    };
  }

  /**
   * The policy the amount of this claim is read from: on the day of attachment, for a fee and a
   * result alike, since the framework fixes a family's payments by its year of attachment.
   */
  public Policy amountPolicy() {
    return atAttachment();
  }

  /** What the phase's window for claims follows: NAO HC 878 for phase 1, the 2015 framework for phase 2. */
  public PolicySource claimWindowSource() {
    return claimWindowSource(phase());
  }

  /** What the window for claims of the phase follows. */
  public static PolicySource claimWindowSource(ProgrammePhase phase) {
    return phase == ProgrammePhase.PHASE_1
        ? PolicySource.naoFamilies2013("summary, paragraph 2")
        : PolicySource.troubledFamiliesFramework2015("the programme's years, 2015-16 to 2019-20");
  }

  /** A place in the financial framework of the claim's phase: 2012 for phase 1, 2015 for phase 2. */
  public PolicySource frameworkSource(String location) {
    return frameworkSource(phase(), location);
  }

  /** A place in the financial framework of the phase. */
  public static PolicySource frameworkSource(ProgrammePhase phase, String location) {
    return phase == ProgrammePhase.PHASE_1
        ? PolicySource.troubledFamiliesFramework2012(location)
        : PolicySource.troubledFamiliesFramework2015(location);
  }

  /** What the amount of this claim follows. */
  public PolicySource amountSource() {
    return amountSource(phase());
  }

  /** What the amounts of the phase's claims follow. */
  public static PolicySource amountSource(ProgrammePhase phase) {
    return phase == ProgrammePhase.PHASE_1
        ? PolicySource.troubledFamiliesFramework2012("successful family payment table and results payments")
        : PolicySource.troubledFamiliesFramework2015("attachment fee £1,000 and results payment £800");
  }

  /** The amount the parameters set for this claim. */
  public Money amountDue() {
    return amountPolicy().money(amountKey());
  }

  /**
   * What the family's earlier claims were worth, by the parameters on the day of attachment; a claim
   * for which no amount is set on that day counts nothing.
   */
  public Money paidBefore() {
    Money total = Money.ZERO;
    for (Claim e : earlier) {
      LocalDate day = family.family().attachment().map(a -> a.attachedOn()).orElse(e.claimedOn());
      Optional<Money> worth =
          table.definition(amountKey(e.kind())).flatMap(d -> d.valueOn(day)).map(v -> (Money) v.value());
      total = total.plus(worth.orElse(Money.ZERO));
    }
    return total;
  }

  /** The amount payable: the amount due, no more than the maximum less what was paid before, nor than the amount claimed. */
  public Money payable(Money maximum) {
    Money amount = Money.min(amountDue(), maximum.minus(paidBefore()));
    return claim.amountClaimed().map(a -> Money.min(a, amount)).orElse(amount);
  }

  /** The amount claimed, for a reason: {@code "£700.00 claimed"} or {@code "no amount stated"}. */
  public String amountClaimedText() {
    return claim.amountClaimed().map(a -> a + " claimed").orElse("no amount stated");
  }

  @Override
  public String toString() {
    return "claim " + id() + " (" + claim.kind() + ") for family " + family.id();
  }
}
