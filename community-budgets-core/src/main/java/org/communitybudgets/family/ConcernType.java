package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A kind of high-cost concern an authority may use under the local-discretion criterion (TF
 * framework 2012, identification criterion 4). The constants are the examples councils used in
 * their own filters; an authority may define its own codes. Rules match concerns by {@link
 * #code()}.
 *
 * @param code upper-case words joined by underscores, e.g. {@code CHILD_IN_NEED}
 * @param description what the concern is, non-blank
 */
public record ConcernType(String code, String description) {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(_[A-Z0-9]+)*");

  /** A child in need (TF framework 2012, criterion 4). */
  public static final ConcernType CHILD_IN_NEED = new ConcernType("CHILD_IN_NEED", "child in need");

  /** Domestic violence (TF framework 2012, criterion 4). */
  public static final ConcernType DOMESTIC_VIOLENCE =
      new ConcernType("DOMESTIC_VIOLENCE", "domestic violence");

  /** A mental health problem (TF framework 2012, criterion 4). */
  public static final ConcernType MENTAL_HEALTH = new ConcernType("MENTAL_HEALTH", "mental health");

  /** Substance misuse (TF framework 2012, criterion 4). */
  public static final ConcernType SUBSTANCE_MISUSE =
      new ConcernType("SUBSTANCE_MISUSE", "substance misuse");

  /** An offender on probation (TF framework 2012, criterion 4). */
  public static final ConcernType OFFENDER_ON_PROBATION =
      new ConcernType("OFFENDER_ON_PROBATION", "offender on probation");

  /** Unstable housing (TF framework 2012, criterion 4). */
  public static final ConcernType UNSTABLE_HOUSING =
      new ConcernType("UNSTABLE_HOUSING", "unstable housing");

  /** Repeated referrals to services (TF framework 2012, criterion 4). */
  public static final ConcernType REPEAT_REFERRALS =
      new ConcernType("REPEAT_REFERRALS", "repeat referrals");

  /** Validates the code and description. */
  public ConcernType {
    required(code, "concern code");
    check(
        CODE.matcher(code).matches(),
        "concern code",
        "upper-case words joined by underscores",
        "\"" + code + "\"");
    description = nonBlank(description, "description", () -> "concern " + code);
  }

  /** The well-known concern types, in the order councils' filters commonly list them. */
  public static List<ConcernType> wellKnown() {
    return List.of(
        CHILD_IN_NEED,
        DOMESTIC_VIOLENCE,
        MENTAL_HEALTH,
        SUBSTANCE_MISUSE,
        OFFENDER_ON_PROBATION,
        UNSTABLE_HOUSING,
        REPEAT_REFERRALS);
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
