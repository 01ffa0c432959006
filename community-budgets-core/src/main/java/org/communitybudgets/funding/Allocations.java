package org.communitybudgets.funding;

import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.required;
import static org.communitybudgets.internal.Checks.uniqueBy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.FinancialYear;

/**
 * A set of allocations with at most one for each funding line, area and financial year.
 * Immutable; iteration follows the order the allocations were given in. Two sets are equal if they
 * hold the same allocations, in any order.
 */
public final class Allocations {
  private static final Allocations EMPTY = new Allocations(List.of());

  private final Map<Key, Allocation> byKey;

  private Allocations(List<Allocation> allocations) {
    Map<Key, Allocation> map = new LinkedHashMap<>();
    for (Allocation a : allocations) {
      map.put(new Key(a.line(), a.area(), a.year()), a);
    }
    this.byKey = map;
  }

  /**
   * The allocations given.
   *
   * @throws org.communitybudgets.InvalidValueException if two share a line, area and year; the
   *     message names the repeated key
   * @throws NullPointerException if the collection or an allocation is null
   */
  public static Allocations of(Collection<Allocation> allocations) {
    List<Allocation> list = listOf(allocations, "allocations");
    uniqueBy(list, Allocation::key, "allocation (line, area, year)");
    return new Allocations(list);
  }

  /** No allocations. */
  public static Allocations empty() {
    return EMPTY;
  }

  /** The amount allocated of the line to the area in the year, if there is an allocation. */
  public Optional<Money> amountFor(FundingLineId line, AreaId area, FinancialYear year) {
    Key key =
        new Key(
            required(line, "funding line"),
            required(area, "area"),
            required(year, "financial year"));
    return Optional.ofNullable(byKey.get(key)).map(Allocation::amount);
  }

  /** The allocations to the area. */
  public Allocations forArea(AreaId area) {
    required(area, "area");
    return new Allocations(stream().filter(a -> a.area().equals(area)).toList());
  }

  /** The allocations, in the order given. */
  public Stream<Allocation> stream() {
    return byKey.values().stream();
  }

  /** The allocations as an unmodifiable list, in the order given. */
  public List<Allocation> asList() {
    return List.copyOf(byKey.values());
  }

  /** How many allocations there are. */
  public int size() {
    return byKey.size();
  }

  /** True if there are none. */
  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  /** The sum of the amounts; zero if there are none. */
  public Money total() {
    return Money.sum(stream().map(Allocation::amount).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Allocations other && byKey.equals(other.byKey);
  }

  @Override
  public int hashCode() {
    return byKey.hashCode();
  }

  /** The allocations, e.g. {@code Allocations[yot-grant, birmingham, 2012-13: £1,000.00]}. */
  @Override
  public String toString() {
    return "Allocations" + byKey.values();
  }

  private record Key(FundingLineId line, AreaId area, FinancialYear year) {}
}
