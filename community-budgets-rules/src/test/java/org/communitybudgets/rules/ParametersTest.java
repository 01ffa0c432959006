package org.communitybudgets.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every parameter can be looked up: key, type, description, dated values with sources and notes. */
class ParametersTest {
  @Test
  void everyStandardParameterIsListedSortedWithItsSourcedValues() {
    List<Parameter> all = CommunityBudgetsEngine.standard().parameters();
    assertEquals(54, all.size());
    assertEquals(all.stream().map(Parameter::key).sorted().toList(), all.stream().map(Parameter::key).toList());
    for (Parameter p : all) {
      assertFalse(p.description().isBlank(), p.key());
      assertFalse(p.values().isEmpty(), p.key());
      p.values().forEach(v -> assertTrue(v.file().endsWith(".yaml") && v.line() > 0, p.key() + " " + v));
    }
    Parameter absence = all.stream().filter(p -> p.key().equals("tf.phase1.unauthorised-absence")).findFirst().orElseThrow();
    assertEquals("percentage", absence.type());
    assertEquals("15%", absence.valueOn(LocalDate.of(2012, 10, 1)).orElseThrow().value());
    assertEquals("TF framework 2012 criterion 2, as councils reproduced it (15% or more)", absence.valueOn(LocalDate.of(2012, 10, 1)).orElseThrow().source().toString());
  }

  @Test
  void anOverrideIsWhatTheEngineListsWithTheFileItCameFrom() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().parameterOverrides("council/p.yaml", """
        tf.child.age-limit:
          source: {document: OFFER, location: "a council's choice"}
          values:
            - {from: 2010-04-01, value: 17, note: assumed for the example}
        """).build();
    Parameter limit = engine.parameters().stream().filter(p -> p.key().equals("tf.child.age-limit")).findFirst().orElseThrow();
    Parameter.Value v = limit.valueOn(LocalDate.of(2013, 1, 1)).orElseThrow();
    assertEquals("17", v.value());
    assertEquals("council/p.yaml", v.file());
    assertEquals(4, v.line());
    assertTrue(limit.isAssumedOn(LocalDate.of(2013, 1, 1)));
  }
}
