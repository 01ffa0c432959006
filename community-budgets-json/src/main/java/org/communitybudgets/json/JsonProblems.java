package org.communitybudgets.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.family.Indicator;
import org.communitybudgets.family.Outcome;
import org.communitybudgets.pool.Party;

/**
 * What is wrong with a record read in the domain's JSON form, in one line: the domain's own message,
 * or the field and the form expected.
 */
public final class JsonProblems {
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
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    return (cut < 0 ? message : message.substring(0, cut)) + (at.isEmpty() ? "" : " (at " + at + ")");
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
}
