package org.communitybudgets.rules.internal.parameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;

/** The kinds of value a parameter can hold, and how each is written in a parameter file. */
public enum ParameterType {
  /** An ISO date: {@code 2012-11-22}. */
  DATE("an ISO date like 2013-03-31"),
  /** An amount of money: {@code £4,000} or {@code £3,200.00}. */
  MONEY("an amount like £4,000 or £3,200.00"),
  /** A percentage: {@code 15%}. */
  PERCENTAGE("a percentage like 15% or 3.5%"),
  /** A whole number: {@code 3}. */
  INTEGER("a whole number like 3"),
  /** A yes/no flag: {@code true} or {@code false}. */
  BOOLEAN("true or false"),
  /** Free text. */
  TEXT("text"),
  /** A list of texts, written as a YAML sequence. */
  TEXT_LIST("a list of texts");

  private final String form;

  ParameterType(String form) {
    this.form = form;
  }

  /** How a value of this type is written, for error messages. */
  public String form() {
    return form;
  }

  /** The type named in a file ({@code money}, {@code text-list}), if there is one. */
  public static Optional<ParameterType> named(String name) {
    for (ParameterType t : values()) {
      if (t.fileName().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The name used in files: lower case with hyphens. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads one scalar value of this type.
   *
   * @throws IllegalArgumentException saying what form was expected
   */
  public Object parseScalar(String text) {
    try {
      return switch (this) {
        case DATE -> LocalDate.parse(text);
        case MONEY -> Money.parse(text);
        case PERCENTAGE -> Percentage.parse(text);
        case INTEGER -> Integer.valueOf(text);
        case BOOLEAN -> parseBoolean(text);
        case TEXT -> text;
        case TEXT_LIST -> throw new IllegalArgumentException("expected " + form);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("expected " + form + ", was " + shown(text, e), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected " + form + ", was " + shown(text, e), e);
    }
  }

  /** The text as a message shows it: quoted, and cut with its length and the limit it broke where it is long. */
  private static String shown(String text, Exception e) {
    if (text.length() <= 40) {
      return "'" + text + "'";
    }
    String limit = e instanceof InvalidValueException invalid ? "; " + invalid.requirement() : "";
    return "'" + text.substring(0, 40) + "…' (" + text.length() + " characters" + limit + ")";
  }

  /** Reads a list value of this type. */
  public Object parseList(List<String> items) {
    if (this != TEXT_LIST) {
      throw new IllegalArgumentException("expected " + form + ", was a list");
    }
    return List.copyOf(items);
  }

  /** Writes a value the way a file writes it. */
  public String format(Object value) {
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  private static Boolean parseBoolean(String text) {
    return switch (text) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("expected true or false, was " + shown(text, null));
    };
  }
}
