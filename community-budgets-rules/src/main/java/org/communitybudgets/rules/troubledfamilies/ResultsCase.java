package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.family.Phase1Criterion;
import org.communitybudgets.family.Phase2Problem;
import org.communitybudgets.family.ProblemProgress;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.WorkProgress;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.time.DateRange;

/**
 * One family being assessed for the results of the Troubled Families programme on a business
 * date, with the questions the results rules ask of it. As with {@link FamilyCase}, each question
 * takes its window, threshold or list from the rule, which reads them from the {@link Policy}.
 * One such fact is inserted per family; the identification rules do not match it, so results and
 * identification never mix in a session.
 *
 * <p>The falls in anti-social behaviour and youth offending compare two windows of the same
 * length: the {@code months} months up to and including the business date ({@link
 * #windowToDate}) and the {@code months} months ending the day before attachment ({@link
 * #windowBeforeAttachment}). A fall needs something to fall from: with nothing in the window
 * before attachment, the measure is met only if nothing arose in the window to date, unless the
 * family was identified on crime/ASB on its day of attachment, when neither fall can be shown.
 *
 * <pre>
 * $r : ResultsCase(asbFell($p.integer("tf.phase1.results.window-months"), $p.percentage("tf.phase1.results.asb-fall"), $p.integer("tf.child.age-limit")))
 * </pre>
 */
public final class ResultsCase {
  private final FamilyCase family;
  private final Optional<OutcomesPlan> plan;
  private final Set<Phase2Problem> problemsAtAttachment;
  private final Set<Phase1Criterion> criteriaAtAttachment;
  private final Optional<ProgrammePhase> phaseAtAttachment;

  /**
   * @param phaseAtAttachment the phase that ran for the family on its day of attachment
   * @param criteriaAtAttachment the phase-1 criteria the family met on its day of attachment
   */
  ResultsCase(
      Family family,
      LocalDate asOf,
      Optional<OutcomesPlan> plan,
      Optional<ProgrammePhase> phaseAtAttachment,
      Set<Phase2Problem> problemsAtAttachment,
      Set<Phase1Criterion> criteriaAtAttachment) {
    this.family = new FamilyCase(family, asOf);
    this.plan = plan;
    this.phaseAtAttachment = phaseAtAttachment;
    this.criteriaAtAttachment = Set.copyOf(criteriaAtAttachment);
    this.problemsAtAttachment =
        problemsAtAttachment.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(problemsAtAttachment));
  }

  /** The family's id. */
  public String id() {
    return family.id();
  }

  /** The family with the identification questions, on the same business date; reasons are recorded against it. */
  public FamilyCase familyCase() {
    return family;
  }

  /** The family. */
  public Family family() {
    return family.family();
  }

  /** The business date. */
  public LocalDate asOf() {
    return family.asOf();
  }

  /** True if the family was attached on or before the business date. */
  public boolean isAttached() {
    return attachedOn().isPresent();
  }

  /** The day of attachment, if the family was attached on or before the business date. */
  public Optional<LocalDate> attachedOn() {
    return family().attachment().map(a -> a.attachedOn()).filter(d -> !d.isAfter(asOf()));
  }

  /**
   * True if the family was attached by the business date while the phase ran for it: by the
   * phases' days, or from the early start for an authority that started phase 2 early.
   */
  public boolean attachedIn(ProgrammePhase phase) {
    return isAttached() && phaseAtAttachment.equals(Optional.of(phase));
  }

  /** True if attached on or after {@code first} and on or before {@code last}. */
  public boolean attachedBetween(LocalDate first, LocalDate last) {
    return attachedOn().map(d -> !d.isBefore(first) && !d.isAfter(last)).orElse(false);
  }

  /**
   * The day of attachment.
   *
   * @throws IllegalStateException if the family was not attached by the business date
   */
  public LocalDate attachment() {
    return attachedOn().orElseThrow(() -> new IllegalStateException("family " + id() + " is not attached on " + asOf()));
  }

  /** The {@code months} months up to and including the business date. */
  public DateRange windowToDate(int months) {
    return family.window(months);
  }

  /** The {@code months} months ending the day before attachment. */
  public DateRange windowBeforeAttachment(int months) {
    LocalDate day = attachment();
    return DateRange.of(day.minusMonths(months), day.minusDays(1));
  }

  /** True if the {@code months} months up to the business date all fall on or after attachment. */
  public boolean windowSinceAttachment(int months) {
    return isAttached() && !windowToDate(months).start().isBefore(attachment());
  }

  /** The ASB incidents recorded across the family in the window. */
  public int asbIncidents(DateRange window) {
    return family().indicatorsWithin(AsbIncident.class, window).size();
  }

  /** The offences proven in the window against members who were children on the day. */
  public int childOffences(DateRange window, int ageLimit) {
    return (int) family().indicatorsWithin(ProvenOffence.class, window).stream()
        .filter(o -> family.isChildOn(o.offender(), o.provenOn(), ageLimit))
        .count();
  }

  /**
   * True if ASB incidents fell by at least the share from the window before attachment to the
   * window to date; see {@link #fell} for a window before attachment with nothing in it.
   */
  public boolean asbFell(int months, Percentage fall, int ageLimit) {
    return !nothingToFallFrom(months, ageLimit)
        && fell(asbIncidents(windowBeforeAttachment(months)), asbIncidents(windowToDate(months)), fall);
  }

  /**
   * True if children's proven offences fell by at least the share from the window before
   * attachment to the window to date; see {@link #fell} for a window before attachment with nothing
   * in it.
   */
  public boolean offendingFell(int months, Percentage fall, int ageLimit) {
    return !nothingToFallFrom(months, ageLimit)
        && fell(childOffences(windowBeforeAttachment(months), ageLimit), childOffences(windowToDate(months), ageLimit), fall);
  }

  /** Why a fall could not be shown, for a reason: empty, or a note that the family was identified on crime/ASB with nothing before. */
  public String nothingToFallFromNote(int months, int ageLimit) {
    return nothingToFallFrom(months, ageLimit)
        ? "; the family was identified on crime/ASB with neither ASB incidents nor youth offences before attachment, so no fall can be shown"
        : "";
  }

  /** True if the family met the crime/ASB criterion on its day of attachment, by the phase-1 identification rules. */
  public boolean identifiedOnCrimeAsb() {
    return criteriaAtAttachment.contains(Phase1Criterion.CRIME_ASB);
  }

  /**
   * True if the family was identified on crime/ASB yet had neither ASB incidents nor youth offences
   * in the window before attachment: the falls the result pays for cannot be shown from nothing, so
   * neither measure is met. A family not identified on crime/ASB takes an empty window as neutral.
   */
  public boolean nothingToFallFrom(int months, int ageLimit) {
    DateRange before = windowBeforeAttachment(months);
    return identifiedOnCrimeAsb() && asbIncidents(before) == 0 && childOffences(before, ageLimit) == 0;
  }

  /** The ASB counts compared, for a reason: {@code "5 before attachment (2012-03-01..2012-08-31), 2 to date (…): a fall of 60%"}. */
  public String asbCounts(int months) {
    return counts(asbIncidents(windowBeforeAttachment(months)), windowBeforeAttachment(months),
        asbIncidents(windowToDate(months)), windowToDate(months));
  }

  /** The offending counts compared, for a reason. */
  public String offendingCounts(int months, int ageLimit) {
    return counts(childOffences(windowBeforeAttachment(months), ageLimit), windowBeforeAttachment(months),
        childOffences(windowToDate(months), ageLimit), windowToDate(months));
  }

  private static String counts(int before, DateRange b, int after, DateRange a) {
    String fall = before == 0 ? "nothing to fall from" : "a fall of " + Percentage.ratio(before - after, before);
    return before + " before attachment (" + b + "), " + after + " to date (" + a + "): " + fall;
  }

  /**
   * True if a count fell by at least the share. With nothing before there is nothing to fall
   * from: the measure is neutral, met only if the count is still nothing; for a family identified
   * on crime/ASB with nothing before in either measure, {@link #nothingToFallFrom} fails both.
   */
  static boolean fell(long before, long after, Percentage fall) {
    if (before == 0) {
      return after == 0;
    }
    return Percentage.ratio(before - after, before).isAtLeast(fall);
  }

  /** Steps towards work taken on or after attachment, up to the business date, by members who were adults that day. */
  public List<WorkProgress> workProgressSinceAttachment(int ageLimit) {
    if (!isAttached()) {
      return List.of();
    }
    DateRange since = DateRange.of(attachment(), asOf());
    return family().indicatorsWithin(WorkProgress.class, since).stream()
        .filter(w -> family.isAdultOn(w.adult(), w.date(), ageLimit))
        .toList();
  }

  /**
   * The adults in continuous employment on the business date, each described for a reason: an adult
   * who "moves off out-of-work benefits and into continuous employment" (TF framework 2012, p. 23).
   * An adult does if they claimed one of the out-of-work benefits on or after the day of attachment,
   * claim none of them on the business date, and were in work, after their last such claim ended, on
   * at least {@code weeks} × 7 of the days of the last {@code window} weeks: the weeks and window are
   * {@code tf.continuous-employment.jsa-weeks} of {@code jsa-window-weeks} for an adult who claimed
   * one of {@code tf.continuous-employment.jsa-benefits}, {@code other-weeks} of {@code
   * other-window-weeks} otherwise. Work before the benefit ended, and an adult who had left the
   * benefits before attachment, count for nothing. A claim of a benefit that goes on in work ({@code
   * tf.in-work-benefits}, Universal Credit) counts as a claim out of work only on the days its
   * claimant is in no employment spell: its out-of-work part ends the day before the work that runs
   * to the business date begins.
   *
   * @param p the policy, for the {@code tf.continuous-employment.*} parameters and the age limit
   * @param outOfWorkBenefitsKey the parameter listing the out-of-work benefits of the phase
   */
  public List<String> continuouslyEmployed(Policy p, String outOfWorkBenefitsKey) {
    return employment(p, outOfWorkBenefitsKey, true);
  }

  /** Every adult who claimed an out-of-work benefit, with the days in work counted, for a reason. */
  public List<String> employmentRecord(Policy p, String outOfWorkBenefitsKey) {
    return employment(p, outOfWorkBenefitsKey, false);
  }

  private List<String> employment(Policy p, String outOfWorkBenefitsKey, boolean onlyMet) {
    List<String> outOfWork = p.texts(outOfWorkBenefitsKey);
    List<String> inWork = p.texts("tf.in-work-benefits");
    List<String> jsa = p.texts("tf.continuous-employment.jsa-benefits");
    List<String> out = new ArrayList<>();
    Optional<LocalDate> attached = attachedOn();
    for (Member adult : family.adults(p.integer("tf.child.age-limit"))) {
      // each claim with the last day, up to the business date, it was a claim out of work: a
      // benefit that goes on in work counts only on the days its claimant was not in work
      boolean formerJsa = false;
      boolean claimed = false;
      LocalDate lastOutOfWork = null;
      for (BenefitClaim b : family().indicators(BenefitClaim.class)) {
        if (!b.adult().equals(adult.id()) || !outOfWork.contains(b.type().name()) || !b.period().start().isBefore(asOf())) {
          continue;
        }
        Optional<LocalDate> last = inWork.contains(b.type().name())
            ? family().lastDayOutOfWork(b, asOf())
            : Optional.of(b.period().end().filter(e -> e.isBefore(asOf())).orElse(asOf()));
        if (last.isEmpty()) {
          continue;
        }
        claimed = true;
        formerJsa |= jsa.contains(b.type().name());
        if (lastOutOfWork == null || last.get().isAfter(lastOutOfWork)) {
          lastOutOfWork = last.get();
        }
      }
      if (!claimed) {
        continue;
      }
      boolean stillClaiming = lastOutOfWork.equals(asOf());
      Optional<LocalDate> lastClaimEnded = stillClaiming ? Optional.empty() : Optional.of(lastOutOfWork);
      boolean leftBeforeAttachment =
          lastClaimEnded.isPresent() && attached.map(d -> lastClaimEnded.get().isBefore(d)).orElse(true);
      int weeks = p.integer(formerJsa ? "tf.continuous-employment.jsa-weeks" : "tf.continuous-employment.other-weeks");
      int window = p.integer(formerJsa ? "tf.continuous-employment.jsa-window-weeks" : "tf.continuous-employment.other-window-weeks");
      LocalDate windowStart = asOf().minusWeeks(window).plusDays(1);
      LocalDate from = lastClaimEnded.map(d -> d.plusDays(1)).filter(d -> d.isAfter(windowStart)).orElse(windowStart);
      DateRange counted = DateRange.of(windowStart, asOf());
      long days = from.isAfter(asOf()) ? 0 : family().daysEmployedWithin(adult.id(), DateRange.of(from, asOf()));
      boolean met = !stillClaiming && !leftBeforeAttachment && days >= 7L * weeks;
      if (met || !onlyMet) {
        out.add(adult.id() + ": " + days + " days in work in " + counted
            + (from.equals(windowStart) ? "" : " after the out-of-work benefit ended on " + lastClaimEnded.get())
            + ", " + weeks + " of " + window + " weeks needed ("
            + (formerJsa ? "former JSA claimant" : "former claimant of another out-of-work benefit") + ")"
            + (stillClaiming ? ", still claiming an out-of-work benefit" : "")
            + (leftBeforeAttachment ? ", off out-of-work benefits since " + lastClaimEnded.get() + ", before attachment" : ""));
      }
    }
    return out;
  }

  /** The headline problems the family had on the day of attachment, by the phase-2 identification rules. */
  public Set<Phase2Problem> problemsAtAttachment() {
    return problemsAtAttachment;
  }

  /** The authority's outcomes plan, if one was given. */
  public Optional<OutcomesPlan> plan() {
    return plan;
  }

  /**
   * The problems the family had at attachment against which it has not made significant and
   * sustained progress, each with why: the outcomes plan sets no measure for it, or no {@link
   * ProblemProgress} by the plan's measure, measured from attachment to the business date, shows
   * significant and sustained progress.
   */
  public List<String> problemsWithoutProgress() {
    List<String> out = new ArrayList<>();
    for (Phase2Problem problem : problemsAtAttachment) {
      Optional<String> measure = plan.flatMap(pl -> pl.measureFor(problem));
      if (measure.isEmpty()) {
        out.add(problem + ": no measure in an outcomes plan");
      } else if (progress(problem, measure.get()).isEmpty()) {
        out.add(problem + ": no significant and sustained progress by the measure '" + measure.get() + "' since attachment");
      }
    }
    return out;
  }

  /** The problems at attachment with significant and sustained progress by the plan's measure, each with its measurement. */
  public List<String> problemsWithProgress() {
    List<String> out = new ArrayList<>();
    for (Phase2Problem problem : problemsAtAttachment) {
      plan.flatMap(pl -> pl.measureFor(problem))
          .flatMap(m -> progress(problem, m))
          .ifPresent(pp -> out.add(problem + ": '" + pp.measure() + "' measured on " + pp.measuredOn()));
    }
    return out;
  }

  private Optional<ProblemProgress> progress(Phase2Problem problem, String measure) {
    if (!isAttached()) {
      return Optional.empty();
    }
    DateRange since = DateRange.of(attachment(), asOf());
    return family().outcomes(ProblemProgress.class).stream()
        .filter(pp -> pp.problem() == problem && pp.significantAndSustained() && pp.measure().equals(measure)
            && since.contains(pp.measuredOn()))
        .min(java.util.Comparator.comparing(ProblemProgress::measuredOn));
  }

  @Override
  public String toString() {
    return "results of family " + id() + " on " + asOf();
  }
}
