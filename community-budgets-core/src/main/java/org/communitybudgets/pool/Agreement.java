package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;
import static org.communitybudgets.internal.Checks.uniqueBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SpendingReviewPeriod;

/**
 * A Community Budget agreement or memorandum of understanding "between relevant local partners
 * and departments", which "could set out the accountability arrangements, funding agreements and
 * key priorities for each Community Budget" (Offer §10), and any agreement to redistribute savings
 * (Offer §11). Agreements are optional: "Where local partners wish to" (Offer §10).
 *
 * @param id the agreement's identifier
 * @param title its title; non-blank
 * @param parties the parties, at least two, none repeated
 * @param firstYear the first financial year it covers
 * @param lastYear the last financial year it covers, not before {@code firstYear}
 * @param signedOn the day it was signed, no later than the last day of {@code lastYear}: an
 *     agreement signed after every year it covers has ended governs nothing
 * @param accountabilityArrangements the accountability arrangements, in words; may be empty
 * @param fundingAgreement the funding agreement, in words; may be empty
 * @param priorities the key priorities, each non-blank; may be none
 * @param savingsSharing how savings are redistributed, if agreed; every party to it is a party to
 *     the agreement
 */
public record Agreement(
    AgreementId id,
    String title,
    List<Party> parties,
    FinancialYear firstYear,
    FinancialYear lastYear,
    LocalDate signedOn,
    String accountabilityArrangements,
    String fundingAgreement,
    List<String> priorities,
    Optional<SavingsSharingTerms> savingsSharing) {

  /** Validates every component; lists are copied and texts stripped. */
  public Agreement {
    required(id, "agreement id");
    String owner = "agreement " + id;
    title = nonBlank(title, "title", owner);
    parties = listOf(required(parties, "parties", owner), "parties of " + owner);
    check(parties.size() >= 2, "parties", "at least two", parties, owner);
    uniqueBy(parties, p -> p, "parties", owner);
    required(firstYear, "first year", owner);
    required(lastYear, "last year", owner);
    check(!lastYear.isBefore(firstYear), "last year", "not before the first year " + firstYear, lastYear, owner);
    required(signedOn, "signing date", owner);
    check(!signedOn.isAfter(lastYear.end()), "signing date", "no later than the end of its last year " + lastYear + " (" + lastYear.end() + ")", signedOn, owner);
    accountabilityArrangements =
        required(accountabilityArrangements, "accountability arrangements", owner).strip();
    fundingAgreement = required(fundingAgreement, "funding agreement", owner).strip();
    List<String> stripped = new ArrayList<>();
    for (String priority : listOf(required(priorities, "priorities", owner), "priorities of " + owner)) {
      stripped.add(nonBlank(priority, "priority", owner));
    }
    priorities = List.copyOf(stripped);
    required(savingsSharing, "savings sharing", owner);
    if (savingsSharing.isPresent()) {
      for (Party party : savingsSharing.get().parties()) {
        check(
            parties.contains(party),
            "party sharing savings",
            "a party to the agreement",
            party,
            owner);
      }
    }
  }

  /** A builder for the agreement {@code id} titled {@code title}. */
  public static Builder builder(AgreementId id, String title) {
    return new Builder(id, title);
  }

  /** A builder holding every component of this agreement, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id, title);
    b.parties.addAll(parties);
    b.firstYear = firstYear;
    b.lastYear = lastYear;
    b.signedOn = signedOn;
    b.accountabilityArrangements = accountabilityArrangements;
    b.fundingAgreement = fundingAgreement;
    b.priorities.addAll(priorities);
    b.savingsSharing = savingsSharing;
    return b;
  }

  /** The financial years covered, in order. */
  public List<FinancialYear> years() {
    return firstYear.through(lastYear);
  }

  /** From 1 April of the first year covered to 31 March after the last. */
  public DateRange dates() {
    return DateRange.of(firstYear.start(), lastYear.end());
  }

  /** True if the agreement covers that financial year. */
  public boolean covers(FinancialYear year) {
    required(year, "financial year");
    return !year.isBefore(firstYear) && !year.isAfter(lastYear);
  }

  /** True if the agreement covers every year of the Spending Review period. */
  public boolean covers(SpendingReviewPeriod period) {
    required(period, "spending review period");
    return covers(period.first()) && covers(period.last());
  }

  /**
   * True if the agreement is in force on that day: it was signed on or before the day, and the day
   * falls within a financial year it covers.
   */
  public boolean isInForceOn(LocalDate day) {
    required(day, "date");
    return !signedOn.isAfter(day) && covers(FinancialYear.containing(day));
  }

  /** True if the party is a party to the agreement. */
  public boolean hasParty(Party party) {
    return parties.contains(required(party, "party"));
  }

  /**
   * Builds an {@link Agreement}; {@link #build()} validates as the constructor does. The years and
   * the signing date must be set; texts start empty, lists empty and savings sharing absent.
   */
  public static final class Builder {
    private final AgreementId id;
    private final String title;
    private final List<Party> parties = new ArrayList<>();
    private FinancialYear firstYear;
    private FinancialYear lastYear;
    private LocalDate signedOn;
    private String accountabilityArrangements = "";
    private String fundingAgreement = "";
    private final List<String> priorities = new ArrayList<>();
    private Optional<SavingsSharingTerms> savingsSharing = Optional.empty();

    private Builder(AgreementId id, String title) {
      this.id = id;
      this.title = title;
    }

    /** Adds a party. */
    public Builder party(Party party) {
      parties.add(required(party, "party"));
      return this;
    }

    /** Adds parties, in order. */
    public Builder parties(List<? extends Party> more) {
      required(more, "parties").forEach(this::party);
      return this;
    }

    /** Sets the financial years covered, {@code first} to {@code last} inclusive. */
    public Builder years(FinancialYear first, FinancialYear last) {
      this.firstYear = required(first, "first year");
      this.lastYear = required(last, "last year");
      return this;
    }

    /** Covers the years of the Spending Review period. */
    public Builder covering(SpendingReviewPeriod period) {
      required(period, "spending review period");
      return years(period.first(), period.last());
    }

    /** Sets the day the agreement was signed. */
    public Builder signedOn(LocalDate day) {
      this.signedOn = required(day, "signing date");
      return this;
    }

    /** Sets the accountability arrangements. */
    public Builder accountabilityArrangements(String text) {
      this.accountabilityArrangements = required(text, "accountability arrangements");
      return this;
    }

    /** Sets the funding agreement. */
    public Builder fundingAgreement(String text) {
      this.fundingAgreement = required(text, "funding agreement");
      return this;
    }

    /** Adds a key priority. */
    public Builder priority(String priority) {
      priorities.add(required(priority, "priority"));
      return this;
    }

    /** Sets how savings are redistributed. */
    public Builder savingsSharing(SavingsSharingTerms terms) {
      this.savingsSharing = Optional.of(required(terms, "savings sharing"));
      return this;
    }

    /** The agreement, validated. */
    public Agreement build() {
      return new Agreement(
          id,
          title,
          parties,
          firstYear,
          lastYear,
          signedOn,
          accountabilityArrangements,
          fundingAgreement,
          priorities,
          savingsSharing);
    }
  }
}
