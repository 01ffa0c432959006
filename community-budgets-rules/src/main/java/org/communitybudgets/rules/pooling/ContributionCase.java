package org.communitybudgets.rules.pooling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.communitybudgets.funding.Department;
import org.communitybudgets.funding.FundingLine;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.InKindKind;
import org.communitybudgets.pool.LocalFact;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SpendingReviewPeriod;

/**
 * One contribution to the pool being assessed, with what the rules need to judge it: the funding
 * line as the catalogue describes it, the holder, the requested mode and the local facts about the
 * holder that hold on the business date. One such fact is inserted per contribution.
 *
 * <pre>
 * $c : ContributionCase(lineId == "yot-grant", money, !holds(LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED))
 * </pre>
 */
public final class ContributionCase {
  private final Pool pool;
  private final Contribution contribution;
  private final BudgetHolder holder;
  private final Optional<FundingLine> line;
  private final LocalDate asOf;
  private final List<LocalFact> holderFacts;

  /**
   * @param holder the contribution's holder, found once for the pool
   * @param holderFacts the pool's local facts about the holder
   */
  ContributionCase(
      Pool pool, Contribution contribution, BudgetHolder holder, List<LocalFact> holderFacts, Optional<FundingLine> line, LocalDate asOf) {
    this.pool = pool;
    this.contribution = contribution;
    this.holder = holder;
    this.holderFacts = List.copyOf(holderFacts);
    this.line = line;
    this.asOf = asOf;
  }

  /** The contribution's id. */
  public String id() {
    return contribution.id().value();
  }

  /** The funding line's id. */
  public String lineId() {
    return contribution.line().value();
  }

  /** The funding line as the catalogue describes it; empty if the catalogue does not know it. */
  public Optional<FundingLine> line() {
    return line;
  }

  /** The line's name, or its id where the catalogue does not know it. */
  public String lineName() {
    return line.map(FundingLine::name).orElse(lineId());
  }

  /** True if the departmental menu names the line. */
  public boolean isOnMenu() {
    return line.map(FundingLine::onMenu).orElse(false);
  }

  /** The department that funds the line, if the catalogue knows it. */
  public Optional<Department> department() {
    return line.map(FundingLine::department);
  }

  /** True if the line is ring-fenced. */
  public boolean isRingFenced() {
    return line.map(FundingLine::isRingFenced).orElse(false);
  }

  /**
   * True if every purpose the contribution serves is within the line's ring-fence: its earmark if
   * it has one, otherwise every purpose of the pool. Always true for a line that is not ring-fenced.
   */
  public boolean isWithinRingFence() {
    if (line.isEmpty()) {
      return true;
    }
    Set<Purpose> served = contribution.earmark().map(Set::of).orElse(pool.purposes());
    return served.stream().allMatch(line.get()::permits);
  }

  /** The holder. */
  public BudgetHolder holder() {
    return holder;
  }

  /**
   * True if the holder is of the kind that holds the line, or the catalogue does not know the line.
   */
  public boolean isHolderOfLineKind() {
    return line.map(l -> l.holderKind() == holder.kind()).orElse(true);
  }

  /** The holder's id. */
  public String holderId() {
    return holder.id().value();
  }

  /** The holder's name. */
  public String holderName() {
    return holder.name();
  }

  /** The kind of body the holder is. */
  public HolderKind holderKind() {
    return holder.kind();
  }

  /** The requested mode. */
  public ContributionMode mode() {
    return contribution.mode();
  }

  /** True if the contribution is money (pooled at source, locally pooled or aligned). */
  public boolean isMoney() {
    return contribution.mode().isMoney();
  }

  /** True if the money is to be pooled (at source or locally) rather than aligned or given in kind. */
  public boolean isPooled() {
    return contribution.mode() == ContributionMode.POOLED_AT_SOURCE
        || contribution.mode() == ContributionMode.LOCALLY_POOLED;
  }

  /** What an in-kind contribution gives. */
  public Optional<InKindKind> inKind() {
    return contribution.inKind();
  }

  /** True if the contribution is in kind of that kind. */
  public boolean isInKind(InKindKind kind) {
    return contribution.inKind().map(k -> k == kind).orElse(false);
  }

  /** The contribution itself. */
  public Contribution contribution() {
    return contribution;
  }

  /** The pool it is made to. */
  public Pool pool() {
    return pool;
  }

  /** The financial years it has amounts for. */
  public List<FinancialYear> years() {
    return contribution.years();
  }

  /** The first financial year it has an amount for. */
  public FinancialYear firstYear() {
    return contribution.years().get(0);
  }

  /** The last financial year it has an amount for. */
  public FinancialYear lastYear() {
    return contribution.years().get(contribution.years().size() - 1);
  }

  /** The amount for the year. */
  public Money amountIn(FinancialYear year) {
    return contribution.amountIn(year);
  }

  /** True if a fact of that kind about the holder holds on the business date. */
  public boolean holds(LocalFactKind kind) {
    return fact(kind).isPresent();
  }

  /** The share a fact of that kind about the holder carries, if such a fact holds on the business date. */
  public Optional<Percentage> share(LocalFactKind kind) {
    return fact(kind).flatMap(LocalFact::share);
  }

  /** The evidence of a fact of that kind that holds on the business date, or "none recorded". */
  public String evidence(LocalFactKind kind) {
    return fact(kind).map(LocalFact::evidence).orElse("none recorded");
  }

  private Optional<LocalFact> fact(LocalFactKind kind) {
    return holderFacts.stream()
        .filter(f -> f.kind() == kind && f.holdsOn(asOf))
        .findFirst();
  }

  /**
   * The financial years an agreement to pool this contribution at source must cover: every year of
   * the contribution, and every year from its first through the end of the Spending Review period
   * that settles its first year (Offer §5: "an up-front agreement, for the SR period"), whenever in
   * the period the agreement was signed; its own years where no known period settles that year.
   */
  public List<FinancialYear> agreementYears() {
    TreeSet<FinancialYear> years = new TreeSet<>(contribution.years());
    SpendingReviewPeriod.covering(firstYear())
        .ifPresent(sr -> sr.years().stream().filter(y -> !y.isBefore(firstYear())).forEach(years::add));
    return List.copyOf(years);
  }

  /**
   * The years with an amount in which the line does not exist, by its life in the catalogue; none
   * for a line the catalogue does not have.
   */
  public List<FinancialYear> yearsOutsideLineLife() {
    return line.map(l -> contribution.years().stream().filter(y -> !l.existsIn(y)).toList()).orElse(List.of());
  }

  /** True if the business date falls before the line's first day in the catalogue. */
  public boolean agreedBeforeLineBegins() {
    return line.map(l -> asOf.isBefore(l.exists().start())).orElse(false);
  }

  /** The line's life, for a reason: {@code 2013-04-01..} or {@code 2011-04-01..2013-03-31}. */
  public String lineLife() {
    return line.map(l -> l.exists().toString()).orElse("not in the catalogue");
  }

  /** What the line's life follows: the catalogue's life source for the line, or its source. */
  public PolicySource lineLifeSource() {
    return line.map(FundingLine::lifeCitation).orElse(PolicySource.offer("menu"));
  }

  /** True if an agreement of the pool in force on the business date covers {@link #agreementYears()}. */
  public boolean hasAgreementCoveringItsYears() {
    List<FinancialYear> years = agreementYears();
    return pool.agreements().stream()
        .anyMatch(a -> a.isInForceOn(asOf) && years.stream().allMatch(a::covers));
  }

  /** The business date the contribution is judged on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** True if any year with an amount begins before the day. */
  public boolean hasYearsBefore(LocalDate day) {
    return firstYear().start().isBefore(day);
  }

  /** True if any year with an amount ends before the day. */
  public boolean hasYearsEndingBefore(LocalDate day) {
    return firstYear().end().isBefore(day);
  }

  /** True if any year with an amount ends after the day. */
  public boolean hasYearsAfter(LocalDate day) {
    return lastYear().end().isAfter(day);
  }

  @Override
  public String toString() {
    return "contribution " + id() + " (" + lineId() + ", " + mode() + ") to pool " + pool.id();
  }
}
