package org.communitybudgets.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class AreaTest {
  private static final AreaId ESSEX = AreaId.of("essex");
  private static final AreaId GM = AreaId.of("greater-manchester");
  private static final AreaId CASTLE_VALE = AreaId.of("birmingham-castle-vale");
  private static final AreaId BIRMINGHAM = AreaId.of("birmingham");

  private static Area essex() {
    return Area.upperTier(
        ESSEX,
        "Essex",
        AuthorityType.COUNTY,
        List.of(AreaProgramme.FIRST_PHASE_COMMUNITY_BUDGETS, AreaProgramme.WHOLE_PLACE_PILOT));
  }

  private static Area greaterManchester() {
    return Area.combined(
        GM,
        "Greater Manchester",
        List.of(AreaId.of("bolton"), AreaId.of("bury")),
        List.of(AreaProgramme.WHOLE_PLACE_PILOT));
  }

  private static Area castleVale() {
    return Area.neighbourhood(
        CASTLE_VALE, "Castle Vale", BIRMINGHAM, List.of(AreaProgramme.NEIGHBOURHOOD_PILOT));
  }

  private static String invalid(Area.Builder builder) {
    return assertThrows(InvalidValueException.class, builder::build).getMessage();
  }

  @Test
  void factoriesBuildEachKind() {
    assertEquals(
        new Area(
            ESSEX,
            "Essex",
            AreaKind.UPPER_TIER_AUTHORITY,
            Optional.of(AuthorityType.COUNTY),
            List.of(),
            Optional.empty(),
            Set.of(AreaProgramme.FIRST_PHASE_COMMUNITY_BUDGETS, AreaProgramme.WHOLE_PLACE_PILOT)),
        essex());
    Area gm = greaterManchester();
    assertEquals(AreaKind.COMBINED_AREA, gm.kind());
    assertEquals(List.of(AreaId.of("bolton"), AreaId.of("bury")), gm.constituents());
    assertEquals(Optional.empty(), gm.authorityType());
    Area cv = castleVale();
    assertEquals(Optional.of(BIRMINGHAM), cv.parent());
    assertTrue(cv.isIn(AreaProgramme.NEIGHBOURHOOD_PILOT));
    assertFalse(cv.isIn(AreaProgramme.WHOLE_PLACE_PILOT));
    assertEquals("birmingham-castle-vale (Castle Vale)", cv.toString());
  }

  @Test
  void toBuilderRebuildsEqualAreas() {
    for (Area a : List.of(essex(), greaterManchester(), castleVale())) {
      assertEquals(a, a.toBuilder().build());
    }
  }

  @Test
  void builderAddsOneByOne() {
    Area gm =
        Area.builder(GM, AreaKind.COMBINED_AREA)
            .name("Greater Manchester")
            .constituent(AreaId.of("bolton"))
            .constituent(AreaId.of("bury"))
            .programme(AreaProgramme.WHOLE_PLACE_PILOT)
            .build();
    assertEquals(greaterManchester(), gm);
  }

  @Test
  void upperTierAuthorityNeedsATypeAndNothingElse() {
    assertEquals(
        "authority type must be given for an upper-tier authority, was none for area essex",
        invalid(essex().toBuilder().authorityType(Optional.empty())));
    assertEquals(
        "constituents must be none for an upper-tier authority, was [kent] for area essex",
        invalid(essex().toBuilder().constituent(AreaId.of("kent"))));
    assertEquals(
        "parent must be absent for an upper-tier authority, was kent for area essex",
        invalid(essex().toBuilder().parent(AreaId.of("kent"))));
  }

  @Test
  void combinedAreaNeedsConstituentsAndNothingElse() {
    assertEquals(
        "constituents must be at least one authority for a combined area, was [] for area"
            + " greater-manchester",
        invalid(greaterManchester().toBuilder().constituents(List.of())));
    assertEquals(
        "authority type must be absent for a combined area, was METROPOLITAN_BOROUGH for area"
            + " greater-manchester",
        invalid(greaterManchester().toBuilder().authorityType(AuthorityType.METROPOLITAN_BOROUGH)));
    assertEquals(
        "constituents must be unique, was repeated [bolton] for area greater-manchester",
        invalid(greaterManchester().toBuilder().constituent(AreaId.of("bolton"))));
    assertEquals(
        "constituents must be other areas than the area itself, was [bolton, bury,"
            + " greater-manchester] for area greater-manchester",
        invalid(greaterManchester().toBuilder().constituent(GM)));
    assertEquals(
        "parent must be absent for a combined area, was bolton for area greater-manchester",
        invalid(greaterManchester().toBuilder().parent(AreaId.of("bolton"))));
  }

  @Test
  void neighbourhoodNeedsAParentAndNothingElse() {
    assertEquals(
        "parent must be given for a neighbourhood, was none for area birmingham-castle-vale",
        invalid(castleVale().toBuilder().parent(Optional.empty())));
    assertEquals(
        "parent must be another area than the area itself, was birmingham-castle-vale for area"
            + " birmingham-castle-vale",
        invalid(castleVale().toBuilder().parent(CASTLE_VALE)));
    assertEquals(
        "authority type must be absent for a neighbourhood, was UNITARY for area"
            + " birmingham-castle-vale",
        invalid(castleVale().toBuilder().authorityType(AuthorityType.UNITARY)));
    assertEquals(
        "constituents must be none for a neighbourhood, was [birmingham] for area"
            + " birmingham-castle-vale",
        invalid(castleVale().toBuilder().constituent(BIRMINGHAM)));
  }

  @Test
  void programmesMustBeOpenToTheKind() {
    assertEquals(
        "programmes must be open to a neighbourhood, was [FIRST_PHASE_COMMUNITY_BUDGETS,"
            + " WHOLE_PLACE_PILOT] for area birmingham-castle-vale",
        invalid(
            castleVale()
                .toBuilder()
                .programme(AreaProgramme.WHOLE_PLACE_PILOT)
                .programme(AreaProgramme.FIRST_PHASE_COMMUNITY_BUDGETS)));
    assertEquals(
        "programmes must be open to an upper-tier authority, was [NEIGHBOURHOOD_PILOT] for area"
            + " essex",
        invalid(essex().toBuilder().programme(AreaProgramme.NEIGHBOURHOOD_PILOT)));
    assertEquals(
        "programmes must be open to a combined area, was [NEIGHBOURHOOD_PILOT] for area"
            + " greater-manchester",
        invalid(greaterManchester().toBuilder().programme(AreaProgramme.NEIGHBOURHOOD_PILOT)));
  }

  @Test
  void rejectsBlankNameAndMissingFields() {
    assertEquals("name must be non-blank, was \"\" for area essex", invalid(essex().toBuilder().name("")));
    assertEquals("Essex", essex().toBuilder().name(" Essex ").build().name());
    assertEquals(
        "name is required for area essex",
        assertThrows(NullPointerException.class, () -> essex().toBuilder().name(null).build())
            .getMessage());
    assertEquals(
        "area id is required",
        assertThrows(NullPointerException.class, () -> Area.builder(null, AreaKind.NEIGHBOURHOOD).build())
            .getMessage());
    assertEquals(
        "kind is required for area essex",
        assertThrows(NullPointerException.class, () -> Area.builder(ESSEX, null).name("Essex").build())
            .getMessage());
    assertEquals(
        "authority type is required for area essex",
        assertThrows(
                NullPointerException.class,
                () -> essex().toBuilder().authorityType((Optional<AuthorityType>) null).build())
            .getMessage());
    assertEquals(
        "parent is required for area essex",
        assertThrows(
                NullPointerException.class,
                () -> essex().toBuilder().parent((Optional<AreaId>) null).build())
            .getMessage());
  }

  @Test
  void programmesSayWhoTheyAdmit() {
    assertTrue(AreaProgramme.NEIGHBOURHOOD_PILOT.admits(AreaKind.NEIGHBOURHOOD));
    assertFalse(AreaProgramme.NEIGHBOURHOOD_PILOT.admits(AreaKind.COMBINED_AREA));
    assertTrue(AreaProgramme.WHOLE_PLACE_PILOT.admits(AreaKind.COMBINED_AREA));
    assertTrue(AreaProgramme.FIRST_PHASE_COMMUNITY_BUDGETS.admits(AreaKind.UPPER_TIER_AUTHORITY));
    assertFalse(AreaProgramme.FIRST_PHASE_COMMUNITY_BUDGETS.admits(AreaKind.NEIGHBOURHOOD));
    assertEquals("Evidence CB00 Summary; note [5]", AreaProgramme.NEIGHBOURHOOD_PILOT.source().toString());
  }
}
