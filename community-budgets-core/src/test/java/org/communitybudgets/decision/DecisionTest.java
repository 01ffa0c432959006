package org.communitybudgets.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;
import org.junit.jupiter.api.Test;

class DecisionTest {
  private static final LocalDate AS_OF = LocalDate.of(2012, 6, 1);
  private static final Provenance PROVENANCE = new Provenance("sha256:abc", "0.1.0");
  private static final UnmetCondition CORE_YJ =
      new UnmetCondition("core-youth-justice-services-delivered", "core youth justice services are being delivered");

  private static Reason notMet() {
    return Reason.builder("YOT grant pools only where core youth justice services are delivered", PolicySource.offer("menu, MoJ row 1"))
        .notMet(CORE_YJ, "no evidence that YOT yot-1 delivers core youth justice services")
        .fact("holder yot-1 kind", "YOUTH_OFFENDING_TEAM")
        .build();
  }

  private static Reason met() {
    return Reason.builder("Work Programme primes are free to pool", PolicySource.offer("menu, DWP row 2"))
        .met("prime contractor wp-1 may pool and align Work Programme funding")
        .parameter(
            new ParameterRead(
                "pooling.pct.last-day",
                "2013-03-31",
                DateRange.from(LocalDate.of(2011, 4, 1)),
                PolicySource.offer("menu, DH row 1")))
        .build();
  }

  @Test
  void collectsUnmetConditionsAndRules() {
    Decision<ContributionVerdict> d =
        new Decision<>("contribution c-3 to pool gm-families", ContributionVerdict.CONDITIONAL, List.of(met(), notMet()), AS_OF, PROVENANCE);
    assertEquals(List.of(CORE_YJ), d.unmetConditions());
    assertEquals(1, d.reasons(Effect.MET).size());
    assertEquals(
        List.of(
            "Work Programme primes are free to pool",
            "YOT grant pools only where core youth justice services are delivered"),
        d.rules());
  }

  @Test
  void anUnfavourableVerdictMustSayWhyNot() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new Decision<>("family f-1", EligibilityVerdict.NOT_ELIGIBLE, List.of(met()), AS_OF, PROVENANCE));
    assertEquals(
        "reasons must be at least one unmet condition for the verdict 'not eligible', was none for family f-1",
        e.getMessage());
  }

  @Test
  void everyDecisionHasAReason() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new Decision<>("claim k-1", ClaimVerdict.PAYABLE, List.of(), AS_OF, PROVENANCE));
    assertEquals("reasons must be at least one, was none for claim k-1", e.getMessage());
  }

  @Test
  void anUnmetConditionGoesWithNotMetOnly() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new Reason(
                    "r", PolicySource.offer("§5"), Effect.MET, "s", List.of(), List.of(), Optional.of(CORE_YJ)));
    assertEquals(
        "unmet condition must be named exactly when the effect is NOT_MET, was core-youth-justice-services-delivered with effect MET for rule r",
        e.getMessage());
    InvalidValueException e2 =
        assertThrows(
            InvalidValueException.class,
            () ->
                new Reason(
                    "r", PolicySource.offer("§5"), Effect.NOT_MET, "s", List.of(), List.of(), Optional.empty()));
    assertEquals(
        "unmet condition must be named exactly when the effect is NOT_MET, was none with effect NOT_MET for rule r",
        e2.getMessage());
  }

  @Test
  void partsAreValidated() {
    assertEquals(
        "condition code must be lower-case words or digits joined by hyphens, was \"Core YJ\"",
        assertThrows(InvalidValueException.class, () -> new UnmetCondition("Core YJ", "x")).getMessage());
    assertEquals(
        "condition description must be non-blank, was \"\" for core-yj",
        assertThrows(InvalidValueException.class, () -> new UnmetCondition("core-yj", "")).getMessage());
    assertEquals(
        "statement must be non-blank, was \" \" for rule r",
        assertThrows(InvalidValueException.class, () -> Reason.builder("r", PolicySource.offer("§5")).met(" ").build())
            .getMessage());
    assertEquals(
        "fact name must be non-blank, was \"\"",
        assertThrows(InvalidValueException.class, () -> FactRead.of("", 1)).getMessage());
    assertEquals(
        "parameter key must be non-blank, was \"\"",
        assertThrows(
                InvalidValueException.class,
                () -> new ParameterRead("", "1", DateRange.from(AS_OF), PolicySource.offer("§5")))
            .getMessage());
    assertEquals(
        "rule set fingerprint must be non-blank, was \"\"",
        assertThrows(InvalidValueException.class, () -> new Provenance("", "0.1.0")).getMessage());
    assertEquals(
        "verdict is required for family f-1",
        assertThrows(
                NullPointerException.class,
                () -> new Decision<EligibilityVerdict>("family f-1", null, List.of(met()), AS_OF, PROVENANCE))
            .getMessage());
  }

  @Test
  void verdictsSayWhetherTheyGrantWhatWasAsked() {
    assertEquals(true, ContributionVerdict.ALLOWED.isFavourable());
    assertEquals(false, ContributionVerdict.ALIGNMENT_ONLY.isFavourable());
    assertEquals("allowed only as alignment", ContributionVerdict.ALIGNMENT_ONLY.label());
    assertEquals(true, EligibilityVerdict.ELIGIBLE.isFavourable());
    assertEquals(false, ClaimVerdict.REFUSED.isFavourable());
    assertEquals("fact = 1", FactRead.of("fact", 1).toString());
  }
}
