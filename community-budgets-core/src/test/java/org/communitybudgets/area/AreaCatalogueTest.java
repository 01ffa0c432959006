package org.communitybudgets.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class AreaCatalogueTest {
  private static final String HEADER =
      "id\tname\tkind\tauthority type\tconstituents\tparent\tprogrammes\n";
  private static final AreaCatalogue STANDARD = AreaCatalogue.standard();

  private static List<String> ids(List<Area> areas) {
    return areas.stream().map(a -> a.id().value()).toList();
  }

  private static Area area(String id) {
    return STANDARD.require(AreaId.of(id));
  }

  @Test
  void standardIsLoadedOnceAndShared() {
    assertSame(STANDARD, AreaCatalogue.standard());
  }

  @Test
  void sixteenFirstPhaseAreas() {
    // Offer §1 ("16 areas"); the list in Public Finance 2011, whose London group is four boroughs.
    assertEquals(
        List.of(
            "birmingham",
            "blackburn-with-darwen",
            "blackpool",
            "bradford",
            "essex",
            "greater-manchester",
            "kingston-upon-hull",
            "kent",
            "leicestershire",
            "lincolnshire",
            "barnet",
            "croydon",
            "islington",
            "lewisham",
            "west-london-four-boroughs",
            "swindon"),
        ids(STANDARD.in(AreaProgramme.FIRST_PHASE_COMMUNITY_BUDGETS)));
  }

  @Test
  void theSixteenFirstPhaseAreasCover28Councils() {
    // Public Finance 2011: "16 areas, covering 28 councils" - each combined area's constituents,
    // and every other area one council.
    int councils = 0;
    for (Area a : STANDARD.in(AreaProgramme.FIRST_PHASE_COMMUNITY_BUDGETS)) {
      List<Area> constituents = STANDARD.constituentsOf(a.id());
      councils += constituents.isEmpty() ? 1 : constituents.size();
    }
    assertEquals(28, councils);
    assertEquals(
        List.of("westminster", "kensington-and-chelsea", "hammersmith-and-fulham", "wandsworth"),
        ids(STANDARD.constituentsOf(AreaId.of("west-london-four-boroughs"))));
  }

  @Test
  void theWholePlacePilotInLondonIsTheTriBoroughWithoutWandsworth() {
    // DCLG Whole-Place announcement 2011: the tri-borough area of Westminster, Hammersmith & Fulham
    // and Kensington & Chelsea; it was not itself a first-phase area.
    Area tri = area("west-london-tri-borough");
    assertEquals(Set.of(AreaProgramme.WHOLE_PLACE_PILOT), tri.programmes());
  }

  @Test
  void fourWholePlacePilots() {
    // Evidence CB00, Summary ("Four areas [2]") and note [2].
    assertEquals(
        Set.of("cheshire-west-and-chester", "essex", "greater-manchester", "west-london-tri-borough"),
        Set.copyOf(ids(STANDARD.in(AreaProgramme.WHOLE_PLACE_PILOT))));
  }

  @Test
  void tenNeighbourhoodPilotAreasCoveringTwelveNeighbourhoods() {
    // Evidence CB00, Summary: "tested in 10 areas covering 12 neighbourhoods [5]". Note [5] lists
    // ten entries separated by semicolons; each is one pilot area, led in or by one upper-tier
    // authority: Newcastle, Hammersmith & Fulham, Birmingham, Kingston upon Thames, Tower Hamlets,
    // Westminster, Devon (Ilfracombe Town Council), Bradford (Bradford Trident), Kent (Tunbridge
    // Wells) and Suffolk (Haverhill Town Council). Birmingham's entry names three neighbourhoods;
    // Newcastle's names three estates that form one neighbourhood; every other entry names one.
    // So we count the pilot areas as the distinct parents of the pilot neighbourhoods (10) and
    // the neighbourhoods themselves (3 + 1 + 1 + ... = 12).
    List<Area> neighbourhoods = STANDARD.in(AreaProgramme.NEIGHBOURHOOD_PILOT);
    assertEquals(12, neighbourhoods.size());
    assertTrue(neighbourhoods.stream().allMatch(a -> a.kind() == AreaKind.NEIGHBOURHOOD));
    Set<String> parents =
        neighbourhoods.stream().map(a -> a.parent().orElseThrow().value()).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "newcastle-upon-tyne",
            "hammersmith-and-fulham",
            "birmingham",
            "kingston-upon-thames",
            "tower-hamlets",
            "westminster",
            "devon",
            "bradford",
            "kent",
            "suffolk"),
        parents);
    assertEquals(
        List.of("birmingham-castle-vale", "birmingham-shard-end", "birmingham-balsall-heath"),
        ids(STANDARD.neighbourhoodsOf(AreaId.of("birmingham"))));
  }

  @Test
  void combinedAreasAndTheirConstituents() {
    assertEquals(
        List.of(
            "bolton", "bury", "manchester", "oldham", "rochdale", "salford", "stockport",
            "tameside", "trafford", "wigan"),
        ids(STANDARD.constituentsOf(AreaId.of("greater-manchester"))));
    assertEquals(
        List.of("westminster", "kensington-and-chelsea", "hammersmith-and-fulham"),
        ids(STANDARD.constituentsOf(AreaId.of("west-london-tri-borough"))));
    assertTrue(
        STANDARD.constituentsOf(AreaId.of("greater-manchester")).stream()
            .allMatch(a -> a.authorityType().equals(Optional.of(AuthorityType.METROPOLITAN_BOROUGH))));
    assertEquals(List.of(), STANDARD.constituentsOf(AreaId.of("kent")));
    assertEquals(List.of(), STANDARD.neighbourhoodsOf(AreaId.of("essex")));
  }

  @Test
  void authorityTypes() {
    for (String id : List.of("birmingham", "bradford", "newcastle-upon-tyne", "wigan")) {
      assertEquals(Optional.of(AuthorityType.METROPOLITAN_BOROUGH), area(id).authorityType(), id);
    }
    for (String id :
        List.of("blackburn-with-darwen", "blackpool", "kingston-upon-hull", "swindon", "cheshire-west-and-chester")) {
      assertEquals(Optional.of(AuthorityType.UNITARY), area(id).authorityType(), id);
    }
    for (String id : List.of("essex", "kent", "leicestershire", "lincolnshire", "devon", "suffolk")) {
      assertEquals(Optional.of(AuthorityType.COUNTY), area(id).authorityType(), id);
    }
    for (String id :
        List.of(
            "barnet", "croydon", "islington", "lewisham", "westminster", "kensington-and-chelsea",
            "hammersmith-and-fulham", "kingston-upon-thames", "tower-hamlets")) {
      assertEquals(Optional.of(AuthorityType.LONDON_BOROUGH), area(id).authorityType(), id);
    }
  }

  @Test
  void lookupsNameAMissingId() {
    assertEquals(Optional.empty(), STANDARD.area(AreaId.of("atlantis")));
    assertEquals(
        "no area 'atlantis' in the catalogue",
        assertThrows(NoSuchElementException.class, () -> STANDARD.require(AreaId.of("atlantis")))
            .getMessage());
    assertThrows(NoSuchElementException.class, () -> STANDARD.constituentsOf(AreaId.of("atlantis")));
    assertThrows(NoSuchElementException.class, () -> STANDARD.neighbourhoodsOf(AreaId.of("atlantis")));
  }

  @Test
  void ofChecksIdsAndReferences() {
    Area kent = area("kent");
    assertEquals(
        "area id must be unique, was repeated [kent]",
        assertThrows(InvalidValueException.class, () -> AreaCatalogue.of(List.of(kent, kent)))
            .getMessage());
    assertEquals(
        "parent must be an upper-tier authority in the catalogue, was kent for area"
            + " tunbridge-wells-sherwood",
        assertThrows(
                InvalidValueException.class,
                () -> AreaCatalogue.of(List.of(area("tunbridge-wells-sherwood"))))
            .getMessage());
    Area badCombined =
        Area.combined(
            AreaId.of("kent-and-gm"), "Kent and GM",
            List.of(AreaId.of("kent"), AreaId.of("greater-manchester")), List.of());
    assertEquals(
        "constituents must be upper-tier authorities in the catalogue, was greater-manchester for"
            + " area kent-and-gm",
        assertThrows(InvalidValueException.class, () -> STANDARD.plus(List.of(badCombined)))
            .getMessage());
    assertEquals(STANDARD, AreaCatalogue.of(STANDARD.areas()));
    assertEquals(STANDARD.size() + 1, STANDARD.plus(List.of(
        Area.neighbourhood(AreaId.of("kent-new"), "New", AreaId.of("kent"), List.of()))).size());
  }

  @Test
  void readsALocalTableAgainstTheStandard() {
    String rows =
        "margate\tMargate\tNEIGHBOURHOOD\t-\t-\tkent\t-\n"
            + "east-kent\tEast Kent\tCOMBINED_AREA\t-\tkent, medway\t-\t-\n"
            + "medway\tMedway\tUPPER_TIER_AUTHORITY\tUNITARY\t-\t-\t-\n";
    AreaCatalogue more = STANDARD.withAreasFrom(new StringReader(HEADER + rows), "kent.tsv");
    assertEquals(STANDARD.size() + 3, more.size());
    assertEquals(List.of("kent", "medway"), ids(more.constituentsOf(AreaId.of("east-kent"))));
    assertTrue(ids(more.neighbourhoodsOf(AreaId.of("kent"))).contains("margate"));
    IllegalArgumentException alone =
        assertThrows(
            IllegalArgumentException.class,
            () -> AreaCatalogue.load(new StringReader(HEADER + rows), "kent.tsv"));
    assertEquals(
        "kent.tsv line 2, column 'parent': must be an upper-tier authority in the catalogue, was"
            + " 'kent'",
        alone.getMessage());
  }

  private static String loadError(String rows) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> AreaCatalogue.load(new StringReader("# areas\n" + HEADER + rows), "local.tsv"))
        .getMessage();
  }

  @Test
  void loaderNamesTheLineAndColumn() {
    assertEquals(
        "local.tsv line 3, column 'kind': must be one of UPPER_TIER_AUTHORITY, COMBINED_AREA,"
            + " NEIGHBOURHOOD, was 'COUNTY'",
        loadError("kent\tKent\tCOUNTY\t-\t-\t-\t-\n"));
    assertEquals(
        "local.tsv line 3, column 'authority type': must be one of COUNTY, UNITARY,"
            + " METROPOLITAN_BOROUGH, LONDON_BOROUGH, was 'SHIRE'",
        loadError("kent\tKent\tUPPER_TIER_AUTHORITY\tSHIRE\t-\t-\t-\n"));
    assertEquals(
        "local.tsv line 3, column 'constituents': must be a comma-separated list of area ids"
            + " (lower-case words or digits joined by hyphens), was 'Kent, medway'",
        loadError("x\tX\tCOMBINED_AREA\t-\tKent, medway\t-\t-\n"));
    assertEquals(
        "local.tsv line 3, column 'parent': must be lower-case words or digits joined by hyphens, was 'Kent'",
        loadError("x\tX\tNEIGHBOURHOOD\t-\t-\tKent\t-\n"));
    assertEquals(
        "local.tsv line 3: authority type must be given for an upper-tier authority, was none for"
            + " area kent",
        loadError("kent\tKent\tUPPER_TIER_AUTHORITY\t-\t-\t-\t-\n"));
    assertEquals(
        "local.tsv line 4, column 'id': must be unique (also on line 3), was 'kent'",
        loadError(
            "kent\tKent\tUPPER_TIER_AUTHORITY\tCOUNTY\t-\t-\t-\n"
                + "kent\tKent\tUPPER_TIER_AUTHORITY\tCOUNTY\t-\t-\t-\n"));
    assertEquals(
        "local.tsv line 3, column 'constituents': must be upper-tier authorities in the catalogue,"
            + " was 'x'",
        loadError(
            "gm\tGM\tCOMBINED_AREA\t-\tx\t-\t-\n" + "x\tX\tNEIGHBOURHOOD\t-\t-\tgm\t-\n"));
  }
}
