package org.communitybudgets.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * A decided record's canonical JSON and its digest: the record in the domain's JSON form, every
 * object's members in the order of their names (by UTF-16 code units), no whitespace. Two requests
 * that differ only in the order of members or in spacing decide the same record and have the same
 * digest.
 */
final class Canonical {
  private Canonical() {}

  /** The record's canonical JSON. */
  static String json(ObjectMapper mapper, Object record) {
    try {
      return mapper.writeValueAsString(sorted(mapper.valueToTree(record)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a domain record could not be written in its JSON form", e);
    }
  }

  /** {@code sha256:} and the hex SHA-256 of the canonical JSON's UTF-8 bytes. */
  static String digest(String canonical) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (String name : names) {
        copy.set(name, sorted(o.get(name)));
      }
      return copy;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode(a.size());
      a.forEach(n -> copy.add(sorted(n)));
      return copy;
    }
    return node;
  }
}
