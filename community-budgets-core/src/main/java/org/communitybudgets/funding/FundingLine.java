package org.communitybudgets.funding;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;

/**
 * One named stream of money from a department to a kind of local budget holder, such as the
 * Youth Offending Team grant (MoJ to YOTs). Lines named in the departmental menu (Offer, annex)
 * are the ones the departments considered most suitable for pooling or alignment; the menu is not
 * exhaustive and other lines may be proposed locally (Offer §8).
 *
 * <p>The line carries the menu's own words for its condition in {@link #menuText()}, for display.
 * The conditions themselves are decided by the rules module, not here.
 *
 * @param id the line's identifier
 * @param name the line's name, e.g. {@code Youth Offending Team grant}
 * @param department the department that funds it
 * @param holderKind the kind of local body that holds it and stays accountable for it
 * @param ringFence the purposes it is ring-fenced to, if it is ring-fenced
 * @param exists the days the line exists; open-ended if no end is stated
 * @param onMenu true if the departmental menu names the line
 * @param source where the line is set out
 * @param menuText the menu's words for the line's condition, verbatim or closely quoted; empty
 *     only for a line that is not on the menu
 * @param lifeSource where the line's dates are stated, when not in {@code source} (the menu names
 *     most lines without dates); a refusal for a year outside the line's life cites it
 */
public record FundingLine(
    FundingLineId id,
    String name,
    Department department,
    HolderKind holderKind,
    Optional<RingFence> ringFence,
    DateRange exists,
    boolean onMenu,
    PolicySource source,
    String menuText,
    Optional<PolicySource> lifeSource) {

  /** Validates every field; messages name the line. */
  public FundingLine {
    required(id, "funding line id");
    String owner = "funding line " + id;
    name = nonBlank(name, "name", owner);
    required(department, "department", owner);
    required(holderKind, "holder kind", owner);
    required(ringFence, "ring-fence", owner);
    required(exists, "existence dates", owner);
    required(source, "source", owner);
    menuText = required(menuText, "menu text", owner).strip();
    required(lifeSource, "life source", owner);
    check(
        !onMenu || !menuText.isEmpty(),
        "menu text",
        "non-blank for a line on the menu",
        "\"\"",
        owner);
  }

  /** A builder for a line with this id; every other field but the ring-fence must be set. */
  public static Builder builder(FundingLineId id) {
    return new Builder(id);
  }

  /** A builder holding this line's fields, to build a changed copy. */
  public Builder toBuilder() {
    return new Builder(id)
        .name(name)
        .department(department)
        .holderKind(holderKind)
        .ringFence(ringFence)
        .exists(exists)
        .onMenu(onMenu)
        .source(source)
        .menuText(menuText)
        .lifeSource(lifeSource);
  }

  /** Where the line's dates are stated: its life source, or its source if it has none. */
  public PolicySource lifeCitation() {
    return lifeSource.orElse(source);
  }

  /** True if the line may only be spent on the purposes of its ring-fence. */
  public boolean isRingFenced() {
    return ringFence.isPresent();
  }

  /** True if the line exists on the day. */
  public boolean existsOn(LocalDate day) {
    return exists.contains(required(day, "date"));
  }

  /** True if the line exists on at least one day of the financial year. */
  public boolean existsIn(FinancialYear year) {
    return exists.overlaps(required(year, "financial year").dates());
  }

  /**
   * True if the line may be spent on the purpose: it is not ring-fenced, or its ring-fence admits
   * the purpose.
   */
  public boolean permits(Purpose purpose) {
    required(purpose, "purpose");
    return ringFence.map(fence -> fence.permits(purpose)).orElse(true);
  }

  /** The id and the name, e.g. {@code yot-grant (Youth Offending Team grant)}. */
  @Override
  public String toString() {
    return id + " (" + name + ")";
  }

  /** Collects a line's fields; {@link #build()} validates them as the constructor does. */
  public static final class Builder {
    private final FundingLineId id;
    private String name;
    private Department department;
    private HolderKind holderKind;
    private Optional<RingFence> ringFence = Optional.empty();
    private DateRange exists;
    private boolean onMenu;
    private PolicySource source;
    private String menuText = "";
    private Optional<PolicySource> lifeSource = Optional.empty();

    private Builder(FundingLineId id) {
      this.id = id;
    }

    /** Sets the name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the funding department. */
    public Builder department(Department department) {
      this.department = department;
      return this;
    }

    /** Sets the kind of holder. */
    public Builder holderKind(HolderKind holderKind) {
      this.holderKind = holderKind;
      return this;
    }

    /** Ring-fences the line. */
    public Builder ringFence(RingFence ringFence) {
      this.ringFence = Optional.of(required(ringFence, "ring-fence"));
      return this;
    }

    /** Sets the ring-fence, or removes it if empty. */
    public Builder ringFence(Optional<RingFence> ringFence) {
      this.ringFence = ringFence;
      return this;
    }

    /** Sets the days the line exists. */
    public Builder exists(DateRange exists) {
      this.exists = exists;
      return this;
    }

    /** Says whether the menu names the line; the default is not. */
    public Builder onMenu(boolean onMenu) {
      this.onMenu = onMenu;
      return this;
    }

    /** Sets the source. */
    public Builder source(PolicySource source) {
      this.source = source;
      return this;
    }

    /** Sets the menu's words for the line's condition; the default is none. */
    public Builder menuText(String menuText) {
      this.menuText = menuText;
      return this;
    }

    /** Sets where the line's dates are stated, or none if empty; the default is none. */
    public Builder lifeSource(Optional<PolicySource> lifeSource) {
      this.lifeSource = lifeSource;
      return this;
    }

    /** Sets where the line's dates are stated. */
    public Builder lifeSource(PolicySource lifeSource) {
      this.lifeSource = Optional.of(required(lifeSource, "life source"));
      return this;
    }

    /**
     * The line.
     *
     * @throws org.communitybudgets.InvalidValueException if a field breaks a rule
     * @throws NullPointerException if a field is missing
     */
    public FundingLine build() {
      return new FundingLine(
          id, name, department, holderKind, ringFence, exists, onMenu, source, menuText, lifeSource);
    }
  }
}
