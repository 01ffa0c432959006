package org.communitybudgets.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.family.Indicator;
import org.communitybudgets.family.Outcome;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.Party;
import org.communitybudgets.time.FinancialYear;

/**
 * What is wrong with a record read in the domain's JSON form, in one line: the domain's own message,
 * or the field and the form expected.
 */
public final class JsonProblems {
  private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("JsonToken\\.([A-Z_]+)");
  private static final java.util.regex.Pattern FROM = java.util.regex.Pattern.compile("from ([A-Za-z-]+) value");

  private JsonProblems() {}

  /** The problem in one line, with the path of the field. */
  public static String of(JsonMappingException e) {
    String at = path(e);
    Throwable cause = e.getCause();
    while (cause != null && !(cause instanceof InvalidValueException) && !(cause instanceof NullPointerException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof InvalidValueException || cause instanceof NullPointerException) {
      return cause.getMessage() + (at.isEmpty() ? "" : " (at " + at + ")");
    }
    if (e instanceof UnrecognizedPropertyException u) {
      Set<String> known = new TreeSet<>();
      u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      return "unknown field '" + u.getPropertyName() + "'" + (at.isEmpty() ? "" : " at " + at) + ": expected one of " + known;
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> type = f.getTargetType();
      String expected = type == null ? "a value of its form"
          : type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
          : type == java.time.LocalDate.class ? "a date written like 2012-10-01"
          : type == int.class || type == Integer.class || type == long.class || type == Long.class ? "a whole number"
          : "a " + type.getSimpleName();
      return "\"" + f.getValue() + "\"" + (at.isEmpty() ? "" : " at " + at) + " is not " + expected;
    }
    if (e instanceof InvalidTypeIdException t) {
      return t.getTypeId() == null
          ? "no type named" + (at.isEmpty() ? "" : " at " + at) + ": expected its 'indicator' or 'outcome'"
          : "unknown type '" + t.getTypeId() + "'" + (at.isEmpty() ? "" : " at " + at);
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return words(m.getTargetType()) + " must be " + expected(m.getTargetType()) + ", was " + found(m)
          + (at.isEmpty() ? "" : " (at " + at + ")");
    }
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    return plain(cut < 0 ? message : message.substring(0, cut)) + (at.isEmpty() ? "" : " (at " + at + ")");
  }

  /** A type in a reader's words: {@code OutcomesPlan} is "an outcomes plan". */
  static String words(Class<?> type) {
    String name = type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "list"
        : type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  /** The JSON a value of the type is written as. */
  private static String expected(Class<?> type) {
    if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
      return "a JSON array";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (type == java.time.LocalDate.class) {
      return "a date written like 2012-10-01";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == String.class || type.getSimpleName().endsWith("Id")
        || type == Money.class || type == Percentage.class || type == FinancialYear.class) {
      return "a string";
    }
    return "a JSON object";
  }

  /** The JSON the reader found where the value should be. */
  private static String found(MismatchedInputException m) {
    // The parser is closed once the mapping fails, so the token it stood on is read from the message.
    String message = String.valueOf(m.getOriginalMessage());
    java.util.regex.Matcher named = TOKEN.matcher(message);
    java.util.regex.Matcher from = FROM.matcher(message);
    if (!named.find() && from.find()) {
      return switch (from.group(1).toLowerCase(java.util.Locale.ROOT)) {
        case "array" -> "an array";
        case "object" -> "an object";
        case "string" -> "a string";
        case "boolean" -> "true or false";
        case "null" -> "null";
        default -> "a number";
      };
    }
    JsonToken token = named.find(0) ? JsonToken.valueOf(named.group(1))
        : m.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
    if (token == null) {
      return "missing";
    }
    return switch (token) {
      case START_ARRAY, END_ARRAY -> "an array";
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  /** A parser's message without the Java class names and parser tokens it names. */
  static String plain(String message) {
    return message
        .replaceAll(" ?\\(token `?JsonToken\\.[A-Z_]+`?\\)", "")
        .replaceAll("`?(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)`?", "$1");
  }

  /**
   * The fields a record has that its type does not, when its type refused it for a missing value:
   * Jackson builds a record before it reports the fields it did not know, so a misspelt field of a
   * record reads first as its right name missing. Given the tree the record was read from, this
   * names the misspelt field instead.
   *
   * @param root the tree the mapping was reading
   * @return the problem, as {@link #of} words it for an unknown field, if the record has one
   */
  public static Optional<String> unknownField(ObjectMapper mapper, JsonNode root, JsonMappingException e) {
    if (!(e instanceof ValueInstantiationException v) || v.getType() == null) {
      return Optional.empty();
    }
    JsonNode node = root;
    for (JsonMappingException.Reference r : e.getPath()) {
      node = r.getFieldName() != null ? node.path(r.getFieldName()) : node.path(r.getIndex());
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    Set<String> known = new TreeSet<>();
    mapper.getDeserializationConfig().introspect(v.getType()).findProperties().forEach(p -> known.add(p.getName()));
    for (Class<?> tagged : List.of(Indicator.class, Outcome.class, Party.class)) {
      if (tagged.isAssignableFrom(v.getType().getRawClass())) {
        known.add(DomainJson.typeField(tagged));
      }
    }
    for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        String at = path(e);
        return Optional.of("unknown field '" + name + "' at " + (at.isEmpty() ? "" : at + ".") + name + ": expected one of " + known);
      }
    }
    return Optional.empty();
  }

  /** The path of the field, e.g. {@code members[0].dateOfBirth}. */
  public static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /**
   * The JSON Pointer (RFC 6901) of the field, e.g. {@code /members/0/dateOfBirth}; empty for the
   * record itself.
   */
  public static String pointer(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        b.append('/').append(r.getIndex());
      }
    }
    return b.toString();
  }
}
