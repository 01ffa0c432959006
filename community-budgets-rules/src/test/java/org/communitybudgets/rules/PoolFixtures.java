package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.ParameterRead;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.funding.Allocation;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.funding.Department;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.funding.FundingLine;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.Agreement;
import org.communitybudgets.pool.AgreementId;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.DepartmentParty;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.InKindKind;
import org.communitybudgets.pool.LocalFact;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Party;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.pool.PoolId;
import org.communitybudgets.pool.SavingsSharingTerms;
import org.communitybudgets.pool.SharingBasis;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SpendingReviewPeriod;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Concise builders for the pools the pooling-rule tests assess: a families pool in Greater
 * Manchester for the 2010 Spending Review years (2011-12 to 2014-15), holders of the right kind
 * for each standard line, money and in-kind contributions, open-ended local facts, agreements and
 * allocations, and assertions on the decisions the engine makes about them.
 */
final class PoolFixtures {
  static final AreaId AREA = AreaId.of("greater-manchester");
  static final FinancialYear FY2010 = FinancialYear.of(2010);
  static final FinancialYear FY2011 = FinancialYear.of(2011);
  static final FinancialYear FY2012 = FinancialYear.of(2012);
  static final FinancialYear FY2013 = FinancialYear.of(2013);
  static final FinancialYear FY2014 = FinancialYear.of(2014);
  /** The business date most tests decide on: within 2012-13. */
  static final LocalDate JUNE_2012 = LocalDate.of(2012, 6, 1);
  /** A business date within 2013-14, when the 2013 health lines exist. */
  static final LocalDate JUNE_2013 = LocalDate.of(2013, 6, 1);
  /** The amount a contribution puts in each year unless a test says otherwise. */
  static final Money YEARLY = Money.ofPounds(100_000);

  private static final FundingCatalogue CATALOGUE = FundingCatalogue.standard();

  private PoolFixtures() {}

  /** A families pool in Greater Manchester for 2011-12 to 2014-15. */
  static PoolSpec pool() {
    return pool(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS);
  }

  /** A pool in Greater Manchester for 2011-12 to 2014-15 with those purposes. */
  static PoolSpec pool(Purpose... purposes) {
    return new PoolSpec("gm-families", FY2011, FY2014, purposes);
  }

  /** A pool with that id in Greater Manchester for 2011-12 to 2014-15, for families. */
  static PoolSpec poolWithId(String id) {
    return new PoolSpec(id, FY2011, FY2014, new Purpose[] {Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS});
  }

  /** A families pool in Greater Manchester for the years given. */
  static PoolSpec pool(FinancialYear first, FinancialYear last) {
    return new PoolSpec("gm-families", first, last, new Purpose[] {Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS});
  }

  /** The id of the holder of the line in every test pool: {@code <line>-holder}. */
  static HolderId holderOf(String line) {
    return HolderId.of(line + "-holder");
  }

  /**
   * The holder of the line, of the kind the standard catalogue says holds it; a council for a line
   * the catalogue does not know.
   */
  static BudgetHolder holderFor(String line) {
    HolderKind kind =
        CATALOGUE.line(FundingLineId.of(line)).map(FundingLine::holderKind).orElse(HolderKind.COUNCIL);
    return BudgetHolder.of(holderOf(line), "Greater Manchester " + kind.label() + " for " + line, kind, AREA);
  }

  /** A holder of that kind, for tests of a line contributed by the wrong kind of body. */
  static BudgetHolder holder(String id, HolderKind kind) {
    return BudgetHolder.of(HolderId.of(id), "Greater Manchester " + kind.label(), kind, AREA);
  }

  /** A money contribution of {@link #YEARLY} a year by the line's holder, in that mode, for the years. */
  static Contribution money(String id, String line, ContributionMode mode, FinancialYear... years) {
    return money(id, line, mode, YEARLY, years);
  }

  /** A money contribution of {@code yearly} a year by the line's holder, in that mode, for the years. */
  static Contribution money(String id, String line, ContributionMode mode, Money yearly, FinancialYear... years) {
    return money(id, line, holderOf(line), mode, yearly, years);
  }

  /** A money contribution by a given holder. */
  static Contribution money(
      String id, String line, HolderId holder, ContributionMode mode, Money yearly, FinancialYear... years) {
    Contribution.Builder b =
        Contribution.builder(ContributionId.of(id), FundingLineId.of(line), holder, mode);
    for (FinancialYear year : years) {
      b.amount(year, yearly);
    }
    return b.build();
  }

  /** A money contribution of {@link #YEARLY} a year earmarked for a purpose of the pool. */
  static Contribution earmarked(
      String id, String line, ContributionMode mode, Purpose earmark, FinancialYear... years) {
    return money(id, line, mode, years).toBuilder().earmark(earmark).build();
  }

  /** An in-kind contribution of that kind by the line's holder, with a notional value for 2012-13. */
  static Contribution inKind(String id, String line, InKindKind kind, Money notional) {
    return Contribution.builder(
            ContributionId.of(id), FundingLineId.of(line), holderOf(line), ContributionMode.IN_KIND)
        .inKind(kind)
        .amount(FY2012, notional)
        .build();
  }

  /** An allocation of the line to Greater Manchester for the year. */
  static Allocation allocation(String line, FinancialYear year, Money amount) {
    return Allocation.of(FundingLineId.of(line), AREA, year, amount);
  }

  /** Allocations made of these. */
  static Allocations allocations(Allocation... allocations) {
    return Allocations.of(List.of(allocations));
  }

  /** Pounds and pence, e.g. {@code pounds("250000.01")}. */
  static Money pounds(String amount) {
    return Money.of(amount);
  }

  /** The decision on one contribution, which the assessment must hold. */
  static Decision<ContributionVerdict> decision(PoolAssessment assessment, String contribution) {
    return assessment.contribution(contribution).orElseThrow(
        () -> new AssertionError("no decision on contribution " + contribution + " in " + assessment.contributions().keySet()));
  }

  /**
   * Asserts the verdict, the rules that recorded reasons and the codes of the unmet conditions;
   * rules and codes are compared regardless of the order the rules fired in.
   */
  static void assertDecided(
      Decision<ContributionVerdict> decision,
      ContributionVerdict verdict,
      List<String> rules,
      List<String> unmetCodes) {
    String explanation = explain(decision);
    assertEquals(verdict, decision.verdict(), explanation);
    assertEquals(sorted(rules), sorted(decision.rules()), explanation);
    assertEquals(
        sorted(unmetCodes),
        sorted(decision.unmetConditions().stream().map(UnmetCondition::code).toList()),
        explanation);
  }

  /** The one parameter read recorded with that key in the decision's reasons. */
  static ParameterRead parameterRead(Decision<ContributionVerdict> decision, String key) {
    List<ParameterRead> reads =
        decision.reasons().stream()
            .flatMap(r -> r.parameters().stream())
            .filter(p -> p.key().equals(key))
            .distinct()
            .toList();
    assertEquals(1, reads.size(), "parameter reads of " + key + " in " + explain(decision));
    return reads.get(0);
  }

  /** Asserts the decision read the parameter {@code key} as {@code value}, in force from {@code from}. */
  static void assertReadParameter(
      Decision<ContributionVerdict> decision, String key, String value, LocalDate from) {
    ParameterRead read = parameterRead(decision, key);
    assertEquals(value, read.value(), read.toString());
    assertEquals(DateRange.from(from), read.effective(), read.toString());
  }

  /** The names of the rules that recorded the pool's own findings. */
  static List<String> poolRules(PoolAssessment assessment) {
    return assessment.poolFindings().stream().map(Reason::rule).toList();
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().toList();
  }

  private static String explain(Decision<ContributionVerdict> decision) {
    StringBuilder s = new StringBuilder(decision.subject() + ": " + decision.verdict());
    for (Reason r : decision.reasons()) {
      s.append("\n  ").append(r.rule()).append(" [").append(r.effect()).append("] ").append(r.statement());
    }
    return s.toString();
  }

  /** A test pool being put together; holders are added for the lines contributed. */
  static final class PoolSpec {
    private final Pool.Builder builder;
    private final Set<HolderId> holders = new HashSet<>();
    private int agreements;

    private PoolSpec(String id, FinancialYear first, FinancialYear last, Purpose[] purposes) {
      this.builder =
          Pool.builder(PoolId.of(id), AREA, "Greater Manchester Community Budget " + id)
              .purposes(Arrays.asList(purposes))
              .years(first, last);
    }

    /** Adds a holder, once. */
    PoolSpec holder(BudgetHolder holder) {
      if (holders.add(holder.id())) {
        builder.holder(holder);
      }
      return this;
    }

    /** Adds a contribution, and the holder of its line if the contribution is by that holder. */
    PoolSpec contribution(Contribution contribution) {
      if (contribution.holder().equals(holderOf(contribution.line().value()))) {
        holder(holderFor(contribution.line().value()));
      }
      builder.contribution(contribution);
      return this;
    }

    /** Adds an open-ended fact about the line's holder, valid from {@code from}. */
    PoolSpec fact(LocalFactKind kind, String line, LocalDate from) {
      holder(holderFor(line));
      builder.fact(LocalFact.of(kind, holderOf(line), DateRange.from(from), kind.label() + ": board minutes " + from));
      return this;
    }

    /** Adds an open-ended fact about a holder of the pool, valid from 1 April 2011. */
    PoolSpec factAbout(LocalFactKind kind, HolderId holder) {
      builder.fact(LocalFact.of(kind, holder, DateRange.from(FY2011.start()), kind.label() + ": board minutes"));
      return this;
    }

    /** Adds an open-ended fact about the line's holder, valid from 1 April 2011. */
    PoolSpec fact(LocalFactKind kind, String line) {
      return fact(kind, line, FY2011.start());
    }

    /** Adds an open-ended fact that the share of the line's holder's provision is targeted on families. */
    PoolSpec targeted(String line, Percentage share, LocalDate from) {
      holder(holderFor(line));
      builder.fact(LocalFact.targeted(holderOf(line), DateRange.from(from), share, "ESF targeting plan " + from));
      return this;
    }

    /** Adds an agreement between DCLG and DWP covering the years, signed on the day, sharing no savings. */
    PoolSpec agreement(FinancialYear first, FinancialYear last, LocalDate signedOn) {
      builder.agreement(agreementBuilder(first, last, signedOn).build());
      return this;
    }

    /** Adds an agreement covering the Spending Review 2010, signed on 1 March 2011, sharing no savings. */
    PoolSpec agreementCoveringSr2010() {
      return agreement(SpendingReviewPeriod.SR2010.first(), SpendingReviewPeriod.SR2010.last(), LocalDate.of(2011, 3, 1));
    }

    /**
     * Adds an agreement covering the Spending Review 2010, signed on the day, that shares savings
     * between DCLG and DWP half and half.
     */
    PoolSpec savingsAgreement(LocalDate signedOn) {
      Party dclg = new DepartmentParty(Department.DCLG);
      Party dwp = new DepartmentParty(Department.DWP);
      Map<Party, Percentage> shares = new LinkedHashMap<>();
      shares.put(dclg, Percentage.of(50));
      shares.put(dwp, Percentage.of(50));
      builder.agreement(
          agreementBuilder(FY2011, FY2014, signedOn)
              .savingsSharing(SavingsSharingTerms.of(SharingBasis.FIXED_SHARES, shares))
              .build());
      return this;
    }

    private Agreement.Builder agreementBuilder(FinancialYear first, FinancialYear last, LocalDate signedOn) {
      agreements++;
      return Agreement.builder(AgreementId.of("gm-agreement-" + agreements), "Greater Manchester Community Budget agreement")
          .party(new DepartmentParty(Department.DCLG))
          .party(new DepartmentParty(Department.DWP))
          .years(first, last)
          .signedOn(signedOn);
    }

    /** The pool, validated. */
    Pool build() {
      return builder.build();
    }
  }
}
