package org.communitybudgets.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.LocalFact;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.pool.PoolId;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SchoolTerm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the work grows with the shapes that once grew faster than linearly, each at a size and at
 * twice that size, side by side in one run: building a pool with one holder per contribution,
 * assessing a pool whose holders each have their own local facts, and building and identifying a
 * family of many children with attendance for every term. The ratio of the two sizes' times is the
 * figure to read: about 2 for linear work, 4 for quadratic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(1)
public class ScaleBenchmark {
  private static final AreaId AREA = AreaId.of("kent");
  private static final FinancialYear YEAR = FinancialYear.of(2012);
  private static final LocalDate AS_OF = LocalDate.of(2012, 10, 1);

  /** The size: contributions of the pool (facts are 2.5 a contribution) or children of the family. */
  @Param({"10000", "20000"})
  public int size;

  private CommunityBudgetsEngine engine;
  private Pool.Builder poolToBuild;
  private Pool poolToAssess;
  private Family.Builder familyToBuild;

  /** Builds the engine and the inputs of each shape at the size. */
  @Setup
  public void setUp() {
    engine = CommunityBudgetsEngine.standard();
    poolToBuild = pool(size, false);
    poolToAssess = pool(size, true).build();
    familyToBuild = family(size);
  }

  /** A pool of {@code n} contributions, each from its own holder, with their facts if asked. */
  static Pool.Builder pool(int n, boolean facts) {
    Pool.Builder b = Pool.builder(PoolId.of("p"), AREA, "Pool at scale").purpose(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS).years(YEAR, YEAR);
    DateRange always = DateRange.from(LocalDate.of(2011, 1, 1));
    for (int i = 0; i < n; i++) {
      BudgetHolder h = BudgetHolder.of(HolderId.of("h-" + i), "YOT " + i, HolderKind.YOUTH_OFFENDING_TEAM, AREA);
      b.holder(h).contribution(Contribution.builder(ContributionId.of("c-" + i), FundingLineId.of("yot-grant"), h.id(), ContributionMode.LOCALLY_POOLED)
          .amount(YEAR, Money.ofPounds(1_000)).build());
      if (facts) {
        b.fact(LocalFact.of(LocalFactKind.AGREED_LOCALLY, h.id(), always, "board minutes"));
        b.fact(LocalFact.of(LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED, h.id(), always, "YJB return"));
        if (i % 2 == 0) {
          b.fact(LocalFact.of(LocalFactKind.HOLDER_CONSIDERS_APPROPRIATE, h.id(), always, "letter"));
        }
      }
    }
    return b;
  }

  /** A family of one adult and {@code n} children, each with attendance for the last three terms. */
  static Family.Builder family(int n) {
    Family.Builder b = Family.builder(FamilyId.of("f"), AREA).member(Member.adult(MemberId.of("a"), LocalDate.of(1975, 1, 1)));
    for (int i = 0; i < n; i++) {
      MemberId child = MemberId.of("c-" + i);
      b.member(Member.child(child, LocalDate.of(2002, 1, 1).plusDays(i % 2_000)));
      for (SchoolTerm term : SchoolTerm.lastCompleted(3, AS_OF)) {
        b.indicator(new TermAttendance(child, term, 120, 2, i % 30));
      }
    }
    return b;
  }

  /** Builds the pool of one holder per contribution. */
  @Benchmark
  public Pool buildPoolOfOneHolderPerContribution() {
    return poolToBuild.build();
  }

  /** Assesses the pool whose holders each have their facts. */
  @Benchmark
  public Object assessPoolWithFactsPerHolder() {
    return engine.assess(poolToAssess, AS_OF).contributions().size();
  }

  /** Builds the family of many children and identifies it, reading every reason. */
  @Benchmark
  public int buildAndIdentifyFamilyOfManyChildren() {
    return engine.identify(familyToBuild.build(), AS_OF).decision().reasons().stream().mapToInt(r -> r.toString().length()).sum();
  }
}
