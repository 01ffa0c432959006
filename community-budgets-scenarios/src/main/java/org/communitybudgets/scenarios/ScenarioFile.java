package org.communitybudgets.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario file as text, read once into its cases: each case's line and tree, with the file's
 * own business date and parameter overrides merged in; and the text kept, so that a problem found
 * later is reported at the line of the field it is in.
 */
final class ScenarioFile {
  private static final Pattern YAML_PLACE = Pattern.compile("^\\s*in '[^']*', line (\\d+), column \\d+:");
  private static final Pattern ANCHOR_OR_ALIAS = Pattern.compile("(^|[\\s\\[{,:-])[&*][A-Za-z0-9_-]", Pattern.MULTILINE);
  static final Set<String> TOP_LEVEL = Set.of("description", "asOf", "parameters", "cases");

  private final String path;
  private final String text;
  private final ObjectMapper yaml;
  private Optional<String> parameters = Optional.empty();
  private final Map<String, JsonNode> anchors = new HashMap<>();

  /** A block of the file's text: the lines a value spans, with its column on the first. */
  record Block(int firstLine, int column, int lastLine) {}

  private ScenarioFile(String path, String text, ObjectMapper yaml) {
    this.path = path;
    this.text = text;
    this.yaml = yaml;
  }

  String path() {
    return path;
  }

  /** The cases of the file; a file that cannot be read as cases is one case with its problem. */
  static List<Scenario> read(String path, String text, ObjectMapper yaml) {
    ScenarioFile file = new ScenarioFile(path, text, yaml);
    try {
      return file.cases();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      return List.of(yamlProblem(path, at == null ? 1 : at.getLineNr(), e.getOriginalMessage()));
    } catch (IOException e) {
      return List.of(Scenario.problem(path, 1, "could not be read: " + e.getMessage()));
    }
  }

  /**
   * The YAML parser's problem in one line, at the line it names last: its message quotes the
   * text at each place ({@code in 'reader', line 2, column 1:}, the line, a caret), which the
   * line number says already.
   */
  private static Scenario yamlProblem(String path, int line, String message) {
    List<String> words = new ArrayList<>();
    String[] lines = message.split("\n");
    for (int i = 0; i < lines.length; i++) {
      Matcher m = YAML_PLACE.matcher(lines[i]);
      if (m.find()) {
        line = Integer.parseInt(m.group(1));
        i += 2;
      } else if (!lines[i].isBlank()) {
        words.add(lines[i].strip());
      }
    }
    return Scenario.problem(path, line, "not YAML: " + String.join(": ", words));
  }

  private List<Scenario> cases() throws IOException {
    JsonNode asOf = null;
    List<JsonNode> cases = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    boolean sawCases = false;
    try (JsonParser p = yaml.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return List.of(Scenario.problem(path, line(p), "a scenario file must be a mapping with 'cases', a list of cases"));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        int fieldLine = line(p);
        JsonToken value = p.nextToken();
        switch (field) {
          case "description" -> p.skipChildren();
          case "asOf" -> asOf = tree(p);
          case "parameters" -> {
            int startLine = line(p);
            int column = p.currentTokenLocation().getColumnNr();
            JsonNode node = tree(p);
            parameters = Optional.of(overrides(new Block(startLine, column, p.currentLocation().getLineNr()), node));
          }
          case "cases" -> {
            sawCases = true;
            if (value != JsonToken.START_ARRAY) {
              return List.of(Scenario.problem(path, fieldLine, "'cases' must be a list of cases"));
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
              lines.add(line(p));
              cases.add(tree(p));
            }
          }
          default -> {
            return List.of(Scenario.problem(path, fieldLine,
                "unknown key '" + field + "' at the top of a scenario file: expected one of " + sorted(TOP_LEVEL)));
          }
        }
      }
    }
    if (!sawCases || cases.isEmpty()) {
      return List.of(Scenario.problem(path, 1, "a scenario file must have 'cases', a list of at least one case"));
    }
    List<Scenario> out = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      int line = lines.get(i);
      if (!(c instanceof ObjectNode o)) {
        out.add(new Scenario(path, line, "case " + (i + 1), i, c, this, Optional.of("a case must be a mapping with a name, a subject and what is expected")));
        continue;
      }
      JsonNode name = o.get("name");
      String caseName = name != null && name.isTextual() && !name.asText().isBlank() ? name.asText() : "case " + (i + 1);
      Optional<String> problem = name == null || !name.isTextual() || name.asText().isBlank()
          ? Optional.of("name is required: a case says in words what it shows")
          : Optional.empty();
      if (asOf != null && !o.has("asOf")) {
        o = o.deepCopy();
        o.set("asOf", asOf);
      }
      out.add(new Scenario(path, line, caseName, i, o, this, problem));
    }
    return List.copyOf(out);
  }

  /**
   * The value at the parser as a tree, YAML's anchors kept and its aliases replaced by what they
   * name: a case may name a family with {@code &family} and a later case use it as {@code *family}.
   */
  private JsonNode tree(JsonParser p) throws IOException {
    YAMLParser y = (YAMLParser) p;
    String anchor = y.getObjectId();
    JsonNode node;
    switch (p.currentToken()) {
      case START_OBJECT -> {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          o.set(name, tree(p));
        }
        node = o;
      }
      case START_ARRAY -> {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(tree(p));
        }
        node = a;
      }
      default -> {
        if (y.isCurrentAlias()) {
          JsonNode named = anchors.get(p.getText());
          if (named == null) {
            throw new JsonParseException(p, "the alias *" + p.getText() + " names no anchor &" + p.getText() + " before it");
          }
          return named.deepCopy();
        }
        node = p.readValueAsTree();
      }
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private static Block block(JsonParser p) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    p.skipChildren();
    JsonLocation end = p.currentLocation();
    return new Block(start.getLineNr(), start.getColumnNr(), Math.max(start.getLineNr(), end.getLineNr()));
  }

  /** The file's own parameter overrides, as override-file text whose lines are the file's, if it has any. */
  Optional<String> fileParameters() {
    return parameters;
  }

  /** The parameter overrides of case {@code index}, as override-file text whose lines are the file's, if it has any. */
  Optional<String> caseParameters(int index, JsonNode resolved) {
    try (JsonParser p = at(index, List.of("parameters"))) {
      return p == null ? Optional.empty() : Optional.of(overrides(block(p), resolved));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Parameter overrides as override-file text: the file's own text where it can stand alone, so
   * that a problem is reported at its line; where it uses YAML anchors or aliases, the overrides
   * they stand for, written from the line they begin on.
   */
  private String overrides(Block b, JsonNode resolved) throws IOException {
    String text = excerpt(b);
    if (!ANCHOR_OR_ALIAS.matcher(text).find()) {
      return text;
    }
    String written = yaml.writeValueAsString(resolved);
    return "\n".repeat(b.firstLine() - 1) + (written.startsWith("---\n") ? written.substring(4) : written);
  }

  /**
   * The text of a block, with the lines before it blank and the columns before it on its first
   * line spaces, so that a problem in it is reported at the file's own line and column.
   */
  private String excerpt(Block b) {
    String[] all = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    out.append("\n".repeat(b.firstLine() - 1));
    int col = Math.max(0, b.column() - 1);
    for (int n = b.firstLine(); n <= Math.min(b.lastLine(), all.length); n++) {
      String l = all[n - 1];
      if (n == b.firstLine()) {
        int c = Math.min(col, l.length());
        l = " ".repeat(c) + l.substring(c);
      } else if (!l.isBlank() && !l.strip().startsWith("#") && indent(l) < col) {
        // The parser's end of a block is where the next key begins: that key is not the block's.
        break;
      }
      out.append(l).append('\n');
    }
    return out.toString();
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * The line of the field a mapping problem is at, within case {@code index}: the line of the
   * deepest part of its path found in the file, the case's own line if none is.
   */
  int lineOf(int index, int caseLine, JsonMappingException e) {
    List<Object> path = new ArrayList<>();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        path.add(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.add(r.getIndex());
      }
    }
    for (int n = path.size(); n > 0; n--) {
      try (JsonParser p = at(index, path.subList(0, n))) {
        if (p != null) {
          return p.currentTokenLocation().getLineNr();
        }
      } catch (IOException ignored) {
        // The file was read before; a part of the path it lacks is looked for one level up.
      }
    }
    return caseLine;
  }

  /** A parser at the value of the path within case {@code index}, or null if the file has no such value. */
  private JsonParser at(int index, List<Object> path) throws IOException {
    JsonParser p = yaml.createParser(text);
    try {
      if (p.nextToken() != JsonToken.START_OBJECT || !field(p, "cases") || p.currentToken() != JsonToken.START_ARRAY || !element(p, index)) {
        p.close();
        return null;
      }
      for (Object part : path) {
        boolean found = part instanceof String f
            ? p.currentToken() == JsonToken.START_OBJECT && field(p, f)
            : p.currentToken() == JsonToken.START_ARRAY && element(p, (Integer) part);
        if (!found) {
          p.close();
          return null;
        }
      }
      return p;
    } catch (IOException | RuntimeException e) {
      p.close();
      throw e;
    }
  }

  /** Moves from an object's start to the value of its field, if it has it. */
  private static boolean field(JsonParser p, String name) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      if (f.equals(name)) {
        return true;
      }
      p.skipChildren();
    }
    return false;
  }

  /** Moves from an array's start to its element, if it has it. */
  private static boolean element(JsonParser p, int index) throws IOException {
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == null) {
        return false;
      }
      if (i++ == index) {
        return true;
      }
      p.skipChildren();
    }
    return false;
  }
}
