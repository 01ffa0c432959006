package org.communitybudgets.time;

import static org.communitybudgets.time.SchoolTerm.Season.AUTUMN;
import static org.communitybudgets.time.SchoolTerm.Season.SPRING;
import static org.communitybudgets.time.SchoolTerm.Season.SUMMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class SchoolTermTest {

  @Test
  void followsAutumnSpringSummer() {
    assertEquals(SchoolTerm.of(2013, SPRING), SchoolTerm.of(2012, AUTUMN).next());
    assertEquals(SchoolTerm.of(2013, SUMMER), SchoolTerm.of(2013, SPRING).next());
    assertEquals(SchoolTerm.of(2012, AUTUMN), SchoolTerm.of(2013, SPRING).previous());
    assertTrue(SchoolTerm.of(2012, AUTUMN).isBefore(SchoolTerm.of(2013, SPRING)));
    assertEquals("2012/13", SchoolTerm.of(2012, AUTUMN).schoolYear());
    assertEquals("2012/13", SchoolTerm.of(2013, SUMMER).schoolYear());
  }

  @Test
  void placesDatesInNominalTerms() {
    assertEquals(SchoolTerm.of(2013, SPRING), SchoolTerm.containing(LocalDate.of(2013, 3, 31)));
    assertEquals(SchoolTerm.of(2013, SUMMER), SchoolTerm.containing(LocalDate.of(2013, 4, 1)));
    assertEquals(SchoolTerm.of(2013, SUMMER), SchoolTerm.containing(LocalDate.of(2013, 8, 31)));
    assertEquals(SchoolTerm.of(2013, AUTUMN), SchoolTerm.containing(LocalDate.of(2013, 9, 1)));
    assertEquals(
        DateRange.of(LocalDate.of(2012, 9, 1), LocalDate.of(2012, 12, 31)),
        SchoolTerm.of(2012, AUTUMN).nominalDates());
  }

  @Test
  void theLastThreeCompletedTerms() {
    assertEquals(
        List.of(SchoolTerm.of(2012, SUMMER), SchoolTerm.of(2012, AUTUMN), SchoolTerm.of(2013, SPRING)),
        SchoolTerm.lastCompleted(3, LocalDate.of(2013, 5, 10)));
    assertEquals(
        "number of terms must be positive, was 0",
        assertThrows(InvalidValueException.class, () -> SchoolTerm.lastCompleted(0, LocalDate.of(2013, 5, 10)))
            .getMessage());
  }

  @Test
  void writesAndReads() {
    assertEquals("2012 autumn", SchoolTerm.of(2012, AUTUMN).toString());
    assertEquals(SchoolTerm.of(2012, AUTUMN), SchoolTerm.parse("2012 Autumn"));
    assertEquals(
        "school term text must be written like 2012 autumn, was \"autumn 2012\"",
        assertThrows(InvalidValueException.class, () -> SchoolTerm.parse("autumn 2012")).getMessage());
    assertEquals(
        "school term year must be within 1900–2998, was 3000",
        assertThrows(InvalidValueException.class, () -> SchoolTerm.of(3000, SPRING)).getMessage());
  }
}
