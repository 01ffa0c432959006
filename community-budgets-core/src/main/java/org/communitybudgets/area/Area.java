package org.communitybudgets.area;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;
import static org.communitybudgets.internal.Checks.setOf;
import static org.communitybudgets.internal.Checks.uniqueBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A place that can hold a Community Budget: an upper-tier authority, several authorities acting
 * together, or a neighbourhood within an authority.
 *
 * <ul>
 *   <li>an {@linkplain AreaKind#UPPER_TIER_AUTHORITY upper-tier authority} has an authority type,
 *       no constituents and no parent;
 *   <li>a {@linkplain AreaKind#COMBINED_AREA combined area} has at least one constituent
 *       authority, no authority type and no parent;
 *   <li>a {@linkplain AreaKind#NEIGHBOURHOOD neighbourhood} has the upper-tier authority it lies
 *       in as its parent, no authority type and no constituents.
 * </ul>
 *
 * <p>An area can only take part in programmes open to its kind (see {@link
 * AreaProgramme#admits(AreaKind)}). That constituents and parents exist, and are upper-tier
 * authorities, is checked by {@link AreaCatalogue}.
 *
 * @param id the area's identifier
 * @param name the area's name, e.g. {@code Greater Manchester}
 * @param kind what kind of place it is
 * @param authorityType the type of authority; present exactly for an upper-tier authority
 * @param constituents the authorities acting together; not empty exactly for a combined area
 * @param parent the upper-tier authority a neighbourhood lies in; present exactly for a
 *     neighbourhood
 * @param programmes the programmes the area took part in
 */
public record Area(
    AreaId id,
    String name,
    AreaKind kind,
    Optional<AuthorityType> authorityType,
    List<AreaId> constituents,
    Optional<AreaId> parent,
    Set<AreaProgramme> programmes) {

  /** Validates every field against the kind; messages name the area. */
  public Area {
    required(id, "area id");
    String owner = "area " + id;
    name = nonBlank(name, "name", owner);
    required(kind, "kind", owner);
    required(authorityType, "authority type", owner);
    constituents = listOf(required(constituents, "constituents", owner), "constituents");
    required(parent, "parent", owner);
    programmes = setOf(required(programmes, "programmes", owner), "programmes");

    String asKind = inWords(kind);
    boolean upperTier = kind == AreaKind.UPPER_TIER_AUTHORITY;
    check(
        authorityType.isPresent() == upperTier,
        "authority type",
        upperTier ? "given for " + asKind : "absent for " + asKind,
        authorityType.map(Object::toString).orElse("none"),
        owner);

    boolean combined = kind == AreaKind.COMBINED_AREA;
    check(
        constituents.isEmpty() != combined,
        "constituents",
        combined ? "at least one authority for " + asKind : "none for " + asKind,
        constituents,
        owner);
    uniqueBy(constituents, Function.identity(), "constituents", owner);
    check(
        !constituents.contains(id),
        "constituents",
        "other areas than the area itself",
        constituents,
        owner);

    boolean neighbourhood = kind == AreaKind.NEIGHBOURHOOD;
    check(
        parent.isPresent() == neighbourhood,
        "parent",
        neighbourhood ? "given for " + asKind : "absent for " + asKind,
        parent.map(Object::toString).orElse("none"),
        owner);
    check(
        !parent.equals(Optional.of(id)), "parent", "another area than the area itself", id, owner);

    List<AreaProgramme> closed = new ArrayList<>();
    for (AreaProgramme programme : AreaProgramme.values()) {
      if (programmes.contains(programme) && !programme.admits(kind)) {
        closed.add(programme);
      }
    }
    check(closed.isEmpty(), "programmes", "open to " + asKind, closed, owner);
  }

  /** An upper-tier authority of the given type. */
  public static Area upperTier(
      AreaId id, String name, AuthorityType type, Collection<AreaProgramme> programmes) {
    return builder(id, AreaKind.UPPER_TIER_AUTHORITY)
        .name(name)
        .authorityType(type)
        .programmes(programmes)
        .build();
  }

  /** Several authorities acting together. */
  public static Area combined(
      AreaId id, String name, List<AreaId> constituents, Collection<AreaProgramme> programmes) {
    return builder(id, AreaKind.COMBINED_AREA)
        .name(name)
        .constituents(constituents)
        .programmes(programmes)
        .build();
  }

  /** A neighbourhood within the upper-tier authority {@code parent}. */
  public static Area neighbourhood(
      AreaId id, String name, AreaId parent, Collection<AreaProgramme> programmes) {
    return builder(id, AreaKind.NEIGHBOURHOOD)
        .name(name)
        .parent(parent)
        .programmes(programmes)
        .build();
  }

  /** A builder for an area of that kind. */
  public static Builder builder(AreaId id, AreaKind kind) {
    return new Builder(id, kind);
  }

  /** A builder holding this area's fields, to build a changed copy. */
  public Builder toBuilder() {
    return new Builder(id, kind)
        .name(name)
        .authorityType(authorityType)
        .constituents(constituents)
        .parent(parent)
        .programmes(programmes);
  }

  /** True if the area took part in the programme. */
  public boolean isIn(AreaProgramme programme) {
    return programmes.contains(required(programme, "programme"));
  }

  /** The id and the name, e.g. {@code greater-manchester (Greater Manchester)}. */
  @Override
  public String toString() {
    return id + " (" + name + ")";
  }

  private static String inWords(AreaKind kind) {
    return switch (kind) {
      case UPPER_TIER_AUTHORITY -> "an upper-tier authority";
      case COMBINED_AREA -> "a combined area";
      case NEIGHBOURHOOD -> "a neighbourhood";
    };
  }

  /** Collects an area's fields; {@link #build()} validates them as the constructor does. */
  public static final class Builder {
    private final AreaId id;
    private final AreaKind kind;
    private String name;
    private Optional<AuthorityType> authorityType = Optional.empty();
    private List<AreaId> constituents = new ArrayList<>();
    private Optional<AreaId> parent = Optional.empty();
    private Set<AreaProgramme> programmes = new HashSet<>();

    private Builder(AreaId id, AreaKind kind) {
      this.id = id;
      this.kind = kind;
    }

    /** Sets the name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the authority type. */
    public Builder authorityType(AuthorityType type) {
      this.authorityType = Optional.of(required(type, "authority type"));
      return this;
    }

    /** Sets the authority type, or removes it if empty. */
    public Builder authorityType(Optional<AuthorityType> type) {
      this.authorityType = type;
      return this;
    }

    /** Adds a constituent authority. */
    public Builder constituent(AreaId constituent) {
      constituents.add(constituent);
      return this;
    }

    /** Replaces the constituent authorities. */
    public Builder constituents(Collection<AreaId> constituents) {
      this.constituents = new ArrayList<>(required(constituents, "constituents"));
      return this;
    }

    /** Sets the parent authority. */
    public Builder parent(AreaId parent) {
      this.parent = Optional.of(required(parent, "parent"));
      return this;
    }

    /** Sets the parent authority, or removes it if empty. */
    public Builder parent(Optional<AreaId> parent) {
      this.parent = parent;
      return this;
    }

    /** Adds a programme. */
    public Builder programme(AreaProgramme programme) {
      programmes.add(programme);
      return this;
    }

    /** Replaces the programmes. */
    public Builder programmes(Collection<AreaProgramme> programmes) {
      this.programmes = new HashSet<>(required(programmes, "programmes"));
      return this;
    }

    /**
     * The area.
     *
     * @throws org.communitybudgets.InvalidValueException if a field breaks a rule
     * @throws NullPointerException if a field is missing
     */
    public Area build() {
      return new Area(id, name, kind, authorityType, constituents, parent, programmes);
    }
  }
}
