package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.funding.FundingLine;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.InKindKind;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SpendingReviewPeriod;

/**
 * The Offer's menu and general terms in plain Java, written from the documents rather than from the
 * rule files: for a pool with no allocations and no other pools, each contribution's unmet
 * conditions (by code) and its verdict, the most limiting of them. A test oracle for the rules.
 */
final class PoolingReference {
  /** A contribution's verdict and the codes of the conditions it does not meet. */
  record Answer(ContributionVerdict verdict, Set<String> unmet) {}

  private PoolingReference() {}

  static Map<String, Answer> assess(Pool pool, LocalDate asOf, FundingCatalogue catalogue, Policy policy) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (Contribution c : pool.contributions()) {
      out.put(c.id().value(), answer(pool, c, asOf, catalogue, policy));
    }
    return out;
  }

  private static Answer answer(Pool pool, Contribution c, LocalDate asOf, FundingCatalogue catalogue, Policy policy) {
    Map<String, ContributionVerdict> unmet = new LinkedHashMap<>();
    Optional<FundingLine> line = catalogue.line(c.line());
    BudgetHolder holder = pool.holders().stream().filter(h -> h.id().equals(c.holder())).findFirst().orElseThrow();
    String id = c.line().value();
    boolean money = c.mode().isMoney();
    java.util.function.Predicate<LocalFactKind> holds = kind -> pool.facts().stream()
        .anyMatch(f -> f.kind() == kind && f.holder().equals(c.holder()) && f.holdsOn(asOf));

    // Evidence CB00 §4: a line is contributed by the kind of body that holds it.
    if (line.isPresent() && line.get().holderKind() != holder.kind()) {
      unmet.put("held-by-contributor", ContributionVerdict.REFUSED);
    }
    // A line's money exists within its life in the catalogue.
    if (money && line.isPresent()) {
      boolean outside = c.years().stream().anyMatch(y -> !line.get().existsIn(y));
      if (outside) {
        unmet.put("within-line-life", ContributionVerdict.REFUSED);
      } else if (asOf.isBefore(line.get().exists().start())) {
        unmet.put("line-exists", ContributionVerdict.CONDITIONAL);
      }
    }
    // Offer §3: a ring-fenced line pooled for purposes beyond its ring-fence can only be aligned.
    boolean pooled = c.mode() == ContributionMode.POOLED_AT_SOURCE || c.mode() == ContributionMode.LOCALLY_POOLED;
    if (pooled && line.isPresent() && line.get().isRingFenced()) {
      Set<Purpose> served = c.earmark().map(Set::of).orElse(pool.purposes());
      if (!served.stream().allMatch(line.get()::permits)) {
        unmet.put("within-ring-fence", ContributionVerdict.ALIGNMENT_ONLY);
      }
    }
    // Offer §5: pooling at source needs an agreement in force for its years through the SR period.
    if (c.mode() == ContributionMode.POOLED_AT_SOURCE) {
      TreeSet<FinancialYear> years = new TreeSet<>(c.years());
      FinancialYear first = c.years().get(0);
      SpendingReviewPeriod.covering(first).ifPresent(sr -> sr.years().stream().filter(y -> !y.isBefore(first)).forEach(years::add));
      boolean covered = pool.agreements().stream().anyMatch(a -> a.isInForceOn(asOf) && years.stream().allMatch(a::covers));
      if (!covered) {
        unmet.put("agreement-covering-spending-review-period", ContributionVerdict.CONDITIONAL);
      }
    }
    // Offer §8: a line the menu does not name is agreed with its department.
    if (money && !line.map(FundingLine::onMenu).orElse(false) && !holds.test(LocalFactKind.AGREED_WITH_DEPARTMENT)) {
      unmet.put("agreed-with-department", ContributionVerdict.CONDITIONAL);
    }
    if (money) {
      menuLine(id, holds, asOf, policy, unmet);
    }
    // Menu, DWP, row 1: data shared with consent, lawfully and proportionately; premises where an
    // estates business case is proven.
    if (c.inKind().equals(Optional.of(InKindKind.DATA_SHARING))) {
      need(holds, LocalFactKind.INFORMED_CONSENT_FOR_DATA_SHARING, "informed-consent-for-data-sharing", unmet);
      need(holds, LocalFactKind.DATA_SHARING_LAWFUL_AND_PROPORTIONATE, "data-sharing-lawful-and-proportionate", unmet);
    }
    if (c.inKind().equals(Optional.of(InKindKind.ASSETS))) {
      need(holds, LocalFactKind.ESTATES_BUSINESS_CASE_PROVEN, "estates-business-case-proven", unmet);
    }
    ContributionVerdict verdict = unmet.values().stream().max(Comparator.comparingInt(PoolingReference::severity)).orElse(ContributionVerdict.ALLOWED);
    return new Answer(verdict, Set.copyOf(unmet.keySet()));
  }

  /** The conditions of the menu row of a line contributed in money. */
  private static void menuLine(
      String line, java.util.function.Predicate<LocalFactKind> holds, LocalDate asOf, Policy policy, Map<String, ContributionVerdict> unmet) {
    switch (line) {
      case "jcp-discretionary-funding" ->
          need(holds, LocalFactKind.WELFARE_TO_WORK_OBJECTIVES_IMPROVED, "welfare-to-work-objectives-improved", unmet);
      case "european-social-fund" ->
          need(holds, LocalFactKind.TARGETED_ON_FAMILIES_WITH_MULTIPLE_PROBLEMS, "esf-targeted-on-families", unmet);
      case "pct-funding" -> need(holds, LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE, "pct-wishes-to-contribute", unmet);
      case "dip-main-grant" -> {
        need(holds, LocalFactKind.OFFENDER_MANAGEMENT_DELIVERED, "offender-management-delivered", unmet);
        need(holds, LocalFactKind.REDUCING_REOFFENDING_OUTCOMES_IMPROVED, "reducing-reoffending-outcomes-improved", unmet);
      }
      case "police-force-funding" -> need(holds, LocalFactKind.HOLDER_CONSIDERS_APPROPRIATE, "force-considers-pooling-appropriate", unmet);
      case "pcc-community-safety-funding" -> {
        if (asOf.isBefore(policy.date("pooling.pcc.first-day"))) {
          unmet.put("pcc-in-place", ContributionVerdict.CONDITIONAL);
        }
      }
      case "yot-grant" -> {
        need(holds, LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED, "core-youth-justice-services-delivered", unmet);
        need(holds, LocalFactKind.AGREED_LOCALLY, "agreed-locally", unmet);
      }
      case "probation-interventions-funding", "noms-interventions-funding" ->
          need(holds, LocalFactKind.AGREED_LOCALLY, "agreed-locally", unmet);
      default -> { }
    }
  }

  private static void need(
      java.util.function.Predicate<LocalFactKind> holds, LocalFactKind kind, String code, Map<String, ContributionVerdict> unmet) {
    if (!holds.test(kind)) {
      unmet.put(code, ContributionVerdict.CONDITIONAL);
    }
  }

  private static int severity(ContributionVerdict v) {
    return List.of(ContributionVerdict.ALLOWED, ContributionVerdict.CONDITIONAL, ContributionVerdict.ALIGNMENT_ONLY, ContributionVerdict.REFUSED)
        .indexOf(v);
  }
}
