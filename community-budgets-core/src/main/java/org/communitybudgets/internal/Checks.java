package org.communitybudgets.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.communitybudgets.InvalidValueException;

/**
 * Validation helpers shared by the domain types. Not part of the public API: it may change in
 * any release.
 */
public final class Checks {
  /** The longest {@link #identifier} accepted. */
  public static final int MAX_IDENTIFIER_LENGTH = 64;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private Checks() {}

  /**
   * Returns {@code value}, or throws unless it is lower-case words or digits joined by hyphens:
   * the form of the library's own ids and codes ({@code yot-grant}, {@code greater-manchester}).
   */
  public static String slug(String value, String field) {
    required(value, field);
    if (!isSlug(value)) {
      throw new InvalidValueException(field, "lower-case words or digits joined by hyphens", "\"" + value + "\"");
    }
    return value;
  }

  /** True if the text is lower-case words or digits joined by single hyphens: {@code [a-z0-9]+(-[a-z0-9]+)*}. */
  private static boolean isSlug(String value) {
    boolean wordStart = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        wordStart = false;
      } else if (c == '-' && !wordStart) {
        wordStart = true;
      } else {
        return false;
      }
    }
    return !wordStart;
  }

  /**
   * Returns {@code value}, or throws unless it is at most {@value #MAX_IDENTIFIER_LENGTH} letters,
   * digits, hyphens and underscores starting with a letter or digit: the form of ids that come
   * from an authority's own systems ({@code f-1001}, {@code CL_2013_42}).
   */
  public static String identifier(String value, String field) {
    required(value, field);
    if (value.length() > MAX_IDENTIFIER_LENGTH) {
      throw new InvalidValueException(field, "at most " + MAX_IDENTIFIER_LENGTH + " characters", value.length() + " characters");
    }
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new InvalidValueException(field, "letters, digits, '-' or '_', starting with a letter or digit", "\"" + value + "\"");
    }
    return value;
  }

  /** Returns {@code value}, or throws {@link NullPointerException} saying the field is required. */
  public static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " is required");
  }

  /** Returns {@code value}, or throws saying which owner's field is required. */
  public static <T> T required(T value, String field, Object owner) {
    return Objects.requireNonNull(value, () -> field + " is required for " + owner);
  }

  /** As {@link #required(Object, String, Object)}, with the owner's words built only if the value is missing. */
  public static <T> T required(T value, String field, java.util.function.Supplier<String> owner) {
    return Objects.requireNonNull(value, () -> field + " is required for " + owner.get());
  }

  /** Throws {@link InvalidValueException} unless {@code condition} holds. */
  public static void check(boolean condition, String field, String requirement, Object value) {
    if (!condition) {
      throw new InvalidValueException(field, requirement, value);
    }
  }

  /** The longest text a number is read from: longer text is refused before it is parsed. */
  public static final int MAX_NUMBER_TEXT_LENGTH = 64;

  /**
   * The text of a number to read, or an {@link InvalidValueException} if it is longer than {@value
   * #MAX_NUMBER_TEXT_LENGTH} characters, so that absurd input costs no parsing.
   */
  public static String numberText(String text, String field) {
    required(text, field);
    String stripped = text.strip();
    if (stripped.length() > MAX_NUMBER_TEXT_LENGTH) {
      throw new InvalidValueException(field, "a number of at most " + MAX_NUMBER_TEXT_LENGTH + " characters", abbreviate(stripped));
    }
    return stripped;
  }

  /** Text for a message, cut to its first 40 characters with its length said where it is longer. */
  public static String abbreviate(String text) {
    return text.length() <= 40 ? "\"" + text + "\"" : "\"" + text.substring(0, 40) + "…\" (" + text.length() + " characters)";
  }

  /**
   * A number for a message: in plain digits where that is short, in scientific form otherwise, so
   * that a message about a number with a huge exponent stays short.
   */
  public static String describe(BigDecimal number) {
    int integerDigits = number.precision() - number.scale();
    if (integerDigits <= 30 && number.scale() <= 30) {
      return number.toPlainString();
    }
    String text = number.toString();
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /** Throws {@link InvalidValueException}, naming the owner, unless {@code condition} holds. */
  public static void check(
      boolean condition, String field, String requirement, Object value, Object owner) {
    if (!condition) {
      throw new InvalidValueException(field, requirement, value, String.valueOf(owner));
    }
  }

  /** Returns {@code text} stripped, or throws if it is null or blank. */
  public static String nonBlank(String text, String field) {
    required(text, field);
    if (text.isBlank()) {
      throw new InvalidValueException(field, "non-blank", "\"" + text + "\"");
    }
    return text.strip();
  }

  /** Returns {@code text} stripped, or throws naming the owner if it is null or blank. */
  public static String nonBlank(String text, String field, Object owner) {
    required(text, field, owner);
    if (text.isBlank()) {
      throw new InvalidValueException(field, "non-blank", "\"" + text + "\"", String.valueOf(owner));
    }
    return text.strip();
  }

  /** As {@link #nonBlank(String, String, Object)}, with the owner's words built only if the text is blank or missing. */
  public static String nonBlank(String text, String field, java.util.function.Supplier<String> owner) {
    if (text == null || text.isBlank()) {
      return nonBlank(text, field, (Object) owner.get());
    }
    return text.strip();
  }

  /** Returns {@code n}, or throws if it is negative. */
  public static long nonNegative(long n, String field) {
    check(n >= 0, field, "zero or more", n);
    return n;
  }

  /** Returns {@code n}, or throws naming the owner if it is negative. */
  public static long nonNegative(long n, String field, Object owner) {
    check(n >= 0, field, "zero or more", n, owner);
    return n;
  }

  /** An unmodifiable copy of the list; throws if it or an element is null. */
  public static <T> List<T> listOf(Collection<? extends T> items, String field) {
    required(items, field);
    int i = 0;
    for (T item : items) {
      if (item == null) {
        throw new NullPointerException(field + "[" + i + "] is required");
      }
      i++;
    }
    return List.copyOf(items);
  }

  /** An unmodifiable copy of the set; throws if it or an element is null. */
  public static <T> Set<T> setOf(Collection<? extends T> items, String field) {
    return Set.copyOf(listOf(items, field));
  }

  /** An unmodifiable copy of the map; throws if it, a key or a value is null. */
  public static <K, V> Map<K, V> mapOf(Map<? extends K, ? extends V> map, String field) {
    required(map, field);
    map.forEach(
        (k, v) -> {
          required(k, field + " key");
          required(v, field + " value for " + k);
        });
    return Map.copyOf(map);
  }

  /** An unmodifiable copy of the optional's presence; throws if the optional itself is null. */
  public static <T> Optional<T> optional(Optional<T> value, String field) {
    return required(value, field);
  }

  /**
   * Throws if two items share a key, naming the field and the repeated key.
   *
   * @return the items, unchanged
   */
  public static <T, K> List<T> uniqueBy(List<T> items, Function<T, K> key, String field) {
    java.util.Set<K> seen = new java.util.HashSet<>();
    boolean repeats = false;
    for (T item : items) {
      repeats |= !seen.add(key.apply(item));
    }
    if (!repeats) {
      return items;
    }
    Map<K, Long> counts =
        items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    List<K> repeated =
        counts.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .map(Map.Entry::getKey)
            .sorted((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)))
            .toList();
    check(repeated.isEmpty(), field, "unique", "repeated " + repeated);
    return items;
  }

  /** Same as {@link #uniqueBy(List, Function, String)}, naming the owner. */
  public static <T, K> List<T> uniqueBy(
      List<T> items, Function<T, K> key, String field, Object owner) {
    try {
      return uniqueBy(items, key, field);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(e.field(), e.requirement(), e.value(), String.valueOf(owner));
    }
  }
}
