package org.communitybudgets.cli;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.communitybudgets.InvalidValueException;

/** What is wrong with a record, in one line: the domain's own message, or the field and the form expected. */
final class Problems {
  private Problems() {}

  static String of(JsonMappingException e) {
    String at = path(e);
    Throwable cause = e.getCause();
    while (cause != null && !(cause instanceof InvalidValueException) && !(cause instanceof NullPointerException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof InvalidValueException || cause instanceof NullPointerException) {
      return cause.getMessage() + (at.isEmpty() ? "" : " (at " + at + ")");
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + u.getPropertyName() + "'" + (at.isEmpty() ? "" : " at " + at) + ": expected one of " + u.getKnownPropertyIds();
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

  /** The path of the field, e.g. {@code members[0].dateOfBirth}. */
  static String path(JsonMappingException e) {
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
