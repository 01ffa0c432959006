package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;
import org.junit.jupiter.api.Test;

/** What the domain can know about an indicator from its member and its dates is checked when a family is built. */
class IndicatorPlausibilityTest {
  private static final MemberId PARENT = MemberId.of("a-1");
  private static final MemberId CHILD = MemberId.of("c-1");

  private static Family.Builder family() {
    return Family.builder(FamilyId.of("f-1"), AreaId.of("kent"))
        .member(Member.adult(PARENT, LocalDate.of(1980, 1, 1)))
        .member(Member.child(CHILD, LocalDate.of(2005, 1, 1)));
  }

  private static String refused(Family.Builder b) {
    return assertThrows(InvalidValueException.class, b::build).getMessage();
  }

  @Test
  void schoolAttendanceOfAnAdultIsRefused() {
    assertEquals("school record must be of a member under 20 when it begins, was a-1 born 1980-01-01 for attendance of child a-1, term 2012 autumn, family f-1",
        refused(family().indicator(new TermAttendance(PARENT, SchoolTerm.of(2012, SchoolTerm.Season.AUTUMN), 100, 0, 5))));
  }

  @Test
  void anExclusionFarOutsideItsTermIsRefused() {
    Exclusion late = new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, SchoolTerm.Season.SPRING), LocalDate.of(2012, 9, 20));
    assertEquals("exclusion date must be within a month of its term 2012 spring (2012-01-01..2012-03-31), was 2012-09-20 for "
        + late.description() + ", family f-1", refused(family().indicator(late)));
    family().indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, SchoolTerm.Season.SPRING), LocalDate.of(2012, 4, 12))).build();
  }

  @Test
  void anOutOfWorkBenefitClaimedByAChildIsRefused() {
    BenefitClaim jsa = new BenefitClaim(CHILD, BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.from(LocalDate.of(2012, 1, 1)));
    assertEquals("benefit claim must be by a member of at least 16 when it begins, was c-1 born 2005-01-01 for " + jsa.description() + ", family f-1",
        refused(family().indicator(jsa)));
  }

  @Test
  void datesAtTheEdgesOfTimeAreRefused() {
    ProvenOffence ancient = new ProvenOffence(CHILD, LocalDate.MIN, "theft");
    assertEquals("indicator date must be within 1950-01-01–2100-12-31, was " + LocalDate.MIN + " for " + ancient.description() + ", family f-1",
        refused(family().indicator(ancient)));
    refused(family().indicator(new ProvenOffence(CHILD, LocalDate.MAX, "theft")));
  }

  @Test
  void anythingAboutAMemberDatedBeforeTheirBirthIsRefused() {
    AsbIncident before = AsbIncident.against(CHILD, LocalDate.of(2004, 12, 31));
    assertEquals("indicator date must be on or after the birth of member c-1 on 2005-01-01, was 2004-12-31 for " + before.description() + ", family f-1",
        refused(family().indicator(before)));
    family().indicator(AsbIncident.against(CHILD, LocalDate.of(2005, 1, 1))).build();
  }

  @Test
  void anOffenceProvenBeforeTheAgeOfCriminalResponsibilityIsRefused() {
    ProvenOffence atNine = new ProvenOffence(CHILD, LocalDate.of(2014, 12, 31), "theft");
    assertEquals("proven offence must be by a member of at least 10 (the age of criminal responsibility) when proven, was c-1 born 2005-01-01 for "
        + atNine.description() + ", family f-1", refused(family().indicator(atNine)));
    family().indicator(new ProvenOffence(CHILD, LocalDate.of(2015, 1, 1), "theft")).build();
  }

  @Test
  void anAttachmentOutsideThePlausibleDatesIsRefused() {
    assertEquals("attachment date must be within 1950-01-01–2100-12-31, was 1800-01-01",
        assertThrows(InvalidValueException.class, () -> Attachment.on(LocalDate.of(1800, 1, 1))).getMessage());
    assertThrows(InvalidValueException.class, () -> Attachment.on(LocalDate.of(9999, 1, 1)));
    Attachment.on(Indicator.LATEST_DATE);
  }
}
