package org.communitybudgets;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a domain value is built from input that breaks one of its rules.
 *
 * <p>The message always names the field, the rule it must satisfy, the value it had and, where
 * the value belongs to something larger, whose value it was, for example: {@code unauthorised
 * absence must be within 0–100% of possible sessions, was 130% for child c-17, term 2012 autumn}.
 * The same parts are available separately so that a host system can display or store them.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String requirement;
  private final String value;
  private final String owner;

  /**
   * Creates an exception for one field.
   *
   * @param field the field, in words ({@code "unauthorised absence"})
   * @param requirement what the field must be ({@code "within 0–100% of possible sessions"})
   * @param value the offending value, as it should be shown
   * @param owner whose field it is ({@code "child c-17, term 2012 autumn"}), or {@code null}
   */
  public InvalidValueException(String field, String requirement, Object value, String owner) {
    super(message(field, requirement, value, owner));
    this.field = Objects.requireNonNull(field, "field");
    this.requirement = Objects.requireNonNull(requirement, "requirement");
    this.value = String.valueOf(value);
    this.owner = owner;
  }

  /** Creates an exception for a field that belongs to nothing larger. */
  public InvalidValueException(String field, String requirement, Object value) {
    this(field, requirement, value, null);
  }

  private static String message(String field, String requirement, Object value, String owner) {
    String base = field + " must be " + requirement + ", was " + value;
    return owner == null ? base : base + " for " + owner;
  }

  /** The field that was wrong, in words. */
  public String field() {
    return field;
  }

  /** What the field must be. */
  public String requirement() {
    return requirement;
  }

  /** The offending value as shown in the message. */
  public String value() {
    return value;
  }

  /** Whose field it was, if it belongs to something larger. */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }
}
