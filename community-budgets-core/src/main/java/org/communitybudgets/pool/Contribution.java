package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.FinancialYear;

/**
 * What one budget holder puts into a pool from one funding line, year by year, and how: pooled at
 * source, locally pooled, aligned or in kind (Offer §5, §9). The holder stays accountable for it
 * (Evidence CB00 §4). Usually an element of the line rather than the whole line (menu preamble).
 *
 * @param id the contribution's identifier, unique within its pool
 * @param line the funding line the contribution comes from
 * @param holder the budget holder that contributes it
 * @param mode how it is contributed
 * @param inKind what an in-kind contribution gives: present exactly when {@code mode} is {@link
 *     ContributionMode#IN_KIND}
 * @param amounts the amount for each financial year, earliest first: at least one year, none
 *     negative; a money contribution is positive in at least one year, an in-kind one carries its
 *     notional value, which may be zero
 * @param earmark the pool purpose the contribution is earmarked for, if any
 * @param description what the contribution is, in words; may be empty
 */
public record Contribution(
    ContributionId id,
    FundingLineId line,
    HolderId holder,
    ContributionMode mode,
    Optional<InKindKind> inKind,
    SortedMap<FinancialYear, Money> amounts,
    Optional<Purpose> earmark,
    String description) {

  /** Validates every component; the amounts are copied and the description stripped. */
  public Contribution {
    required(id, "contribution id");
    String owner = "contribution " + id;
    required(line, "funding line", owner);
    required(holder, "holder", owner);
    required(mode, "mode", owner);
    required(inKind, "in-kind kind", owner);
    if (mode == ContributionMode.IN_KIND) {
      check(inKind.isPresent(), "in-kind kind", "present for an in-kind contribution", "none", owner);
    } else {
      check(
          inKind.isEmpty(),
          "in-kind kind",
          "absent for a " + mode.label() + " contribution",
          inKind.map(InKindKind::label).orElse("none"),
          owner);
    }
    amounts = copyOf(amounts, owner);
    check(!amounts.isEmpty(), "amounts", "given for at least one financial year", "none", owner);
    amounts.forEach(
        (year, amount) ->
            check(!amount.isNegative(), "amount in " + year, "zero or more", amount, owner));
    if (mode.isMoney()) {
      check(
          amounts.values().stream().anyMatch(Money::isPositive),
          "amounts",
          "positive in at least one year for a " + mode.label() + " contribution",
          amounts,
          owner);
    }
    required(earmark, "earmark", owner);
    description = required(description, "description", owner).strip();
  }

  /** A builder for the contribution {@code id} of {@code holder} from {@code line} in that mode. */
  public static Builder builder(
      ContributionId id, FundingLineId line, HolderId holder, ContributionMode mode) {
    return new Builder(id, line, holder, mode);
  }

  /** A builder holding every component of this contribution, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id, line, holder, mode);
    b.inKind = inKind;
    b.amounts.putAll(amounts);
    b.earmark = earmark;
    b.description = description;
    return b;
  }

  /** The amount for that financial year; {@link Money#ZERO} for a year with none. */
  public Money amountIn(FinancialYear year) {
    return amounts.getOrDefault(required(year, "financial year"), Money.ZERO);
  }

  /** The sum of the amounts over every year. */
  public Money total() {
    return Money.sum(amounts.values());
  }

  /** The financial years with an amount, earliest first. */
  public List<FinancialYear> years() {
    return List.copyOf(amounts.keySet());
  }

  /** True if the contribution is in kind: staff, assets or data rather than money. */
  public boolean isInKind() {
    return mode == ContributionMode.IN_KIND;
  }

  private static SortedMap<FinancialYear, Money> copyOf(
      Map<FinancialYear, Money> amounts, String owner) {
    required(amounts, "amounts", owner);
    amounts.forEach(
        (year, amount) -> {
          required(year, "financial year of an amount", owner);
          required(amount, "amount in " + year, owner);
        });
    return ImmutableSortedMap.copyOf(amounts);
  }

  /**
   * Builds a {@link Contribution}; {@link #build()} validates as the constructor does. Every
   * optional part starts empty.
   */
  public static final class Builder {
    private final ContributionId id;
    private final FundingLineId line;
    private final HolderId holder;
    private final ContributionMode mode;
    private Optional<InKindKind> inKind = Optional.empty();
    private final SortedMap<FinancialYear, Money> amounts = new TreeMap<>();
    private Optional<Purpose> earmark = Optional.empty();
    private String description = "";

    private Builder(ContributionId id, FundingLineId line, HolderId holder, ContributionMode mode) {
      this.id = id;
      this.line = line;
      this.holder = holder;
      this.mode = mode;
    }

    /** Sets what an in-kind contribution gives. */
    public Builder inKind(InKindKind kind) {
      this.inKind = Optional.of(required(kind, "in-kind kind"));
      return this;
    }

    /** Sets the amount for a financial year, replacing any amount set for it before. */
    public Builder amount(FinancialYear year, Money amount) {
      amounts.put(required(year, "financial year"), required(amount, "amount in " + year));
      return this;
    }

    /** Sets the amounts of several years, replacing any amounts set for them before. */
    public Builder amounts(Map<FinancialYear, Money> byYear) {
      required(byYear, "amounts").forEach(this::amount);
      return this;
    }

    /** Earmarks the contribution for a purpose of the pool. */
    public Builder earmark(Purpose purpose) {
      this.earmark = Optional.of(required(purpose, "earmark"));
      return this;
    }

    /** Sets the description. */
    public Builder description(String text) {
      this.description = required(text, "description");
      return this;
    }

    /** The contribution, validated. */
    public Contribution build() {
      return new Contribution(id, line, holder, mode, inKind, amounts, earmark, description);
    }
  }
}
