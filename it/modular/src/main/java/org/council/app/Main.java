package org.council.app;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.EligibilityVerdict;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.ConcernType;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.LocalConcern;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.testing.FamilyArbitraries;
import org.communitybudgets.time.DateRange;
import org.council.rules.CouncilRules;

/**
 * Builds the standard engine (with {@code --local}, plus the council's rule files from its own
 * module), decides a family, checks the decision, then decides families the generators make; prints
 * {@code ok: ...} and the module it ran in, or exits 1.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    boolean local = args.length > 0 && args[0].equals("--local");
    CommunityBudgetsEngine.Builder builder = CommunityBudgetsEngine.builder();
    if (local) {
      builder.localRulesOnClasspath(Main.class.getClassLoader(), CouncilRules.FOLDER);
    }
    CommunityBudgetsEngine engine = builder.build();
    MemberId parent = MemberId.of("a-1");
    MemberId child = MemberId.of("c-1");
    Family family =
        Family.builder(FamilyId.of("f-1"), AreaId.of("birmingham"))
            .member(Member.adult(parent, LocalDate.of(1980, 1, 1)))
            .member(Member.child(child, LocalDate.of(2000, 1, 1)))
            .indicator(new ProvenOffence(child, LocalDate.of(2013, 1, 5), "theft"))
            .indicator(new BenefitClaim(parent, BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.from(LocalDate.of(2011, 1, 1))))
            .indicator(new LocalConcern(Optional.empty(), ConcernType.DOMESTIC_VIOLENCE, LocalDate.of(2013, 2, 1)))
            .build();
    Identification id = engine.identify(family, LocalDate.of(2013, 5, 10));
    long generated = FamilyArbitraries.families().sampleStream().limit(50)
        .map(f -> engine.identify(f, LocalDate.of(2013, 5, 10)))
        .filter(i -> !i.decision().reasons().isEmpty())
        .count();
    boolean ok = id.decision().verdict() == EligibilityVerdict.ELIGIBLE
        && id.criteriaMet().size() == 3
        && generated == 50
        && (!local || id.decision().rules().contains("Families known to the council's early help team are flagged"));
    System.out.printf("%s: %d rules; family f-1 %s; %d generated families decided; in %s%n",
        ok ? "ok" : "WRONG", engine.ruleNames().size(), id.decision().verdict(), generated,
        Main.class.getModule().isNamed() ? "module " + Main.class.getModule().getName() : "the unnamed module");
    if (!ok) {
      id.decision().reasons().forEach(r -> System.out.println("  " + r.effect() + " " + r.rule() + ": " + r.statement()));
      System.exit(1);
    }
  }
}
