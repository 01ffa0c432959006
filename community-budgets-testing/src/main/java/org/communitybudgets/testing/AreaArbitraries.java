package org.communitybudgets.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.communitybudgets.area.Area;
import org.communitybudgets.area.AreaCatalogue;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.area.AreaKind;
import org.communitybudgets.area.AreaProgramme;
import org.communitybudgets.area.AuthorityType;

/**
 * Generators of areas and area catalogues, valid by construction. Generated names are single
 * lines without tabs or commas, so every generated area can be written to an area table and read
 * back.
 */
public final class AreaArbitraries {
  private AreaArbitraries() {}

  /** Area ids of one to three lower-case words or digits joined by hyphens. */
  public static Arbitrary<AreaId> areaIds() {
    return FundingArbitraries.slugs().map(AreaId::of);
  }

  /** Upper-tier authorities of every type, in the programmes open to them or none. */
  public static Arbitrary<Area> upperTierAuthorities() {
    return Combinators.combine(
            areaIds(), names(), Arbitraries.of(AuthorityType.class), programmes(AreaKind.UPPER_TIER_AUTHORITY))
        .as(Area::upperTier);
  }

  /** Combined areas of one to five constituents. */
  public static Arbitrary<Area> combinedAreas() {
    return Combinators.combine(
            areaIds(),
            names(),
            areaIds().list().ofMinSize(1).ofMaxSize(5).uniqueElements(),
            programmes(AreaKind.COMBINED_AREA))
        .as(Tuple::of)
        .filter(t -> !t.get3().contains(t.get1()))
        .map(t -> Area.combined(t.get1(), t.get2(), t.get3(), t.get4()));
  }

  /** Neighbourhoods, in the neighbourhood pilots or not. */
  public static Arbitrary<Area> neighbourhoods() {
    return Combinators.combine(areaIds(), names(), areaIds(), programmes(AreaKind.NEIGHBOURHOOD))
        .as(Tuple::of)
        .filter(t -> !t.get3().equals(t.get1()))
        .map(t -> Area.neighbourhood(t.get1(), t.get2(), t.get3(), t.get4()));
  }

  /** Areas of every kind. */
  public static Arbitrary<Area> areas() {
    return Arbitraries.oneOf(upperTierAuthorities(), combinedAreas(), neighbourhoods());
  }

  /** Areas of the standard catalogue. */
  public static Arbitrary<Area> standardAreas() {
    return Arbitraries.of(AreaCatalogue.standard().areas());
  }

  /** The 16 first-phase Community Budget areas of the standard catalogue. */
  public static Arbitrary<Area> firstPhaseAreas() {
    return Arbitraries.of(AreaCatalogue.standard().in(AreaProgramme.FIRST_PHASE_COMMUNITY_BUDGETS));
  }

  /** Ids of the standard catalogue's areas. */
  public static Arbitrary<AreaId> standardAreaIds() {
    return standardAreas().map(Area::id);
  }

  /**
   * Self-contained catalogues: one to six upper-tier authorities, up to two combined areas made
   * of them and up to four neighbourhoods within them.
   */
  public static Arbitrary<AreaCatalogue> catalogues() {
    return upperTierAuthorities()
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .uniqueElements(Area::id)
        .flatMap(
            authorities -> {
              List<AreaId> ids = authorities.stream().map(Area::id).toList();
              Arbitrary<AreaId> newIds = areaIds().filter(id -> !ids.contains(id));
              Arbitrary<Area> combined =
                  Combinators.combine(
                          newIds,
                          names(),
                          Arbitraries.subsetOf(ids).ofMinSize(1).map(List::copyOf),
                          programmes(AreaKind.COMBINED_AREA))
                      .as(Area::combined);
              Arbitrary<Area> neighbourhood =
                  Combinators.combine(
                          newIds, names(), Arbitraries.of(ids), programmes(AreaKind.NEIGHBOURHOOD))
                      .as(Area::neighbourhood);
              return Combinators.combine(
                      combined.list().ofMaxSize(2), neighbourhood.list().ofMaxSize(4))
                  .as(
                      (c, n) -> {
                        List<Area> all = new ArrayList<>(authorities);
                        all.addAll(c);
                        all.addAll(n);
                        return all;
                      });
            })
        .filter(AreaArbitraries::uniqueIds)
        .map(AreaCatalogue::of);
  }

  private static boolean uniqueIds(List<Area> areas) {
    Set<AreaId> seen = new HashSet<>();
    return areas.stream().allMatch(a -> seen.add(a.id()));
  }

  private static Arbitrary<Set<AreaProgramme>> programmes(AreaKind kind) {
    List<AreaProgramme> open =
        Arrays.stream(AreaProgramme.values()).filter(p -> p.admits(kind)).toList();
    return Arbitraries.subsetOf(open);
  }

  private static Arbitrary<String> names() {
    return FundingArbitraries.texts(4);
  }
}
