package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;

/**
 * Something true about a budget holder's local situation, for a stated time, that a condition of
 * the departmental menu reads: for example that core youth justice services are being delivered by
 * the Youth Offending Team (menu, Ministry of Justice, row 1). The fact says where it is recorded,
 * so that a decision can point to it.
 *
 * @param kind what the fact states
 * @param holder the budget holder whose situation the fact is about
 * @param validity from when until when the fact holds
 * @param share the proportion of provision targeted: present, within 0–100%, exactly when the kind
 *     {@linkplain LocalFactKind#carriesShare() carries a share}
 * @param evidence where the fact is recorded, e.g. {@code YOT management board minutes 12 March
 *     2012}; non-blank
 */
public record LocalFact(
    LocalFactKind kind,
    HolderId holder,
    DateRange validity,
    Optional<Percentage> share,
    String evidence) {

  /** Validates every component; the evidence is stripped. */
  public LocalFact {
    required(kind, "fact kind");
    required(holder, "holder", () -> "fact " + kind.label());
    String owner = describe(kind, holder);
    required(validity, "validity", owner);
    required(share, "share", owner);
    if (kind.carriesShare()) {
      check(share.isPresent(), "share", "present for a fact of kind " + kind, "none", owner);
      check(share.get().isWithinWhole(), "share", "within 0–100%", share.get(), owner);
    } else {
      check(
          share.isEmpty(),
          "share",
          "absent for a fact of kind " + kind,
          share.map(String::valueOf).orElse("none"),
          owner);
    }
    evidence = nonBlank(evidence, "evidence", owner);
  }

  /**
   * A fact of a kind that carries no share.
   *
   * @throws org.communitybudgets.InvalidValueException if the kind carries a share
   */
  public static LocalFact of(
      LocalFactKind kind, HolderId holder, DateRange validity, String evidence) {
    return new LocalFact(kind, holder, validity, Optional.empty(), evidence);
  }

  /**
   * A {@link LocalFactKind#TARGETED_ON_FAMILIES_WITH_MULTIPLE_PROBLEMS} fact: that share of the
   * holder's provision is targeted on families with multiple problems.
   */
  public static LocalFact targeted(
      HolderId holder, DateRange validity, Percentage share, String evidence) {
    return new LocalFact(
        LocalFactKind.TARGETED_ON_FAMILIES_WITH_MULTIPLE_PROBLEMS,
        holder,
        validity,
        Optional.of(required(share, "share")),
        evidence);
  }

  /** True if the fact holds on that day. */
  public boolean holdsOn(LocalDate day) {
    return validity.contains(required(day, "date"));
  }

  /** True if the fact holds on every day of the financial year. */
  public boolean holdsThroughout(FinancialYear year) {
    return validity.encloses(required(year, "financial year").dates());
  }

  /**
   * The fact in words with its share, dates and evidence, e.g. {@code fact agreed at local level
   * about holder gm-yot, 2012-04-01..2013-03-31, evidence: YOT management board minutes 12 March
   * 2012}.
   */
  @Override
  public String toString() {
    return describe(kind, holder)
        + share.map(s -> " (" + s + ")").orElse("")
        + ", "
        + validity
        + ", evidence: "
        + evidence;
  }

  static String describe(LocalFactKind kind, HolderId holder) {
    return "fact " + kind.label() + " about holder " + holder;
  }
}
