package org.communitybudgets.server;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors of a schema that picks a record's form by a tag ({@code "indicator":
 * "proven-offence"}, {@code "outcome"}, {@code "party"}) through {@code oneOf}, cut to those a
 * person needs: a validator reports every form's errors, dozens for one slip; the form whose tag
 * the record has is the one it meant, so only that form's errors are kept, and a tag no form has
 * is one error listing the tags there are.
 */
final class OneOf {
  private static final Pattern CONSTANT = Pattern.compile("must be the constant value '(.*)'");

  private OneOf() {}

  /** The errors a person needs, each at its JSON Pointer within the record validated. */
  static List<Problem.Located> relevant(List<Error> errors) {
    Set<Error> dropped = new java.util.HashSet<>();
    List<Problem.Located> added = new ArrayList<>();
    for (Error choice : errors) {
      if (!"oneOf".equals(choice.getKeyword())) {
        continue;
      }
      String at = path(choice.getEvaluationPath());
      String where = Bodies.pointer(choice.getInstanceLocation());
      Map<String, List<Error>> byForm = new LinkedHashMap<>();
      for (Error e : errors) {
        String p = path(e.getEvaluationPath());
        String i = Bodies.pointer(e.getInstanceLocation());
        if (e != choice && p.startsWith(at + "/") && (i.equals(where) || i.startsWith(where + "/"))) {
          String form = p.substring(at.length() + 1).split("/", 2)[0];
          byForm.computeIfAbsent(form, f -> new ArrayList<>()).add(e);
        }
      }
      if (byForm.isEmpty()) {
        continue;
      }
      List<String> meant = byForm.entrySet().stream().filter(f -> f.getValue().stream().noneMatch(OneOf::isTag)).map(Map.Entry::getKey).toList();
      byForm.forEach((form, list) -> {
        if (!meant.equals(List.of(form))) {
          dropped.addAll(list);
        }
      });
      dropped.add(choice);
      if (meant.size() != 1) {
        // No form has the record's tag: one error, at the tag, listing those there are.
        Set<String> tags = new LinkedHashSet<>();
        String tagAt = where;
        for (List<Error> list : byForm.values()) {
          for (Error e : list) {
            Matcher m = isTag(e) ? CONSTANT.matcher(String.valueOf(e.getMessage())) : null;
            if (m != null && m.find()) {
              tags.add(m.group(1));
              tagAt = Bodies.pointer(e.getInstanceLocation());
            }
          }
        }
        added.add(new Problem.Located(tags.isEmpty() ? where : tagAt,
            tags.isEmpty() ? message(choice) : "must be one of " + tags));
      }
    }
    List<Problem.Located> kept = new ArrayList<>();
    for (Error e : errors) {
      if (!dropped.contains(e)) {
        String at = Bodies.pointer(e.getInstanceLocation());
        if (("additionalProperties".equals(e.getKeyword()) || "unevaluatedProperties".equals(e.getKeyword())) && e.getProperty() != null) {
          at = at + "/" + Bodies.escape(e.getProperty());
        }
        kept.add(new Problem.Located(at, message(e)));
      }
    }
    kept.addAll(added);
    return kept;
  }

  private static String message(Error e) {
    String m = e.getMessage();
    return m == null ? e.toString() : m;
  }

  private static boolean isTag(Error e) {
    return "const".equals(e.getKeyword());
  }

  private static String path(NodePath p) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < p.getNameCount(); i++) {
      b.append('/').append(p.getElement(i));
    }
    return b.toString();
  }
}
