package org.communitybudgets.area;

import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.required;
import static org.communitybudgets.internal.Checks.uniqueBy;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.Reader;
import java.io.UncheckedIOException;
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

/**
 * An immutable set of areas with unique ids, in the order they were given, in which every
 * constituent of a combined area and every parent of a neighbourhood is an upper-tier authority
 * of the same catalogue.
 *
 * <p>{@link #standard()} holds the 16 first-phase Community Budget areas (Offer §1; listed in
 * Public Finance 2011), the four Whole-Place pilots (Evidence CB00, note [2]) and the neighbourhoods of
 * the Neighbourhood Community Budget pilots (Evidence CB00, note [5]), with the authorities they
 * are made of or lie in. Further areas can be read from a tab-separated table with {@link
 * #withAreasFrom(Reader, String)}; the table has the columns {@value #HEADER_TEXT}
 * (tab-separated), {@code #} comment lines, and one line per area: the {@link AreaId}, the name,
 * the {@link AreaKind} constant, the {@link AuthorityType} constant or {@code -}, the constituent
 * ids as a comma-separated list or {@code -}, the parent id or {@code -}, and the {@link
 * AreaProgramme} constants as a comma-separated list or {@code -}.
 */
public final class AreaCatalogue {
  /** The columns of an area table, tab-separated, in order. */
  public static final String HEADER_TEXT =
      "id, name, kind, authority type, constituents, parent, programmes";

  /** The name of the resource holding the standard catalogue, beside this class. */
  public static final String STANDARD_RESOURCE = "standard-areas.tsv";

  static final List<String> COLUMNS = List.of(HEADER_TEXT.split(", "));

  private static final AreaCatalogue EMPTY = new AreaCatalogue(new LinkedHashMap<>());
  private static final Supplier<AreaCatalogue> STANDARD =
      Suppliers.memoize(() -> TsvReader.readResource(AreaCatalogue.class, STANDARD_RESOURCE, AreaCatalogue::load));

  private final Map<AreaId, Area> areas;

  private AreaCatalogue(LinkedHashMap<AreaId, Area> areas) {
    this.areas = areas;
  }

  /**
   * The standard catalogue, read once from {@value #STANDARD_RESOURCE} on first use and shared.
   *
   * @throws IllegalStateException if the resource is missing
   */
  public static AreaCatalogue standard() {
    return STANDARD.get();
  }


  /** No areas. */
  public static AreaCatalogue empty() {
    return EMPTY;
  }

  /**
   * The areas given, in order.
   *
   * @throws InvalidValueException if two areas share an id, or a constituent or parent is not an
   *     upper-tier authority among them; the message names the area
   */
  public static AreaCatalogue of(Collection<Area> areas) {
    List<Area> list = listOf(areas, "areas");
    uniqueBy(list, Area::id, "area id");
    LinkedHashMap<AreaId, Area> map = new LinkedHashMap<>();
    list.forEach(a -> map.put(a.id(), a));
    for (Area area : list) {
      badReference(map, area)
          .ifPresent(
              bad -> {
                throw new InvalidValueException(
                    bad.column, bad.requirement, bad.value, "area " + area.id());
              });
    }
    return new AreaCatalogue(map);
  }

  /**
   * The areas of an area table (see the class description); every constituent and parent must be
   * in the same table.
   *
   * @param reader the table; read to its end but not closed
   * @param sourceName the table's name, used in error messages
   * @throws IllegalArgumentException naming the source, line number and column of the first bad
   *     cell or row
   * @throws UncheckedIOException if the table cannot be read
   */
  public static AreaCatalogue load(Reader reader, String sourceName) {
    return EMPTY.withAreasFrom(reader, sourceName);
  }

  /**
   * This catalogue plus the areas of an area table (see the class description), whose ids must be
   * new and whose constituents and parents may be in this catalogue or in the table.
   *
   * @param reader the table; read to its end but not closed
   * @param sourceName the table's name, used in error messages
   * @throws IllegalArgumentException naming the source, line number and column of the first bad
   *     cell or row, or of an id already in use
   * @throws UncheckedIOException if the table cannot be read
   */
  public AreaCatalogue withAreasFrom(Reader reader, String sourceName) {
    LinkedHashMap<AreaId, Area> map = new LinkedHashMap<>(areas);
    Map<AreaId, Integer> lineNumbers = new HashMap<>();
    Map<AreaId, TsvReader.Row> rows = new LinkedHashMap<>();
    for (TsvReader.Row row : TsvReader.read(reader, sourceName, COLUMNS)) {
      Area area = parse(row);
      if (map.containsKey(area.id())) {
        Integer first = lineNumbers.get(area.id());
        throw row.error(
            "id",
            "unique ("
                + (first == null ? "already in the catalogue" : "also on line " + first)
                + ")",
            area.id().value());
      }
      map.put(area.id(), area);
      lineNumbers.put(area.id(), row.lineNumber());
      rows.put(area.id(), row);
    }
    for (Map.Entry<AreaId, TsvReader.Row> entry : rows.entrySet()) {
      TsvReader.Row row = entry.getValue();
      badReference(map, map.get(entry.getKey()))
          .ifPresent(
              bad -> {
                throw row.error(bad.column, bad.requirement, bad.value);
              });
    }
    return new AreaCatalogue(map);
  }

  /**
   * This catalogue plus the areas given, whose constituents and parents may be in either.
   *
   * @throws InvalidValueException if an id is repeated or a reference is not an upper-tier
   *     authority of the result
   */
  public AreaCatalogue plus(Collection<Area> more) {
    List<Area> all = new ArrayList<>(areas.values());
    all.addAll(listOf(more, "areas"));
    return of(all);
  }

  private static Area parse(TsvReader.Row row) {
    AreaId id = row.parse("id", AreaId::of);
    AreaKind kind = row.enumValue("kind", AreaKind.class);
    Optional<String> type = row.optional("authority type");
    Optional<AuthorityType> authorityType =
        type.isEmpty()
            ? Optional.empty()
            : Optional.of(row.enumValue("authority type", AuthorityType.class));
    List<AreaId> constituents = new ArrayList<>();
    for (String item : row.list("constituents")) {
      constituents.add(AreaId.of(checkedId(row, "constituents", item)));
    }
    Optional<AreaId> parent = row.optional("parent", AreaId::of);
    try {
      return Area.builder(id, kind)
          .name(row.required("name"))
          .authorityType(authorityType)
          .constituents(constituents)
          .parent(parent)
          .programmes(row.enumList("programmes", AreaProgramme.class))
          .build();
    } catch (InvalidValueException | NullPointerException e) {
      throw row.error(e);
    }
  }

  private static String checkedId(TsvReader.Row row, String column, String item) {
    try {
      return AreaId.of(item).value();
    } catch (InvalidValueException e) {
      throw row.error(
          column,
          "a comma-separated list of area ids (" + e.requirement() + ")",
          row.text(column));
    }
  }

  private record BadReference(String column, String requirement, String value) {}

  private static Optional<BadReference> badReference(Map<AreaId, Area> all, Area area) {
    for (AreaId constituent : area.constituents()) {
      if (!isUpperTier(all, constituent)) {
        return Optional.of(
            new BadReference(
                "constituents", "upper-tier authorities in the catalogue", constituent.value()));
      }
    }
    if (area.parent().isPresent() && !isUpperTier(all, area.parent().get())) {
      return Optional.of(
          new BadReference(
              "parent", "an upper-tier authority in the catalogue", area.parent().get().value()));
    }
    return Optional.empty();
  }

  private static boolean isUpperTier(Map<AreaId, Area> all, AreaId id) {
    Area area = all.get(id);
    return area != null && area.kind() == AreaKind.UPPER_TIER_AUTHORITY;
  }

  /** The area with the id, if there is one. */
  public Optional<Area> area(AreaId id) {
    return Optional.ofNullable(areas.get(required(id, "area id")));
  }

  /**
   * The area with the id.
   *
   * @throws NoSuchElementException naming the id if there is no such area
   */
  public Area require(AreaId id) {
    return area(id)
        .orElseThrow(() -> new NoSuchElementException("no area '" + id + "' in the catalogue"));
  }

  /** Every area, in the order given. */
  public List<Area> areas() {
    return List.copyOf(areas.values());
  }

  /** The areas that took part in the programme, in the order given. */
  public List<Area> in(AreaProgramme programme) {
    required(programme, "programme");
    return areas.values().stream().filter(a -> a.isIn(programme)).toList();
  }

  /**
   * The authorities that make up the area, in the area's order; none unless it is a combined
   * area.
   *
   * @throws NoSuchElementException if there is no such area
   */
  public List<Area> constituentsOf(AreaId id) {
    return require(id).constituents().stream().map(areas::get).toList();
  }

  /**
   * The neighbourhoods whose parent is the area, in the order given.
   *
   * @throws NoSuchElementException if there is no such area
   */
  public List<Area> neighbourhoodsOf(AreaId id) {
    require(id);
    return areas.values().stream().filter(a -> a.parent().equals(Optional.of(id))).toList();
  }

  /** How many areas there are. */
  public int size() {
    return areas.size();
  }

  /** Two catalogues are equal if they hold equal areas in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof AreaCatalogue other && areas().equals(other.areas());
  }

  @Override
  public int hashCode() {
    return areas().hashCode();
  }

  /** The ids of the areas, e.g. {@code AreaCatalogue[essex, kent]}. */
  @Override
  public String toString() {
    return "AreaCatalogue" + areas.keySet();
  }
}
