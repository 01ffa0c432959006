package org.communitybudgets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.Area;
import org.communitybudgets.area.AreaCatalogue;
import org.communitybudgets.area.AreaKind;
import org.communitybudgets.area.AreaProgramme;
import org.communitybudgets.area.AuthorityType;

class AreaProperties {

  @Provide
  Arbitrary<Area> anyAreas() {
    return Arbitraries.oneOf(AreaArbitraries.areas(), AreaArbitraries.standardAreas());
  }

  @Provide
  Arbitrary<Area> upperTier() {
    return AreaArbitraries.upperTierAuthorities();
  }

  @Provide
  Arbitrary<Area> combined() {
    return AreaArbitraries.combinedAreas();
  }

  @Provide
  Arbitrary<Area> neighbourhoods() {
    return AreaArbitraries.neighbourhoods();
  }

  @Provide
  Arbitrary<Area> firstPhase() {
    return AreaArbitraries.firstPhaseAreas();
  }

  @Provide
  Arbitrary<AreaCatalogue> catalogues() {
    return AreaArbitraries.catalogues();
  }

  @Property
  void generatedAreasAreValidAndRebuildable(@ForAll("anyAreas") Area area) {
    assertEquals(area, area.toBuilder().build());
    assertEquals(
        area,
        new Area(
            area.id(),
            area.name(),
            area.kind(),
            area.authorityType(),
            area.constituents(),
            area.parent(),
            area.programmes()));
  }

  @Property
  void eachKindHasExactlyItsOwnFields(@ForAll("anyAreas") Area area) {
    assertEquals(area.kind() == AreaKind.UPPER_TIER_AUTHORITY, area.authorityType().isPresent());
    assertEquals(area.kind() == AreaKind.COMBINED_AREA, !area.constituents().isEmpty());
    assertEquals(area.kind() == AreaKind.NEIGHBOURHOOD, area.parent().isPresent());
    assertTrue(area.programmes().stream().allMatch(p -> p.admits(area.kind())));
  }

  @Property
  void firstPhaseAreasAreInTheFirstPhase(@ForAll("firstPhase") Area area) {
    assertTrue(area.isIn(AreaProgramme.FIRST_PHASE_COMMUNITY_BUDGETS));
    assertTrue(area.kind() != AreaKind.NEIGHBOURHOOD);
  }

  @Property(tries = 300)
  void catalogueReferencesResolveToUpperTierAuthorities(
      @ForAll("catalogues") AreaCatalogue catalogue) {
    for (Area area : catalogue.areas()) {
      List<Area> constituents = catalogue.constituentsOf(area.id());
      assertEquals(area.constituents().size(), constituents.size());
      assertTrue(constituents.stream().allMatch(c -> c.kind() == AreaKind.UPPER_TIER_AUTHORITY));
      area.parent()
          .ifPresent(
              parent -> {
                assertEquals(AreaKind.UPPER_TIER_AUTHORITY, catalogue.require(parent).kind());
                assertTrue(catalogue.neighbourhoodsOf(parent).contains(area));
              });
    }
    for (AreaProgramme programme : AreaProgramme.values()) {
      assertTrue(catalogue.in(programme).stream().allMatch(a -> a.isIn(programme)));
    }
  }

  @Property(tries = 300)
  void catalogueSurvivesATripThroughATable(@ForAll("catalogues") AreaCatalogue catalogue) {
    assertEquals(catalogue, AreaCatalogue.load(new StringReader(toTable(catalogue)), "generated.tsv"));
    assertEquals(catalogue, AreaCatalogue.of(catalogue.areas()));
  }

  @Property(tries = 1)
  void standardCatalogueSurvivesATripThroughATable() {
    AreaCatalogue standard = AreaCatalogue.standard();
    assertEquals(standard, AreaCatalogue.load(new StringReader(toTable(standard)), "copy.tsv"));
  }

  @Property
  void builderRejectsABlankName(@ForAll("anyAreas") Area area) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> area.toBuilder().name("\t").build());
    assertEquals("name", e.field());
    assertEquals(Optional.of("area " + area.id()), e.owner());
  }

  @Property
  void builderRejectsAnUpperTierAuthorityWithoutAType(@ForAll("upperTier") Area area) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> area.toBuilder().authorityType(Optional.empty()).build());
    assertEquals("authority type", e.field());
  }

  @Property
  void builderRejectsATypeOnAnythingElse(
      @ForAll("neighbourhoods") Area neighbourhood, @ForAll AuthorityType type) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> neighbourhood.toBuilder().authorityType(type).build());
    assertEquals("authority type", e.field());
  }

  @Property
  void builderRejectsACombinedAreaWithoutConstituents(@ForAll("combined") Area area) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> area.toBuilder().constituents(List.of()).build());
    assertEquals("constituents", e.field());
    assertTrue(e.getMessage().contains("for area " + area.id()));
  }

  @Property
  void builderRejectsANeighbourhoodWithoutAParent(@ForAll("neighbourhoods") Area area) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> area.toBuilder().parent(Optional.empty()).build());
    assertEquals("parent", e.field());
  }

  @Property
  void builderRejectsAProgrammeClosedToTheKind(@ForAll("anyAreas") Area area) {
    AreaProgramme closed =
        area.kind() == AreaKind.NEIGHBOURHOOD
            ? AreaProgramme.WHOLE_PLACE_PILOT
            : AreaProgramme.NEIGHBOURHOOD_PILOT;
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> area.toBuilder().programme(closed).build());
    assertEquals("programmes", e.field());
  }

  /** Writes the catalogue as an area table, as an authority would by hand. */
  static String toTable(AreaCatalogue catalogue) {
    StringBuilder out = new StringBuilder("# generated\n");
    out.append(String.join("\t", AreaCatalogue.HEADER_TEXT.split(", "))).append('\n');
    for (Area area : catalogue.areas()) {
      List<String> cells = new ArrayList<>();
      cells.add(area.id().value());
      cells.add(area.name());
      cells.add(area.kind().name());
      cells.add(area.authorityType().map(Enum::name).orElse("-"));
      cells.add(
          area.constituents().isEmpty()
              ? "-"
              : area.constituents().stream().map(Object::toString).collect(Collectors.joining(",")));
      cells.add(area.parent().map(Object::toString).orElse("-"));
      cells.add(
          area.programmes().isEmpty()
              ? "-"
              : area.programmes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
      out.append(String.join("\t", cells)).append('\n');
    }
    return out.toString();
  }
}
