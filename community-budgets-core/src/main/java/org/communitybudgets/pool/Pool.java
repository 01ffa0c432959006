package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;
import static org.communitybudgets.internal.Checks.uniqueBy;

import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.FinancialYear;

/**
 * A Community Budget: one local pot, in one area, for stated purposes (first of all families with
 * multiple problems, Offer §1), made of contributions from local budget holders' funding lines
 * (Offer §5, §9), with the local facts that the departmental menu's conditions read (Offer, annex)
 * and any agreements between the partners and departments (Offer §10–11).
 *
 * <p>The pool holds the facts; whether each contribution may be pooled is decided elsewhere, by
 * the rules, which read the contribution, its holder and the holder's facts.
 *
 * @param id the pool's identifier
 * @param area the area it serves
 * @param name its name; non-blank
 * @param purposes what the pooled money is for: at least one, kept in {@link Purpose} order
 * @param firstYear the pool's first financial year
 * @param lastYear its last financial year, not before {@code firstYear}
 * @param holders the budget holders, ids unique
 * @param contributions the contributions, ids unique; each from one of the holders, with amounts
 *     only in the pool's years and an earmark, if any, among the pool's purposes
 * @param facts the local facts, each about one of the holders
 * @param agreements the agreements, ids unique; every budget holder party to one is one of the
 *     holders
 */
public record Pool(
    PoolId id,
    AreaId area,
    String name,
    Set<Purpose> purposes,
    FinancialYear firstYear,
    FinancialYear lastYear,
    List<BudgetHolder> holders,
    List<Contribution> contributions,
    List<LocalFact> facts,
    List<Agreement> agreements) {

  /** Validates every component and how they fit together; collections are copied. */
  public Pool {
    required(id, "pool id");
    String owner = "pool " + id;
    required(area, "area", owner);
    name = nonBlank(name, "name", owner);
    required(purposes, "purposes", owner);
    purposes = Sets.immutableEnumSet(listOf(purposes, "purposes of " + owner));
    check(!purposes.isEmpty(), "purposes", "at least one", "none", owner);
    required(firstYear, "first year", owner);
    required(lastYear, "last year", owner);
    check(
        !lastYear.isBefore(firstYear),
        "last year",
        "not before the first year " + firstYear,
        lastYear,
        owner);
    holders = listOf(required(holders, "budget holders", owner), "budget holders of " + owner);
    uniqueBy(holders, BudgetHolder::id, "budget holder ids", owner);
    contributions =
        listOf(required(contributions, "contributions", owner), "contributions of " + owner);
    uniqueBy(contributions, Contribution::id, "contribution ids", owner);
    facts = listOf(required(facts, "facts", owner), "facts of " + owner);
    agreements = listOf(required(agreements, "agreements", owner), "agreements of " + owner);
    uniqueBy(agreements, Agreement::id, "agreement ids", owner);

    // Membership by set, and messages built only when a check fails: a pool of tens of thousands of
    // holders and contributions is checked in linear time.
    List<HolderId> holderIds = holders.stream().map(BudgetHolder::id).toList();
    Set<HolderId> holderSet = new HashSet<>(holderIds);
    Set<BudgetHolder> holderValues = new HashSet<>(holders);
    for (Contribution c : contributions) {
      if (!holderSet.contains(c.holder())) {
        throw new InvalidValueException("holder", "one of the pool's budget holders " + shortList(holderIds), c.holder(),
            "contribution " + c.id() + " to " + owner);
      }
      for (FinancialYear year : c.years()) {
        if (year.isBefore(firstYear) || year.isAfter(lastYear)) {
          throw new InvalidValueException("year", "within the pool's years " + FinancialYear.span(firstYear, lastYear), year,
              "contribution " + c.id() + " to " + owner);
        }
      }
      if (c.earmark().isPresent() && !purposes.contains(c.earmark().get())) {
        throw new InvalidValueException("earmark", "one of the pool's purposes " + purposes, c.earmark().get(),
            "contribution " + c.id() + " to " + owner);
      }
    }
    checkTotals(contributions, owner);
    for (LocalFact f : facts) {
      if (!holderSet.contains(f.holder())) {
        throw new InvalidValueException("holder", "one of the pool's budget holders " + shortList(holderIds), f.holder(),
            LocalFact.describe(f.kind(), f.holder()) + " in " + owner);
      }
    }
    for (Agreement a : agreements) {
      for (Party party : a.parties()) {
        if (party instanceof BudgetHolder holder && !holderValues.contains(holder)) {
          throw new InvalidValueException("party", "a department or one of the pool's budget holders " + shortList(holderIds), holder,
              "agreement " + a.id() + " of " + owner);
        }
      }
    }
  }

  /** The holders for a message: all of a few, the first ten and the count of many. */
  private static String shortList(List<HolderId> ids) {
    return ids.size() <= 10 ? ids.toString() : ids.subList(0, 10) + " and " + (ids.size() - 10) + " more";
  }

  /**
   * The pool's total for each year fits in an amount: contributions whose sum would overflow are
   * refused here, naming the pool and the year, rather than failing later in an assessment.
   */
  private static void checkTotals(List<Contribution> contributions, String owner) {
    Map<FinancialYear, Long> totals = new HashMap<>();
    for (Contribution c : contributions) {
      for (FinancialYear year : c.years()) {
        long pence = c.amountIn(year).pence();
        Long sum = totals.merge(year, pence, (x, y) -> {
          long r = x + y;
          return ((x ^ r) & (y ^ r)) < 0 || r == Long.MIN_VALUE ? null : r;
        });
        if (sum == null) {
          throw new InvalidValueException("contributions", "a total for the year within ±£92 quadrillion", "more than that in " + year, owner);
        }
      }
    }
  }

  /** A builder for the pool {@code id} in {@code area} called {@code name}. */
  public static Builder builder(PoolId id, AreaId area, String name) {
    return new Builder(id, area, name);
  }

  /** A builder holding every component of this pool, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id, area, name);
    b.purposes.addAll(purposes);
    b.firstYear = firstYear;
    b.lastYear = lastYear;
    b.holders.addAll(holders);
    b.contributions.addAll(contributions);
    b.facts.addAll(facts);
    b.agreements.addAll(agreements);
    return b;
  }

  /** The budget holder with that id, if it is one of the pool's. */
  public Optional<BudgetHolder> holder(HolderId holderId) {
    required(holderId, "holder id");
    return holders.stream().filter(h -> h.id().equals(holderId)).findFirst();
  }

  /** The contribution with that id, if it is one of the pool's. */
  public Optional<Contribution> contribution(ContributionId contributionId) {
    required(contributionId, "contribution id");
    return contributions.stream().filter(c -> c.id().equals(contributionId)).findFirst();
  }

  /** The contributions of that budget holder, in the pool's order; empty if it has none. */
  public List<Contribution> contributionsOf(HolderId holderId) {
    required(holderId, "holder id");
    return contributions.stream().filter(c -> c.holder().equals(holderId)).toList();
  }

  /** The local facts about that budget holder, in the pool's order; empty if there are none. */
  public List<LocalFact> factsAbout(HolderId holderId) {
    required(holderId, "holder id");
    return facts.stream().filter(f -> f.holder().equals(holderId)).toList();
  }

  /** The pool's financial years, in order. */
  public List<FinancialYear> years() {
    return firstYear.through(lastYear);
  }

  /**
   * The sum of every contribution's amount for that year, including the notional value of in-kind
   * contributions; nothing for a year outside the pool.
   */
  public Money totalIn(FinancialYear year) {
    required(year, "financial year");
    return Money.sum(contributions.stream().map(c -> c.amountIn(year)).toList());
  }

  /**
   * The sum of every contribution over all years, by mode: every mode is present, with {@link
   * Money#ZERO} where there is no contribution in that mode. The in-kind total is notional value.
   */
  public Map<ContributionMode, Money> totalsByMode() {
    Map<ContributionMode, Money> totals = new EnumMap<>(ContributionMode.class);
    for (ContributionMode mode : ContributionMode.values()) {
      totals.put(mode, Money.ZERO);
    }
    for (Contribution c : contributions) {
      totals.merge(c.mode(), c.total(), Money::plus);
    }
    return Maps.immutableEnumMap(totals);
  }

  /**
   * The agreement in force on that day ({@link Agreement#isInForceOn(LocalDate)}); where several
   * are, the one signed last, and of those the first in the pool's order.
   */
  public Optional<Agreement> agreementInForceOn(LocalDate day) {
    required(day, "date");
    return agreements.stream()
        .filter(a -> a.isInForceOn(day))
        .max(Comparator.comparing(Agreement::signedOn).thenComparing(a -> -agreements.indexOf(a)));
  }

  /**
   * Builds a {@link Pool}; {@link #build()} validates as the constructor does. The years must be
   * set; every collection starts empty.
   */
  public static final class Builder {
    private final PoolId id;
    private final AreaId area;
    private final String name;
    private final Set<Purpose> purposes = new LinkedHashSet<>();
    private FinancialYear firstYear;
    private FinancialYear lastYear;
    private final List<BudgetHolder> holders = new ArrayList<>();
    private final List<Contribution> contributions = new ArrayList<>();
    private final List<LocalFact> facts = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();

    private Builder(PoolId id, AreaId area, String name) {
      this.id = id;
      this.area = area;
      this.name = name;
    }

    /** Adds a purpose. */
    public Builder purpose(Purpose purpose) {
      purposes.add(required(purpose, "purpose"));
      return this;
    }

    /** Adds purposes. */
    public Builder purposes(Collection<Purpose> more) {
      required(more, "purposes").forEach(this::purpose);
      return this;
    }

    /** Sets the pool's financial years, {@code first} to {@code last} inclusive. */
    public Builder years(FinancialYear first, FinancialYear last) {
      this.firstYear = required(first, "first year");
      this.lastYear = required(last, "last year");
      return this;
    }

    /** Adds a budget holder. */
    public Builder holder(BudgetHolder holder) {
      holders.add(required(holder, "budget holder"));
      return this;
    }

    /** Adds a contribution. */
    public Builder contribution(Contribution contribution) {
      contributions.add(required(contribution, "contribution"));
      return this;
    }

    /**
     * Puts {@code contribution} in the place of the contribution with its id, e.g. to change an
     * amount or a mode in a copy made by {@link Pool#toBuilder()}.
     *
     * @throws IllegalArgumentException if the builder holds no contribution with that id
     */
    public Builder replaceContribution(Contribution contribution) {
      required(contribution, "contribution");
      contributions.set(indexOf(contribution.id()), contribution);
      return this;
    }

    /**
     * Takes out the contribution with the id.
     *
     * @throws IllegalArgumentException if the builder holds no contribution with that id
     */
    public Builder withoutContribution(ContributionId contribution) {
      contributions.remove(indexOf(required(contribution, "contribution id")));
      return this;
    }

    /** Takes out every contribution, to add others. */
    public Builder clearContributions() {
      contributions.clear();
      return this;
    }

    private int indexOf(ContributionId contribution) {
      for (int i = 0; i < contributions.size(); i++) {
        if (contributions.get(i).id().equals(contribution)) {
          return i;
        }
      }
      throw new IllegalArgumentException("pool " + id + " has no contribution " + contribution);
    }

    /** Adds a local fact. */
    public Builder fact(LocalFact fact) {
      facts.add(required(fact, "fact"));
      return this;
    }

    /** Adds an agreement. */
    public Builder agreement(Agreement agreement) {
      agreements.add(required(agreement, "agreement"));
      return this;
    }

    /** The pool, validated. */
    public Pool build() {
      return new Pool(
          id, area, name, purposes, firstYear, lastYear, holders, contributions, facts, agreements);
    }
  }
}
