package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.slug;

/**
 * The identifier of a Community Budget agreement (MOU): lower-case words or digits joined by hyphens, e.g. {@code
 * gm-mou-2012}.
 *
 * @param value the identifier
 */
public record AgreementId(String value) implements Comparable<AgreementId> {
  /** Validates the form. */
  public AgreementId {
    slug(value, "agreement id");
  }

  /** The identifier {@code value}. */
  public static AgreementId of(String value) {
    return new AgreementId(value);
  }

  @Override
  public int compareTo(AgreementId other) {
    return value.compareTo(other.value);
  }

  /** The identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
