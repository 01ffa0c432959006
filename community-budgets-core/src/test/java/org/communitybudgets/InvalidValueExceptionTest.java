package org.communitybudgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void namesFieldRequirementValueAndOwner() {
    InvalidValueException e =
        new InvalidValueException(
            "unauthorised absence",
            "within 0–100% of possible sessions",
            "130%",
            "child c-17, term 2012 autumn");
    assertEquals(
        "unauthorised absence must be within 0–100% of possible sessions, was 130% for child c-17, term 2012 autumn",
        e.getMessage());
    assertEquals("unauthorised absence", e.field());
    assertEquals("within 0–100% of possible sessions", e.requirement());
    assertEquals("130%", e.value());
    assertEquals(Optional.of("child c-17, term 2012 autumn"), e.owner());
  }

  @Test
  void ownerIsOptional() {
    InvalidValueException e = new InvalidValueException("amount", "positive", -1);
    assertEquals("amount must be positive, was -1", e.getMessage());
    assertEquals(Optional.empty(), e.owner());
  }
}
