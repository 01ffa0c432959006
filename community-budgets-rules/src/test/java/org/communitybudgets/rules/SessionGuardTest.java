package org.communitybudgets.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.rules.internal.sessions.Sessions;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session loop: a rule that never stops, runs too long, throws in its condition or
 * consequence, or overflows the stack ends the decision with a {@link RuleFailureException} naming
 * the rule and the family; in a batch, only that family fails, and the rest are decided without
 * deciding each family on its own.
 */
public class SessionGuardTest {
  /** Sessions run by the batch tests: a local rule counts them. */
  public static final AtomicInteger SESSIONS = new AtomicInteger();

  private static final LocalDate AS_OF = LocalDate.of(2013, 5, 10);
  private static final String HEAD = """
      package org.council.rules;
      import org.communitybudgets.rules.troubledfamilies.FamilyCase;
      """;
  private static final String COUNT_SESSIONS = """
      rule "Each session is counted"
      salience 1000
      when
        exists FamilyCase()
      then
        org.communitybudgets.rules.SessionGuardTest.SESSIONS.incrementAndGet();
      end
      """;

  @BeforeEach
  void reset() {
    SESSIONS.set(0);
  }

  private static Family family(String id) {
    return Family.builder(FamilyId.of(id), AreaId.of("birmingham"))
        .member(Member.adult(MemberId.of("a-1"), LocalDate.of(1980, 1, 1)))
        .build();
  }

  private static CommunityBudgetsEngine engine(String drl) {
    return CommunityBudgetsEngine.builder().localRules("org/council/rules/local.drl", HEAD + drl).build();
  }

  @Test
  void aRuleThatNeverStopsEndsAtTheFiringLimitNamingItselfAndTheFamily() {
    CommunityBudgetsEngine engine =
        CommunityBudgetsEngine.builder()
            .localRules("org/council/rules/local.drl", HEAD + """
                rule "A count starts"
                when
                  FamilyCase()
                then
                  insert(Integer.valueOf(0));
                end
                rule "The count goes on for ever"
                when
                  FamilyCase()
                  $n : Integer()
                then
                  insert(Integer.valueOf($n + 1));
                end
                """)
            .firingLimit(500)
            .build();
    RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.identify(family("f-1"), AS_OF));
    assertEquals(Optional.of("The count goes on for ever"), e.rule());
    assertTrue(e.getMessage().contains("kept firing for family f-1 on 2013-05-10"), e.getMessage());
    assertTrue(e.getMessage().contains("more than 500 firings"), e.getMessage());
  }

  @Test
  void aDecisionPastItsTimeBudgetEndsNamingTheLastRule() {
    CommunityBudgetsEngine engine =
        CommunityBudgetsEngine.builder()
            .localRules("org/council/rules/local.drl", HEAD + """
                rule "A slow count starts"
                when
                  FamilyCase()
                then
                  insert(Long.valueOf(0));
                end
                rule "The slow count goes on"
                when
                  FamilyCase()
                  $n : Long()
                then
                  long until = System.nanoTime() + 1_000_000L;
                  while (System.nanoTime() < until) { }
                  insert(Long.valueOf($n + 1));
                end
                """)
            .timeBudget(Duration.ofMillis(300))
            .build();
    RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.identify(family("f-1"), AS_OF));
    assertTrue(e.getMessage().startsWith("deciding family f-1 on 2013-05-10 ran past its time budget"), e.getMessage());
    assertEquals(Optional.of("The slow count goes on"), e.rule());
  }

  @Test
  void anExceptionInAConsequenceNamesTheRuleAndTheFamily() {
    CommunityBudgetsEngine engine = engine("""
        rule "Nothing is known of this family"
        when
          $f : FamilyCase()
        then
          throw new IllegalArgumentException("no record for " + $f.id());
        end
        """);
    RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.identify(family("f-1"), AS_OF));
    assertEquals("rule 'Nothing is known of this family' failed for family f-1 on 2013-05-10: no record for f-1", e.getMessage());
    assertEquals("family f-1 on 2013-05-10", e.subject());
  }

  @Test
  void aLocalRuleRecordingACriterionTheProgrammeDoesNotHaveNamesTheRuleAndTheCodes() {
    CommunityBudgetsEngine engine = engine("""
        import org.communitybudgets.rules.troubledfamilies.CriterionMet;
        rule "Families known to early help meet a criterion of their own"
        when
          $f : FamilyCase()
        then
          insert(new CriterionMet($f.id(), "early-help", false));
        end
        """);
    RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.identify(family("f-1"), AS_OF));
    assertEquals("rule 'Families known to early help meet a criterion of their own' failed for family f-1 on 2013-05-10:"
        + " criterion must be the code of a phase-1 criterion (crime-asb, education, work, local-discretion)"
        + " or the name of a phase-2 problem, was \"early-help\" for family f-1", e.getMessage());
  }

  @Test
  void anExceptionInAConditionNamesTheRule() {
    CommunityBudgetsEngine engine = engine("""
        rule "A family's tenth member is read"
        when
          $f : FamilyCase(family().members().get(9) != null)
        then
        end
        """);
    RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.identify(family("f-1"), AS_OF));
    assertTrue(e.getMessage().contains("A family's tenth member is read"), e.getMessage());
    assertTrue(e.getMessage().contains("family f-1 on 2013-05-10"), e.getMessage());
  }

  @Test
  void anExceptionInAnEvalNamesTheRuleWhoseConditionThrewNotTheRuleThatWasFiring() {
    CommunityBudgetsEngine engine = engine("""
        rule "Families with a numbered id (phase-1, 100%: n/a) are flagged"
        when
          $f : FamilyCase()
          eval(Integer.parseInt($f.id()) > 0)
        then
        end
        """);
    RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.identify(family("f-1"), AS_OF));
    assertEquals(Optional.of("Families with a numbered id (phase-1, 100%: n/a) are flagged"), e.rule(), e.getMessage());
    assertTrue(e.getMessage().startsWith("rule 'Families with a numbered id (phase-1, 100%: n/a) are flagged' failed for family f-1 on 2013-05-10: "), e.getMessage());
    assertTrue(e.getMessage().contains("f-1"), e.getMessage());
  }

  @Test
  void anExceptionInAConstraintNamesTheRuleWhoseConditionThrew() {
    CommunityBudgetsEngine engine = engine("""
        rule "Families with a numbered id are noted"
        when
          $f : FamilyCase(Integer.parseInt(id) > 0)
        then
        end
        """);
    RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.identify(family("f-1"), AS_OF));
    assertEquals(Optional.of("Families with a numbered id are noted"), e.rule(), e.getMessage());
  }

  @Test
  void inABatchAnEvalThatFailsForOneFamilyNamesItsRule() {
    CommunityBudgetsEngine engine = engine("""
        rule "A boom family's id is a number"
        when
          $f : FamilyCase(id == "boom")
          eval(Integer.parseInt($f.id()) > 0)
        then
        end
        """);
    List<BatchResult<Identification>> results = batch(engine, 16, 5);
    assertOnlyBoomFails(results, 5, "A boom family's id is a number");
  }

  @Test
  void aStackOverflowInARuleIsARuleFailure() {
    CommunityBudgetsEngine engine = engine("""
        function int deeper(int n) {
          return deeper(n + 1) + 1;
        }
        rule "Recursion without end"
        when
          FamilyCase()
        then
          deeper(0);
        end
        """);
    RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.identify(family("f-1"), AS_OF));
    assertTrue(e.getMessage().contains("Recursion without end"), e.getMessage());
    assertInstanceOf(StackOverflowError.class, e.getCause());
  }

  @Test
  void inABatchTheFamilyARuleFailsForIsSetApartAndTheRestDecidedTogether() {
    CommunityBudgetsEngine engine = engine(COUNT_SESSIONS + """
        rule "Families called boom cannot be decided"
        when
          $f : FamilyCase(id == "boom")
        then
          throw new IllegalStateException("no record for family boom");
        end
        """);
    List<BatchResult<Identification>> results = batch(engine, 20, 7);
    assertOnlyBoomFails(results, 7, "Families called boom cannot be decided");
    assertEquals(2, SESSIONS.get(), "the chunk, then the chunk without boom");
  }

  @Test
  void inABatchAConditionThatFailsForOneFamilyIsFoundWithoutDecidingEachFamilyAlone() {
    CommunityBudgetsEngine engine = engine(COUNT_SESSIONS + """
        rule "A boom family's tenth member is read"
        when
          $f : FamilyCase(id == "boom", family().members().get(9) != null)
        then
        end
        """);
    List<BatchResult<Identification>> results = batch(engine, 16, 5);
    assertOnlyBoomFails(results, 5, "A boom family's tenth member is read");
    assertTrue(SESSIONS.get() < 16, "halves, not one session per family: " + SESSIONS.get());
  }

  private static List<BatchResult<Identification>> batch(CommunityBudgetsEngine engine, int size, int boomAt) {
    List<Family> input = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      input.add(family(i == boomAt ? "boom" : "f-" + i));
    }
    try (Stream<BatchResult<Identification>> s = engine.identifyAll(input.iterator(), AS_OF, new BatchOptions(size, 1, d -> {}))) {
      return s.toList();
    }
  }

  private static void assertOnlyBoomFails(List<BatchResult<Identification>> results, int boomAt, String rule) {
    for (int i = 0; i < results.size(); i++) {
      assertEquals(i, results.get(i).index());
      if (i == boomAt) {
        BatchResult.Failure<?> f = assertInstanceOf(BatchResult.Failure.class, results.get(i));
        assertEquals("boom", f.family().orElseThrow().value());
        assertTrue(f.error().contains(rule), f.error());
      } else {
        assertInstanceOf(BatchResult.Success.class, results.get(i), String.valueOf(results.get(i)));
      }
    }
  }
}
