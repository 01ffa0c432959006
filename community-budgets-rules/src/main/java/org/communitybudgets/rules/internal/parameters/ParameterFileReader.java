package org.communitybudgets.rules.internal.parameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.communitybudgets.rules.internal.Problems;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads parameter files (YAML) and reports every problem with its file and line.
 *
 * <p>A file maps parameter keys to definitions:
 *
 * <pre>
 * documents:                      # optional: local documents that sources below may cite
 *   ESSEX_CABINET:
 *     short-name: Essex cabinet
 *     title: Essex County Council cabinet decision, 12 March 2012
 * pooling.pcc.first-day:
 *   description: The first day Police and Crime Commissioners are in place.
 *   type: date                    # date, money, percentage, integer, boolean, text, text-list
 *   domain: {min: 2010-04-01, max: 2030-03-31}   # optional: the values it may take
 *   source: {document: OFFER, location: "menu, HO, row 2"}
 *   values:                       # in date order, without gaps or overlaps
 *     - from: 2010-04-01
 *       value: 2012-11-22
 * </pre>
 *
 * <p>Each value may carry its own {@code source} and a {@code note}; the last may be open-ended
 * (no {@code until}). An override file has the same form, but names only parameters that exist,
 * and may leave out {@code description} and {@code type}; its values replace the standard ones.
 */
public final class ParameterFileReader {
  public enum Mode {
    /** The file defines parameters. */
    DEFINITIONS,
    /** The file overrides the values of parameters already defined. */
    OVERRIDES
  }

  private static final Pattern KEY = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

  /** The largest parameter file read, in characters: the standard files are a few tens of thousands. */
  static final int MAX_FILE_CHARS = 1_000_000;

  /** The longest line read, in characters. */
  static final int MAX_LINE_CHARS = 10_000;

  /** The deepest nesting of mappings and sequences read: a parameter file needs four or five. */
  static final int MAX_DEPTH = 32;
  private static final String DOCUMENTS = "documents";
  private static final List<String> PARAMETER_FIELDS = List.of("description", "type", "domain", "source", "values");
  private static final List<String> DOMAIN_FIELDS = List.of("min", "max", "codes");
  private static final List<String> VALUE_FIELDS = List.of("from", "until", "value", "source", "note");
  private static final List<String> SOURCE_FIELDS = List.of("document", "location");
  private static final List<String> DOCUMENT_FIELDS = List.of("short-name", "title");

  private final String file;
  private final Mode mode;
  private final Map<String, ParameterDefinition> existing;
  private final Problems problems;
  private final Map<String, PolicyDocument> documents = new HashMap<>();

  private ParameterFileReader(
      String file, Mode mode, Map<String, ParameterDefinition> existing, Problems problems) {
    this.file = file;
    this.mode = mode;
    this.existing = existing;
    this.problems = problems;
    PolicyDocument.standard().forEach(d -> documents.put(d.id(), d));
  }

  /**
   * Reads one file.
   *
   * @param file the file's path, for messages
   * @param text its contents
   * @param mode whether it defines or overrides parameters
   * @param existing the parameters already defined (by other files, or the standard ones)
   * @param problems where to report problems
   * @return the definitions read without problems
   */
  public static List<ParameterDefinition> read(
      String file,
      String text,
      Mode mode,
      Map<String, ParameterDefinition> existing,
      Problems problems) {
    return new ParameterFileReader(file, mode, existing, problems).read(text);
  }

  private List<ParameterDefinition> read(String text) {
    if (!withinLimits(text)) {
      return List.of();
    }
    Optional<Node> root;
    try {
      LoadSettings settings = settings();
      if (!shallowEnough(settings, text)) {
        return List.of();
      }
      root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode();
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      problems.add(file, line, null, "not valid YAML: " + e.getProblem());
      return List.of();
    } catch (YamlEngineException e) {
      problems.add(file, 0, null, "not valid YAML: " + e.getMessage());
      return List.of();
    }
    if (root.isEmpty()) {
      return List.of();
    }
    if (!(root.get() instanceof MappingNode top)) {
      problems.add(file, line(root.get()), null, "expected a mapping of parameter keys to definitions");
      return List.of();
    }
    Map<String, NodeTuple> entries = entries(top, null);
    if (entries.containsKey(DOCUMENTS)) {
      readDocuments(entries.get(DOCUMENTS).getValueNode());
    }
    List<ParameterDefinition> definitions = new ArrayList<>();
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (e.getKey().equals(DOCUMENTS)) {
        continue;
      }
      readParameter(e.getKey(), e.getValue()).ifPresent(definitions::add);
    }
    return definitions;
  }

  private LoadSettings settings() {
    return LoadSettings.builder()
        .setLabel(file)
        .setCodePointLimit(MAX_FILE_CHARS)
        .setMaxAliasesForCollections(10)
        .build();
  }

  /**
   * True if the file is of a size a parameter file can have: at most {@value #MAX_FILE_CHARS}
   * characters and no line longer than {@value #MAX_LINE_CHARS}; otherwise the problem is reported
   * with the line, before any parsing.
   */
  private boolean withinLimits(String text) {
    if (text.length() > MAX_FILE_CHARS) {
      problems.add(file, 0, null, "too large for a parameter file: " + text.length() + " characters, at most " + MAX_FILE_CHARS);
      return false;
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > MAX_LINE_CHARS) {
          problems.add(file, line, null, "line too long for a parameter file: " + (i - start) + " characters, at most " + MAX_LINE_CHARS);
          return false;
        }
        line++;
        start = i + 1;
      }
    }
    return true;
  }

  /**
   * True if no mapping or sequence is nested deeper than {@value #MAX_DEPTH}: read event by event
   * first, so that a deeply nested file is reported at its line instead of exhausting the stack.
   */
  private boolean shallowEnough(LoadSettings settings, String text) {
    ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
    int depth = 0;
    while (parser.hasNext()) {
      org.snakeyaml.engine.v2.events.Event event = parser.next();
      switch (event.getEventId()) {
        case MappingStart, SequenceStart -> {
          depth++;
          if (depth > MAX_DEPTH) {
            int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(0);
            problems.add(file, line, null, "nested too deeply for a parameter file: more than " + MAX_DEPTH + " levels");
            return false;
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        default -> { }
      }
    }
    return true;
  }

  private void readDocuments(Node node) {
    if (!(node instanceof MappingNode map)) {
      problems.add(file, line(node), DOCUMENTS, "expected a mapping of document ids to their short-name and title");
      return;
    }
    for (Map.Entry<String, NodeTuple> e : entries(map, DOCUMENTS).entrySet()) {
      Node value = e.getValue().getValueNode();
      if (!(value instanceof MappingNode docNode)) {
        problems.add(file, line(value), DOCUMENTS, "document " + e.getKey() + ": expected short-name and title");
        continue;
      }
      if (PolicyDocument.standard(e.getKey()).isPresent()) {
        problems.add(file, line(e.getValue().getKeyNode()), DOCUMENTS, "document " + e.getKey() + " is a standard document and cannot be redefined");
        continue;
      }
      Map<String, NodeTuple> fields = fields(docNode, DOCUMENT_FIELDS, "document " + e.getKey());
      Optional<String> shortName = scalar(fields, "short-name", "document " + e.getKey(), docNode);
      Optional<String> title = scalar(fields, "title", "document " + e.getKey(), docNode);
      if (shortName.isPresent() && title.isPresent()) {
        try {
          documents.put(e.getKey(), PolicyDocument.local(e.getKey(), shortName.get(), title.get()));
        } catch (IllegalArgumentException ex) {
          problems.add(file, line(value), DOCUMENTS, ex.getMessage());
        }
      }
    }
  }

  private Optional<ParameterDefinition> readParameter(String key, NodeTuple tuple) {
    int keyLine = line(tuple.getKeyNode());
    if (!KEY.matcher(key).matches()) {
      problems.add(file, keyLine, key, "'" + key + "' is not a parameter key: expected dotted lower-case words like pooling.pcc.first-day");
      return Optional.empty();
    }
    ParameterDefinition known = existing.get(key);
    if (mode == Mode.DEFINITIONS && known != null) {
      problems.add(file, keyLine, key, "parameter '" + key + "' is already defined in " + known.file() + " line " + known.line());
      return Optional.empty();
    }
    if (mode == Mode.OVERRIDES && known == null) {
      problems.add(file, keyLine, key, "unknown parameter '" + key + "': an override can only change a parameter the rules define");
      return Optional.empty();
    }
    if (!(tuple.getValueNode() instanceof MappingNode body)) {
      problems.add(file, keyLine, key, "expected the fields " + String.join(", ", PARAMETER_FIELDS));
      return Optional.empty();
    }
    Map<String, NodeTuple> fields = fields(body, PARAMETER_FIELDS, "parameter '" + key + "'");
    int before = problemCount();

    Optional<String> description =
        mode == Mode.DEFINITIONS
            ? scalar(fields, "description", key, body)
            : optionalScalar(fields, "description", key).or(() -> Optional.of(known.description()));
    Optional<ParameterType> type = readType(key, fields, body, known);
    Optional<PolicySource> defaultSource =
        fields.containsKey("source") ? readSource(fields.get("source").getValueNode(), key) : Optional.empty();
    if (!fields.containsKey("values")) {
      problems.add(file, keyLine, key, "parameter '" + key + "' has no values");
      return Optional.empty();
    }
    if (type.isEmpty()) {
      return Optional.empty();
    }
    ParameterDomain domain = known != null ? known.domain() : ParameterDomain.ANY;
    if (fields.containsKey("domain")) {
      if (mode == Mode.OVERRIDES) {
        problems.add(file, line(fields.get("domain").getKeyNode()), key, "an override cannot change the values a parameter may take (its domain)");
        return Optional.empty();
      }
      domain = readDomain(key, type.get(), fields.get("domain").getValueNode());
    }
    List<ParameterValue> values =
        readValues(key, type.get(), defaultSource, fields.containsKey("source"), fields.get("values").getValueNode());
    for (ParameterValue v : values) {
      Optional<String> outside = domain.violation(type.get(), v.value());
      if (outside.isPresent()) {
        problems.add(file, v.line(), key, "value " + type.get().format(v.value()) + " from " + v.effective().start() + " " + outside.get());
      }
    }
    if (problemCount() != before || description.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ParameterDefinition(key, description.get(), type.get(), values, file, keyLine, domain));
  }

  private ParameterDomain readDomain(String key, ParameterType type, Node node) {
    if (!(node instanceof MappingNode map)) {
      problems.add(file, line(node), key, "domain must be a mapping of min, max or codes");
      return ParameterDomain.ANY;
    }
    Map<String, NodeTuple> fields = fields(map, DOMAIN_FIELDS, "the domain of '" + key + "'");
    Optional<Object> min = fields.containsKey("min") ? typedValue(key, type, fields.get("min").getValueNode()) : Optional.empty();
    Optional<Object> max = fields.containsKey("max") ? typedValue(key, type, fields.get("max").getValueNode()) : Optional.empty();
    Optional<String> codes = optionalScalar(fields, "codes", key);
    if (codes.isPresent() && !ParameterDomain.CODE_LISTS.containsKey(codes.get())) {
      problems.add(file, line(fields.get("codes").getValueNode()), key,
          "unknown list of codes '" + codes.get() + "': expected one of " + ParameterDomain.CODE_LISTS.keySet().stream().sorted().toList());
      codes = Optional.empty();
    }
    return new ParameterDomain(min, max, codes);
  }

  private Optional<ParameterType> readType(
      String key, Map<String, NodeTuple> fields, MappingNode body, ParameterDefinition known) {
    Optional<String> typeName =
        mode == Mode.DEFINITIONS ? scalar(fields, "type", key, body) : optionalScalar(fields, "type", key);
    if (typeName.isEmpty()) {
      return known == null ? Optional.empty() : Optional.of(known.type());
    }
    Optional<ParameterType> type = ParameterType.named(typeName.get());
    int line = line(fields.get("type").getValueNode());
    if (type.isEmpty()) {
      problems.add(file, line, key, "unknown type '" + typeName.get() + "': expected one of date, money, percentage, integer, boolean, text, text-list");
      return Optional.empty();
    }
    if (known != null && known.type() != type.get()) {
      problems.add(file, line, key, "type '" + typeName.get() + "' differs from the rules' type '" + known.type().fileName() + "'");
      return Optional.empty();
    }
    return type;
  }

  private List<ParameterValue> readValues(
      String key, ParameterType type, Optional<PolicySource> defaultSource, boolean sourceGiven, Node node) {
    if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      problems.add(file, line(node), key, "values must be a non-empty list of {from, until, value} entries");
      return List.of();
    }
    List<ParameterValue> values = new ArrayList<>();
    for (Node row : seq.getValue()) {
      readValue(key, type, defaultSource, sourceGiven, row).ifPresent(values::add);
    }
    checkSequence(key, values);
    return values;
  }

  private Optional<ParameterValue> readValue(
      String key, ParameterType type, Optional<PolicySource> defaultSource, boolean sourceGiven, Node row) {
    int rowLine = line(row);
    if (!(row instanceof MappingNode map)) {
      problems.add(file, rowLine, key, "each value must be a mapping with from, value and optionally until, source, note");
      return Optional.empty();
    }
    Map<String, NodeTuple> fields = fields(map, VALUE_FIELDS, "a value of '" + key + "'");
    Optional<LocalDate> from = scalar(fields, "from", key, map).flatMap(t -> date(t, key, fields.get("from")));
    Optional<LocalDate> until =
        optionalScalar(fields, "until", key).flatMap(t -> date(t, key, fields.get("until")));
    Optional<Object> value = Optional.empty();
    if (!fields.containsKey("value")) {
      problems.add(file, rowLine, key, "missing field 'value'");
    } else {
      value = typedValue(key, type, fields.get("value").getValueNode());
    }
    Optional<PolicySource> source =
        fields.containsKey("source") ? readSource(fields.get("source").getValueNode(), key) : defaultSource;
    if (source.isEmpty() && !fields.containsKey("source") && !sourceGiven) {
      problems.add(file, rowLine, key, "no source: give the parameter or the value a source {document, location}");
    }
    String note = optionalScalar(fields, "note", key).orElse("");
    if (from.isEmpty() || value.isEmpty() || source.isEmpty()) {
      return Optional.empty();
    }
    if (until.isPresent() && until.get().isBefore(from.get())) {
      problems.add(file, rowLine, key, "until " + until.get() + " is before from " + from.get());
      return Optional.empty();
    }
    DateRange effective = new DateRange(from.get(), until);
    return Optional.of(new ParameterValue(effective, value.get(), source.get(), note, file, rowLine));
  }

  private void checkSequence(String key, List<ParameterValue> values) {
    for (int i = 1; i < values.size(); i++) {
      ParameterValue prev = values.get(i - 1);
      ParameterValue next = values.get(i);
      LocalDate start = next.effective().start();
      if (prev.effective().isOpenEnded()) {
        problems.add(file, next.line(), key, "value from " + start + " overlaps the open-ended value from " + prev.effective().start() + " (line " + prev.line() + ")");
        continue;
      }
      LocalDate prevEnd = prev.effective().end().orElseThrow();
      if (!start.isAfter(prevEnd)) {
        problems.add(file, next.line(), key, "value from " + start + " overlaps the value " + prev.effective() + " (line " + prev.line() + ")");
      } else if (!start.equals(prevEnd.plusDays(1))) {
        problems.add(file, next.line(), key, "gap from " + prevEnd.plusDays(1) + " to " + start.minusDays(1) + " between the value " + prev.effective() + " (line " + prev.line() + ") and the value from " + start);
      }
    }
  }

  private Optional<Object> typedValue(String key, ParameterType type, Node node) {
    try {
      if (node instanceof ScalarNode s) {
        return Optional.of(type.parseScalar(s.getValue()));
      }
      if (node instanceof SequenceNode seq) {
        List<String> items = new ArrayList<>();
        for (Node item : seq.getValue()) {
          if (!(item instanceof ScalarNode s)) {
            problems.add(file, line(item), key, "list items must be plain texts");
            return Optional.empty();
          }
          items.add(s.getValue());
        }
        return Optional.of(type.parseList(items));
      }
      problems.add(file, line(node), key, "expected " + type.form());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      problems.add(file, line(node), key, "value " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<PolicySource> readSource(Node node, String key) {
    if (!(node instanceof MappingNode map)) {
      problems.add(file, line(node), key, "source must be a mapping {document, location}");
      return Optional.empty();
    }
    Map<String, NodeTuple> fields = fields(map, SOURCE_FIELDS, "the source of '" + key + "'");
    Optional<String> doc = scalar(fields, "document", key, map);
    Optional<String> location = scalar(fields, "location", key, map);
    if (doc.isEmpty() || location.isEmpty()) {
      return Optional.empty();
    }
    PolicyDocument document = documents.get(doc.get());
    if (document == null) {
      problems.add(file, line(fields.get("document").getValueNode()), key, "unknown document '" + doc.get() + "': expected one of " + String.join(", ", new java.util.TreeSet<>(documents.keySet())) + ", or declare it under 'documents'");
      return Optional.empty();
    }
    return Optional.of(new PolicySource(document, location.get()));
  }

  private Optional<LocalDate> date(String text, String key, NodeTuple tuple) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      problems.add(file, line(tuple.getValueNode()), key, "'" + text + "' is not a date: expected an ISO date like 2013-03-31");
      return Optional.empty();
    }
  }

  /** The entries of a mapping by key, reporting non-text and repeated keys. */
  private Map<String, NodeTuple> entries(MappingNode map, String owner) {
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        problems.add(file, line(t.getKeyNode()), owner, "keys must be plain text");
        continue;
      }
      if (entries.containsKey(k.getValue())) {
        problems.add(file, line(k), owner == null ? k.getValue() : owner, "'" + k.getValue() + "' is given twice (first on line " + line(entries.get(k.getValue()).getKeyNode()) + ")");
        continue;
      }
      entries.put(k.getValue(), t);
    }
    return entries;
  }

  /** The fields of a mapping, reporting any that are not among {@code allowed}. */
  private Map<String, NodeTuple> fields(MappingNode map, List<String> allowed, String owner) {
    Map<String, NodeTuple> fields = entries(map, owner);
    Set<String> unknown = new HashSet<>(fields.keySet());
    allowed.forEach(unknown::remove);
    for (String name : unknown) {
      problems.add(file, line(fields.get(name).getKeyNode()), owner, "unknown field '" + name + "' in " + owner + ": expected " + String.join(", ", allowed));
      fields.remove(name);
    }
    return fields;
  }

  private Optional<String> scalar(Map<String, NodeTuple> fields, String name, String owner, Node parent) {
    if (!fields.containsKey(name)) {
      problems.add(file, line(parent), owner, "missing field '" + name + "'");
      return Optional.empty();
    }
    return optionalScalar(fields, name, owner);
  }

  private Optional<String> optionalScalar(Map<String, NodeTuple> fields, String name, String owner) {
    NodeTuple t = fields.get(name);
    if (t == null) {
      return Optional.empty();
    }
    if (!(t.getValueNode() instanceof ScalarNode s) || s.getValue().isBlank()) {
      problems.add(file, line(t.getValueNode()), owner, "field '" + name + "' must be non-blank text");
      return Optional.empty();
    }
    return Optional.of(s.getValue().strip());
  }

  private int problemCount() {
    return problems.size();
  }

  private static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }
}
