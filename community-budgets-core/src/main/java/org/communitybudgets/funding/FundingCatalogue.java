package org.communitybudgets.funding;

import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.required;
import static org.communitybudgets.internal.Checks.uniqueBy;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.internal.TsvReader;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;

/**
 * An immutable set of funding lines with unique ids, in the order they were given.
 *
 * <p>{@link #standard()} holds every line of the departmental menu (Offer, annex), the simplified
 * school grants and the Troubled Families payment-by-results funding, which are not on it. An authority
 * can ship further lines of its own as a tab-separated table and add them with {@link
 * #withLinesFrom(Reader, String)}; the table has the columns {@value #HEADER_TEXT} (tab-separated),
 * {@code #} comment lines, and one line per funding line:
 *
 * <ul>
 *   <li>{@code id}: a {@link FundingLineId};
 *   <li>{@code department}, {@code holder kind}: the name of a {@link Department} or {@link
 *       HolderKind} constant, e.g. {@code HOME_OFFICE};
 *   <li>{@code ring-fence purposes}: a comma-separated list of {@link Purpose} constants, or
 *       {@code -} for a line that is not ring-fenced; {@code ring-fence source}: the {@link
 *       PolicyDocument} constant, a space and the location, e.g. {@code OFFER §3}, or {@code -};
 *   <li>{@code exists from}, {@code exists until}: dates like {@code 2011-04-01}; {@code -} for
 *       no end;
 *   <li>{@code on menu}: {@code yes} or {@code no};
 *   <li>{@code source document}, {@code source location}: the line's {@link PolicySource};
 *   <li>{@code menu text}: the menu's words, or {@code -} for none;
 *   <li>{@code life source}, which a table may leave out: where the line's dates are stated, as
 *       the ring-fence source is written, e.g. {@code POLICE_GRANT_REPORT_2013 table 3}, or {@code
 *       -} when the line's source states them.
 * </ul>
 */
public final class FundingCatalogue {
  /** The columns of a funding-line table, tab-separated, in order. */
  public static final String HEADER_TEXT =
      "id, name, department, holder kind, ring-fence purposes, ring-fence source, exists from,"
          + " exists until, on menu, source document, source location, menu text";

  /** The name of the resource holding the standard catalogue, beside this class. */
  public static final String STANDARD_RESOURCE = "standard-funding-lines.tsv";

  static final List<String> COLUMNS = List.of(HEADER_TEXT.split(", "));

  /** The column after {@link #HEADER_TEXT} that a table may leave out. */
  public static final String LIFE_SOURCE_COLUMN = "life source";

  private static final FundingCatalogue EMPTY = new FundingCatalogue(new LinkedHashMap<>());
  private static final Supplier<FundingCatalogue> STANDARD =
      Suppliers.memoize(() -> TsvReader.readResource(FundingCatalogue.class, STANDARD_RESOURCE, FundingCatalogue::load));

  private final Map<FundingLineId, FundingLine> lines;

  private FundingCatalogue(LinkedHashMap<FundingLineId, FundingLine> lines) {
    this.lines = lines;
  }

  /**
   * The standard catalogue, read once from {@value #STANDARD_RESOURCE} on first use and shared.
   *
   * @throws IllegalStateException if the resource is missing or cannot be read
   */
  public static FundingCatalogue standard() {
    return STANDARD.get();
  }


  /** No lines. */
  public static FundingCatalogue empty() {
    return EMPTY;
  }

  /**
   * The lines given, in order.
   *
   * @throws InvalidValueException if two lines share an id
   */
  public static FundingCatalogue of(Collection<FundingLine> lines) {
    List<FundingLine> list = listOf(lines, "funding lines");
    uniqueBy(list, FundingLine::id, "funding line id");
    LinkedHashMap<FundingLineId, FundingLine> map = new LinkedHashMap<>();
    list.forEach(line -> map.put(line.id(), line));
    return new FundingCatalogue(map);
  }

  /**
   * The lines of a funding-line table (see the class description).
   *
   * @param reader the table; read to its end but not closed
   * @param sourceName the table's name, used in error messages
   * @throws IllegalArgumentException naming the source, line number and column of the first bad
   *     cell or row
   * @throws UncheckedIOException if the table cannot be read
   */
  public static FundingCatalogue load(Reader reader, String sourceName) {
    return EMPTY.withLinesFrom(reader, sourceName);
  }

  /**
   * This catalogue plus the lines of a funding-line table (see the class description), whose ids
   * must be new.
   *
   * @param reader the table; read to its end but not closed
   * @param sourceName the table's name, used in error messages
   * @throws IllegalArgumentException naming the source, line number and column of the first bad
   *     cell or row, or of an id already in use
   * @throws UncheckedIOException if the table cannot be read
   */
  public FundingCatalogue withLinesFrom(Reader reader, String sourceName) {
    LinkedHashMap<FundingLineId, FundingLine> map = new LinkedHashMap<>(lines);
    Map<FundingLineId, Integer> lineNumbers = new HashMap<>();
    for (TsvReader.Row row : TsvReader.read(reader, sourceName, COLUMNS, List.of(LIFE_SOURCE_COLUMN))) {
      FundingLine line = parse(row);
      if (map.containsKey(line.id())) {
        Integer first = lineNumbers.get(line.id());
        throw row.error(
            "id",
            "unique ("
                + (first == null ? "already in the catalogue" : "also on line " + first)
                + ")",
            line.id().value());
      }
      map.put(line.id(), line);
      lineNumbers.put(line.id(), row.lineNumber());
    }
    return new FundingCatalogue(map);
  }

  /**
   * This catalogue plus the other's lines.
   *
   * @throws InvalidValueException if the two share an id
   */
  public FundingCatalogue plus(FundingCatalogue other) {
    List<FundingLine> all = new ArrayList<>(lines.values());
    all.addAll(required(other, "funding catalogue").lines.values());
    return of(all);
  }

  private static FundingLine parse(TsvReader.Row row) {
    FundingLineId id = row.parse("id", FundingLineId::of);
    List<Purpose> purposes = row.enumList("ring-fence purposes", Purpose.class);
    Optional<PolicySource> fenceSource =
        row.optional("ring-fence source", FundingCatalogue::source);
    if (purposes.isEmpty() != fenceSource.isEmpty()) {
      throw row.error(
          "ring-fence source",
          "given exactly when ring-fence purposes are",
          row.text("ring-fence source"));
    }
    Optional<RingFence> ringFence =
        purposes.isEmpty()
            ? Optional.empty()
            : Optional.of(RingFence.of(purposes, fenceSource.get()));
    LocalDate from = row.parse("exists from", TsvReader::date);
    Optional<LocalDate> until = row.optional("exists until", TsvReader::date);
    if (until.isPresent() && until.get().isBefore(from)) {
      throw row.error("exists until", "on or after exists from, " + from, row.text("exists until"));
    }
    PolicyDocument document = row.parse("source document", TsvReader::standardDocument);
    String location = row.required("source location");
    try {
      return FundingLine.builder(id)
          .name(row.required("name"))
          .department(row.enumValue("department", Department.class))
          .holderKind(row.enumValue("holder kind", HolderKind.class))
          .ringFence(ringFence)
          .exists(new DateRange(from, until))
          .onMenu(row.yesNo("on menu"))
          .source(new PolicySource(document, location))
          .menuText(row.optional("menu text").orElse(""))
          .lifeSource(row.optional(LIFE_SOURCE_COLUMN, FundingCatalogue::source))
          .build();
    } catch (InvalidValueException | NullPointerException e) {
      throw row.error(e);
    }
  }



  private static PolicySource source(String cell) {
    int space = cell.indexOf(' ');
    if (space < 0) {
      throw new TsvReader.CellException(
          "a document constant, a space and a location, like OFFER §3");
    }
    String name = cell.substring(0, space);
    return PolicyDocument.standard(name)
        .map(document -> new PolicySource(document, cell.substring(space + 1)))
        .orElseThrow(() -> new TsvReader.CellException(
        "a document constant, a space and a location, like OFFER §3"));
  }

  /** The line with the id, if there is one. */
  public Optional<FundingLine> line(FundingLineId id) {
    return Optional.ofNullable(lines.get(required(id, "funding line id")));
  }

  /**
   * The line with the id.
   *
   * @throws NoSuchElementException naming the id if there is no such line
   */
  public FundingLine require(FundingLineId id) {
    return line(id)
        .orElseThrow(
            () -> new NoSuchElementException("no funding line '" + id + "' in the catalogue"));
  }

  /** Every line, in the order given. */
  public List<FundingLine> lines() {
    return List.copyOf(lines.values());
  }

  /** The lines the department funds, in the order given. */
  public List<FundingLine> byDepartment(Department department) {
    required(department, "department");
    return lines.values().stream().filter(l -> l.department() == department).toList();
  }

  /** The lines the departmental menu names, in the order given. */
  public List<FundingLine> menuLines() {
    return lines.values().stream().filter(FundingLine::onMenu).toList();
  }

  /** How many lines there are. */
  public int size() {
    return lines.size();
  }

  /** Two catalogues are equal if they hold equal lines in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FundingCatalogue other && lines().equals(other.lines());
  }

  @Override
  public int hashCode() {
    return lines().hashCode();
  }

  /** The ids of the lines, e.g. {@code FundingCatalogue[yot-grant, pct-funding]}. */
  @Override
  public String toString() {
    return "FundingCatalogue" + lines.keySet();
  }
}
