package org.communitybudgets.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.funding.Allocation;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.funding.Department;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.funding.FundingLine;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.funding.RingFence;
import org.communitybudgets.money.Money;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;

/**
 * Generators of funding lines, ring-fences, allocations and funding catalogues, valid by
 * construction. Generated texts are single lines without tabs, so every generated line can be
 * written to a funding-line table and read back.
 */
public final class FundingArbitraries {
  private FundingArbitraries() {}

  /** Funding line ids of one to three lower-case words or digits joined by hyphens. */
  public static Arbitrary<FundingLineId> fundingLineIds() {
    return slugs().map(FundingLineId::of);
  }

  /** Ring-fences to one to three purposes, with a source. */
  public static Arbitrary<RingFence> ringFences() {
    return Combinators.combine(
            Arbitraries.of(Purpose.class).set().ofMinSize(1).ofMaxSize(3), policySources())
        .as(RingFence::new);
  }

  /**
   * Funding lines of any department: about a third ring-fenced, about half open-ended, on the menu
   * or not (off-menu lines sometimes without menu text).
   */
  public static Arbitrary<FundingLine> fundingLines() {
    return fundingLines(Arbitraries.of(Department.class), ringFences().optional(0.35));
  }

  /** Funding lines funded by the department. */
  public static Arbitrary<FundingLine> fundingLines(Department department) {
    return fundingLines(Arbitraries.just(department), ringFences().optional(0.35));
  }

  /** Funding lines that are ring-fenced. */
  public static Arbitrary<FundingLine> ringFencedLines() {
    return fundingLines(Arbitraries.of(Department.class), ringFences().map(Optional::of));
  }

  /** Funding lines that are not ring-fenced. */
  public static Arbitrary<FundingLine> unRingFencedLines() {
    return fundingLines(Arbitraries.of(Department.class), Arbitraries.just(Optional.empty()));
  }

  private static Arbitrary<FundingLine> fundingLines(
      Arbitrary<Department> departments, Arbitrary<Optional<RingFence>> fences) {
    Arbitrary<Tuple.Tuple6<FundingLineId, String, Department, HolderKind, Optional<RingFence>, DateRange>>
        heads =
            Combinators.combine(
                    fundingLineIds(),
                    texts(4),
                    departments,
                    Arbitraries.of(HolderKind.class),
                    fences,
                    existence())
                .as(Tuple::of);
    return Combinators.combine(
            heads,
            Arbitraries.of(true, false),
            policySources(),
            texts(12),
            Arbitraries.of(true, false),
            policySources().optional(0.3))
        .as(
            (head, onMenu, source, text, withText, lifeSource) ->
                FundingLine.builder(head.get1())
                    .name(head.get2())
                    .department(head.get3())
                    .holderKind(head.get4())
                    .ringFence(head.get5())
                    .exists(head.get6())
                    .onMenu(onMenu)
                    .source(source)
                    .menuText(onMenu || withText ? text : "")
                    .lifeSource(lifeSource)
                    .build());
  }

  /** Lines of the standard catalogue. */
  public static Arbitrary<FundingLine> standardLines() {
    return Arbitraries.of(FundingCatalogue.standard().lines());
  }

  /** Ids of the standard catalogue's lines that are on the departmental menu. */
  public static Arbitrary<FundingLineId> menuLineIds() {
    return Arbitraries.of(
        FundingCatalogue.standard().menuLines().stream().map(FundingLine::id).toList());
  }

  /** Catalogues of up to {@code maxLines} generated lines with unique ids. */
  public static Arbitrary<FundingCatalogue> catalogues(int maxLines) {
    return fundingLines()
        .list()
        .ofMaxSize(maxLines)
        .uniqueElements(FundingLine::id)
        .map(FundingCatalogue::of);
  }

  /** Catalogues of up to eight generated lines. */
  public static Arbitrary<FundingCatalogue> catalogues() {
    return catalogues(8);
  }

  /** Allocations of generated lines to generated areas in 2010-11 to 2019-20. */
  public static Arbitrary<Allocation> allocations() {
    return Combinators.combine(
            fundingLineIds(),
            AreaArbitraries.areaIds(),
            TimeArbitraries.programmeYears(),
            MoneyArbitraries.wholePounds(0, 100_000_000))
        .as(Allocation::new);
  }

  /** Sets of up to 20 allocations with distinct keys. */
  public static Arbitrary<Allocations> allocationSets() {
    return allocations()
        .list()
        .ofMaxSize(20)
        .uniqueElements(Allocation::key)
        .map(Allocations::of);
  }

  /**
   * Sets holding exactly one allocation for every combination of the lines, areas and years
   * given, with amounts from nothing to £100 million.
   */
  public static Arbitrary<Allocations> allocationsFor(
      List<FundingLineId> lines, List<AreaId> areas, List<FinancialYear> years) {
    List<Allocation> keys = new ArrayList<>();
    for (FundingLineId line : List.copyOf(lines)) {
      for (AreaId area : List.copyOf(areas)) {
        for (FinancialYear year : List.copyOf(years)) {
          keys.add(Allocation.of(line, area, year, Money.ZERO));
        }
      }
    }
    return MoneyArbitraries.amountsBetween(
            Money.ZERO,
            Money.ofPounds(100_000_000))
        .list()
        .ofSize(keys.size())
        .map(
            amounts -> {
              List<Allocation> result = new ArrayList<>();
              for (int i = 0; i < keys.size(); i++) {
                Allocation key = keys.get(i);
                result.add(Allocation.of(key.line(), key.area(), key.year(), amounts.get(i)));
              }
              return Allocations.of(result);
            });
  }

  /** Date ranges a line might exist for: from 2010 to 2020, about half open-ended. */
  static Arbitrary<DateRange> existence() {
    return Arbitraries.oneOf(
        TimeArbitraries.boundedRanges(5 * 365),
        TimeArbitraries.datesBetween(LocalDate.of(2010, 4, 1), LocalDate.of(2015, 4, 1))
            .map(DateRange::from));
  }

  /** Policy sources in any document, at a paragraph or a menu row. */
  static Arbitrary<PolicySource> policySources() {
    Arbitrary<String> paragraphs = Arbitraries.integers().between(1, 40).map(n -> "§" + n);
    Arbitrary<String> rows =
        Combinators.combine(
                Arbitraries.of(Department.class), Arbitraries.integers().between(1, 4))
            .as((d, n) -> "menu, " + d.abbreviation() + ", row " + n);
    return Combinators.combine(Arbitraries.of(PolicyDocument.standard()), Arbitraries.oneOf(paragraphs, rows))
        .as(PolicySource::new);
  }

  /** Lower-case words joined by hyphens. */
  static Arbitrary<String> slugs() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('0', '9')
        .ofMinLength(1)
        .ofMaxLength(8)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(words -> String.join("-", words));
  }

  /** Texts of one to {@code maxWords} words of letters, digits and some punctuation. */
  static Arbitrary<String> texts(int maxWords) {
    Arbitrary<String> words =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withChars('é', '£', '§', '\'', '&')
            .ofMinLength(1)
            .ofMaxLength(10);
    return words.list().ofMinSize(1).ofMaxSize(maxWords).map(w -> String.join(" ", w));
  }
}
