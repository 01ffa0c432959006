package org.communitybudgets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.funding.Allocation;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.funding.Department;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.funding.FundingLine;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.funding.RingFence;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.FinancialYear;

class FundingProperties {

  @Provide
  Arbitrary<FundingLine> lines() {
    return Arbitraries.oneOf(FundingArbitraries.fundingLines(), FundingArbitraries.standardLines());
  }

  @Provide
  Arbitrary<FundingLine> unRingFenced() {
    return FundingArbitraries.unRingFencedLines();
  }

  @Provide
  Arbitrary<FundingLine> ringFenced() {
    return FundingArbitraries.ringFencedLines();
  }

  @Provide
  Arbitrary<FinancialYear> years() {
    return TimeArbitraries.programmeYears();
  }

  @Provide
  Arbitrary<RingFence> fences() {
    return FundingArbitraries.ringFences();
  }

  @Provide
  Arbitrary<Allocation> allocation() {
    return FundingArbitraries.allocations();
  }

  @Provide
  Arbitrary<Allocations> allocationSets() {
    return FundingArbitraries.allocationSets();
  }

  @Provide
  Arbitrary<FundingCatalogue> catalogues() {
    return FundingArbitraries.catalogues();
  }

  @Provide
  Arbitrary<FundingLineId> menuIds() {
    return FundingArbitraries.menuLineIds();
  }

  @Property
  void generatedLinesAreValidAndRebuildable(@ForAll("lines") FundingLine line) {
    assertEquals(line, line.toBuilder().build());
    assertEquals(
        line,
        new FundingLine(
            line.id(),
            line.name(),
            line.department(),
            line.holderKind(),
            line.ringFence(),
            line.exists(),
            line.onMenu(),
            line.source(),
            line.menuText(),
            line.lifeSource()));
    assertTrue(!line.onMenu() || !line.menuText().isEmpty());
  }

  @Property
  void departmentKnobSteersLines(@ForAll Department department) {
    FundingLine line =
        FundingArbitraries.fundingLines(department).sample();
    assertEquals(department, line.department());
  }

  @Property
  void generatedRingFencesAreValidAndRebuildable(@ForAll("fences") RingFence fence) {
    assertEquals(fence, new RingFence(fence.purposes(), fence.source()));
    assertEquals(fence, RingFence.of(fence.purposesInOrder(), fence.source()));
  }

  @Property
  void anUnRingFencedLinePermitsEveryPurpose(
      @ForAll("unRingFenced") FundingLine line, @ForAll Purpose purpose) {
    assertTrue(line.permits(purpose));
  }

  @Property
  void aRingFencedLinePermitsExactlyItsPurposes(
      @ForAll("ringFenced") FundingLine line, @ForAll Purpose purpose) {
    assertTrue(line.isRingFenced());
    assertEquals(line.ringFence().orElseThrow().purposes().contains(purpose), line.permits(purpose));
  }

  @Property(tries = 300)
  void existsInAgreesWithExistsOnSomeDayOfTheYear(
      @ForAll("lines") FundingLine line, @ForAll("years") FinancialYear year) {
    boolean someDay = false;
    for (LocalDate day = year.start(); !day.isAfter(year.end()); day = day.plusDays(1)) {
      someDay |= line.existsOn(day);
    }
    assertEquals(someDay, line.existsIn(year));
  }

  @Property
  void generatedAllocationsAreValidAndRebuildable(@ForAll("allocation") Allocation a) {
    assertEquals(a, new Allocation(a.line(), a.area(), a.year(), a.amount()));
    assertTrue(!a.amount().isNegative());
  }

  @Property
  void amountForReturnsExactlyWhatWasPutIn(
      @ForAll("allocationSets") Allocations allocations, @ForAll("allocation") Allocation probe) {
    for (Allocation a : allocations.asList()) {
      assertEquals(Optional.of(a.amount()), allocations.amountFor(a.line(), a.area(), a.year()));
    }
    boolean present =
        allocations.stream().anyMatch(a -> a.key().equals(probe.key()));
    assertEquals(present, allocations.amountFor(probe.line(), probe.area(), probe.year()).isPresent());
    assertEquals(allocations, Allocations.of(allocations.asList()));
  }

  @Property(tries = 200)
  void allocationsForHoldOnePerKey(
      @ForAll @IntRange(min = 1, max = 3) int lineCount,
      @ForAll @IntRange(min = 1, max = 3) int areaCount,
      @ForAll @IntRange(min = 1, max = 3) int yearCount) {
    List<FundingLineId> lines = new ArrayList<>();
    for (int i = 0; i < lineCount; i++) {
      lines.add(FundingLineId.of("line-" + i));
    }
    List<AreaId> areas = new ArrayList<>();
    for (int i = 0; i < areaCount; i++) {
      areas.add(AreaId.of("area-" + i));
    }
    List<FinancialYear> years = FinancialYear.of(2011).through(FinancialYear.of(2010 + yearCount));
    Allocations allocations = FundingArbitraries.allocationsFor(lines, areas, years).sample();
    assertEquals(lineCount * areaCount * yearCount, allocations.size());
    for (FundingLineId line : lines) {
      for (AreaId area : areas) {
        for (FinancialYear year : years) {
          assertTrue(allocations.amountFor(line, area, year).isPresent());
        }
      }
    }
  }

  @Property
  void menuLineIdsAreOnTheMenu(@ForAll("menuIds") FundingLineId id) {
    assertTrue(FundingCatalogue.standard().require(id).onMenu());
  }

  @Property(tries = 300)
  void catalogueSurvivesATripThroughATable(@ForAll("catalogues") FundingCatalogue catalogue) {
    String table = toTable(catalogue);
    FundingCatalogue read = FundingCatalogue.load(new StringReader(table), "generated.tsv");
    assertEquals(catalogue.lines(), read.lines());
    assertEquals(catalogue, FundingCatalogue.of(catalogue.lines()));
  }

  @Property(tries = 1)
  void standardCatalogueSurvivesATripThroughATable() {
    FundingCatalogue standard = FundingCatalogue.standard();
    assertEquals(standard, FundingCatalogue.load(new StringReader(toTable(standard)), "copy.tsv"));
  }

  @Property
  void builderRejectsABlankName(@ForAll("lines") FundingLine line) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> line.toBuilder().name(" ").build());
    assertEquals("name", e.field());
    assertEquals(Optional.of("funding line " + line.id()), e.owner());
  }

  @Property
  void builderRejectsAMenuLineWithoutMenuText(@ForAll("lines") FundingLine line) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> line.toBuilder().onMenu(true).menuText("").build());
    assertEquals("menu text", e.field());
  }

  @Property
  void ringFenceRejectsNoPurposes(@ForAll("fences") RingFence fence) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> RingFence.of(List.of(), fence.source()));
    assertEquals("ring-fence purposes", e.field());
  }

  @Property
  void allocationRejectsANegativeAmount(@ForAll("allocation") Allocation a) {
    Money negative = a.amount().plus(Money.ofPence(1)).negate();
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> Allocation.of(a.line(), a.area(), a.year(), negative));
    assertEquals("amount", e.field());
    assertTrue(e.getMessage().contains(a.line() + " to " + a.area() + " in " + a.year()));
  }

  @Property
  void allocationsRejectARepeatedKey(
      @ForAll("allocationSets") Allocations allocations, @ForAll("allocation") Allocation extra) {
    List<Allocation> list = new ArrayList<>(allocations.asList());
    Allocation repeated =
        list.isEmpty() ? extra : Allocation.of(list.get(0).line(), list.get(0).area(), list.get(0).year(), extra.amount());
    list.add(repeated);
    list.add(repeated);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Allocations.of(list));
    assertEquals("allocation (line, area, year)", e.field());
    assertTrue(e.getMessage().contains(repeated.key()), e::getMessage);
  }

  /** Writes the catalogue as a funding-line table, as an authority would by hand. */
  static String toTable(FundingCatalogue catalogue) {
    StringBuilder out = new StringBuilder("# generated\n");
    out.append(String.join("\t", FundingCatalogue.HEADER_TEXT.split(", "))).append('\t').append(FundingCatalogue.LIFE_SOURCE_COLUMN).append('\n');
    for (FundingLine line : catalogue.lines()) {
      List<String> cells = new ArrayList<>();
      cells.add(line.id().value());
      cells.add(line.name());
      cells.add(line.department().name());
      cells.add(line.holderKind().name());
      cells.add(
          line.ringFence()
              .map(f -> f.purposesInOrder().stream().map(Enum::name).collect(Collectors.joining(",")))
              .orElse("-"));
      cells.add(
          line.ringFence()
              .map(f -> f.source().document().id() + " " + f.source().location())
              .orElse("-"));
      cells.add(line.exists().start().toString());
      cells.add(line.exists().end().map(LocalDate::toString).orElse("-"));
      cells.add(line.onMenu() ? "yes" : "no");
      cells.add(line.source().document().id());
      cells.add(line.source().location());
      cells.add(line.menuText().isEmpty() ? "-" : line.menuText());
      cells.add(line.lifeSource().map(l -> l.document().id() + " " + l.location()).orElse("-"));
      out.append(String.join("\t", cells)).append('\n');
    }
    return out.toString();
  }
}
