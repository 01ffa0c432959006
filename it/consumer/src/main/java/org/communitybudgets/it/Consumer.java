package org.communitybudgets.it;

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
import org.communitybudgets.time.DateRange;

/**
 * Builds the standard engine (with {@code --local}, plus a council's rule compiled at run time;
 * with {@code --classpath}, plus the council's rule file read from this program's jar and compiled
 * at run time; with {@code --compiled}, plus the council's rule compiled when this program was
 * built), decides a family and checks the decision; exits 1 if it is not as expected.
 */
public final class Consumer {
  private Consumer() {}

  public static void main(String[] args) {
    boolean local = args.length > 0 && args[0].equals("--local");
    boolean compiled = args.length > 0 && args[0].equals("--compiled");
    boolean classpath = args.length > 0 && args[0].equals("--classpath");
    long start = System.nanoTime();
    CommunityBudgetsEngine.Builder builder = CommunityBudgetsEngine.builder();
    if (local) {
      builder.localRules("org/council/rules/flag.drl", """
          package org.council.rules;
          import org.communitybudgets.rules.troubledfamilies.FamilyCase;
          import org.communitybudgets.rules.Findings;
          import org.communitybudgets.source.PolicyDocument;
          import org.communitybudgets.source.PolicySource;
          global Findings findings;
          rule "Families known to the council's early help team are flagged"
          when
            $f : FamilyCase()
          then
            findings.flag($f, new PolicySource(PolicyDocument.local("EARLY_HELP", "Early help", "Early help strategy"), "§2"),
                "the family is known to the early help team");
          end
          """);
    }
    if (classpath) {
      builder.localRulesOnClasspath(Consumer.class.getClassLoader(), "org/council/rules");
    }
    if (compiled) {
      builder.compiledRules(Consumer.class.getClassLoader(), "org/council/rules/council.models");
    }
    CommunityBudgetsEngine engine = builder.build();
    long built = System.nanoTime();
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
    boolean ok = id.decision().verdict() == EligibilityVerdict.ELIGIBLE
        && id.criteriaMet().size() == 3
        && (!(local || compiled || classpath) || id.decision().rules().contains("Families known to the council's early help team are flagged"));
    System.out.printf("%s: %d rules built in %d ms; family f-1 %s, criteria %s, %d reasons%n",
        ok ? "ok" : "WRONG", engine.ruleNames().size(), (built - start) / 1_000_000, id.decision().verdict(),
        new java.util.TreeSet<>(id.criteriaMet()), id.decision().reasons().size());
    if (!ok) {
      id.decision().reasons().forEach(r -> System.out.println("  " + r.effect() + " " + r.rule() + ": " + r.statement()));
      System.exit(1);
    }
  }
}
