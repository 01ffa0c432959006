package org.communitybudgets.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.funding.Allocation;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.json.JsonProblems;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.pool.Pool;
import org.springframework.stereotype.Component;

/**
 * Reads request bodies in the domain's JSON form, within the service's limits: a body larger than
 * its limit, nested deeper or with a longer string is refused before it is read whole; one that is
 * not JSON is refused with the line and column; and one the domain refuses is refused with every
 * problem the record's JSON Schema finds in it at once, each at the JSON Pointer of the bad value,
 * or, where the schema finds none, with the domain's own message at the value it was read from.
 */
@Component
class Bodies {
  /** Each record's schema, from the JSON-form module: the same schemas the command line's inputs follow. */
  private static final Map<Class<?>, String> SCHEMAS = Map.of(
      Family.class, "family", Pool.class, "pool", Claim.class, "claim", AuthorityTarget.class, "target",
      OutcomesPlan.class, "outcomes-plan", Allocation.class, "allocation");

  private final ServiceSettings.Limits limits;
  private final ObjectMapper mapper;
  private final Map<Class<?>, Schema> schemas = new LinkedHashMap<>();

  Bodies(ServiceSettings settings) {
    this.limits = settings.limits();
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth()).maxStringLength(limits.maxString()).build()).build();
    this.mapper = DomainJson.mapper(factory);
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    SCHEMAS.forEach((type, name) -> {
      try (InputStream in = DomainJson.class.getResourceAsStream("schemas/" + name + ".schema.json")) {
        schemas.put(type, registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The mapper bodies are read with, within the limits. */
  ObjectMapper mapper() {
    return mapper;
  }

  /** The body of a single decision as JSON, within the limit on its size. */
  JsonNode tree(HttpServletRequest request) throws IOException {
    return parse(bytes(request));
  }

  /**
   * The body of a single decision that is one record, read straight into it; a body that is not
   * the record is refused as {@link #value} refuses it.
   */
  <T> T record(HttpServletRequest request, Class<T> type) throws IOException {
    byte[] body = bytes(request);
    try {
      return mapper.readValue(body, type);
    } catch (StreamConstraintsException | com.fasterxml.jackson.core.JsonParseException e) {
      parse(body); // refused with the limit passed, or where the JSON breaks
      throw new IllegalStateException(e);
    } catch (JsonMappingException e) {
      List<Problem.Located> problems = new ArrayList<>();
      JsonNode node = parse(body);
      if (!node.isObject()) {
        problems.add(new Problem.Located("", "the body must be a JSON object, was " + kind(node)));
      } else {
        value(node, "", type, problems);
      }
      refuseIfAny(problems);
      throw new IllegalStateException("the record is refused but no problem was found in it", e);
    }
  }

  /** A body's bytes, within the limit on a single decision's size. */
  private byte[] bytes(HttpServletRequest request) throws IOException {
    long max = limits.maxBody().toBytes();
    if (request.getContentLengthLong() > max) {
      throw tooLarge(max);
    }
    byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (body.length > max) {
      throw tooLarge(max);
    }
    return body;
  }

  private static ProblemException tooLarge(long max) {
    return new ProblemException(Problem.Kind.TOO_LARGE, "the body is larger than the limit of " + max + " bytes for a single decision;"
        + " decide many records with the stream address, or ask the service's operator to raise community-budgets.limits.max-body");
  }

  /** A JSON text as a tree, or the problem with it: where the JSON breaks, or the limit it passes. */
  JsonNode parse(byte[] text) {
    try {
      JsonNode node = mapper.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new ProblemException(Problem.Kind.MALFORMED_JSON, "the body is empty; it must be a JSON object");
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new ProblemException(Problem.Kind.TOO_LARGE, limitPassed(e));
    } catch (JsonProcessingException e) {
      throw new ProblemException(Problem.Kind.MALFORMED_JSON, malformed(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Which limit a document passes, in the service's words. */
  String limitPassed(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("nesting depth")) {
      return "the JSON is nested deeper than the limit of " + limits.maxDepth() + " (community-budgets.limits.max-depth)";
    }
    if (m.contains("String value length")) {
      return "a string of the JSON is longer than the limit of " + limits.maxString() + " characters (community-budgets.limits.max-string)";
    }
    return "the JSON passes a limit of the service: " + m;
  }

  /** Where a JSON text breaks, in words. */
  static String malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String what = String.valueOf(e.getOriginalMessage());
    int cut = what.indexOf(" at [Source");
    what = cut < 0 ? what : what.substring(0, cut);
    what = what.replaceAll("\\s*\\(for .*?\\)", "").replaceAll("\\n.*", "");
    return "the body is not well-formed JSON" + where + ": " + what;
  }

  /**
   * The record at {@code pointer} of the body, or {@code null} with its problems added: every one
   * its schema finds, or else the domain's.
   */
  <T> T value(JsonNode node, String pointer, Class<T> type, List<Problem.Located> problems) {
    // A record the domain takes is decided at once; the schema is read only for one it refuses, to
    // name every problem in it, not only the first the domain meets.
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonMappingException e) {
      if (!schemaProblems(node, pointer, type, problems)) {
        problems.add(new Problem.Located(pointer + JsonProblems.pointer(e), JsonProblems.of(e)));
      }
      return null;
    } catch (JsonProcessingException e) {
      problems.add(new Problem.Located(pointer, e.getOriginalMessage()));
      return null;
    }
  }

  /** Adds every problem the record's schema finds; whether it found any. */
  private boolean schemaProblems(JsonNode node, String pointer, Class<?> type, List<Problem.Located> problems) {
    Schema schema = schemas.get(type);
    if (schema == null) {
      return false;
    }
    List<com.networknt.schema.Error> errors = schema.validate(node);
    for (Problem.Located e : OneOf.relevant(errors)) {
      problems.add(new Problem.Located(pointer + e.pointer(), e.detail()));
    }
    return !errors.isEmpty();
  }

  /** The record of a request's member, or {@code null} if the body has none or it is refused (with its problems added). */
  <T> T member(JsonNode body, String name, Class<T> type, List<Problem.Located> problems) {
    return body.hasNonNull(name) ? value(body.get(name), "/" + Bodies.escape(name), type, problems) : null;
  }

  /** The records of a JSON array at {@code pointer}, or an empty list with its problems added. */
  <T> List<T> values(JsonNode node, String pointer, Class<T> type, List<Problem.Located> problems) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      problems.add(new Problem.Located(pointer, "must be a JSON array, was " + kind(node)));
      return List.of();
    }
    List<T> all = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      T v = value(node.get(i), pointer + "/" + i, type, problems);
      if (v != null) {
        all.add(v);
      }
    }
    return all;
  }

  /**
   * Checks that a request's body is an object with the required members and no others, adding a
   * problem for each missing or unknown one.
   *
   * @return whether it is an object
   */
  static boolean members(JsonNode body, Set<String> required, Set<String> optional, List<Problem.Located> problems) {
    if (!body.isObject()) {
      problems.add(new Problem.Located("", "the body must be a JSON object, was " + kind(body)));
      return false;
    }
    for (String r : required) {
      if (!body.has(r) || body.get(r).isNull()) {
        problems.add(new Problem.Located("", "required member '" + r + "' is missing"));
      }
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String n = names.next();
      if (!required.contains(n) && !optional.contains(n)) {
        Set<String> known = new java.util.TreeSet<>(required);
        known.addAll(optional);
        problems.add(new Problem.Located("/" + escape(n), "unknown member '" + n + "': expected one of " + known));
      }
    }
    return true;
  }

  /** Refuses the body if any problem was found in it. */
  static void refuseIfAny(List<Problem.Located> problems) {
    if (!problems.isEmpty()) {
      throw new ProblemException(new Problem(Problem.Kind.INVALID_RECORD, problems.size() == 1 ? problems.get(0).detail()
          : problems.size() + " problems were found in the body; each is under errors, at its JSON Pointer", problems));
    }
  }

  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case NULL -> "null";
      default -> "not a value";
    };
  }

  static String pointer(NodePath path) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      b.append('/').append(element instanceof Integer ? element.toString() : escape(String.valueOf(element)));
    }
    return b.toString();
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
