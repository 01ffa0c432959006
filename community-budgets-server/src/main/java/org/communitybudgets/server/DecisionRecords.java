package org.communitybudgets.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Decision records in the record format ({@code decision-record.schema.json}): what the log's
 * queries answer, what an export writes a line each, and what a replay reads.
 */
final class DecisionRecords {
  private DecisionRecords() {}

  /** The record in the record format. */
  static ObjectNode json(ObjectMapper mapper, DecisionRecord r) {
    ObjectNode node = mapper.createObjectNode().put("format", DecisionRecord.FORMAT).put("decision", r.id().toString())
        .put("received", r.received().toString()).put("client", r.client()).put("ruleSet", r.ruleSet()).put("fingerprint", r.fingerprint())
        .put("libraryVersion", r.libraryVersion()).put("asOf", r.asOf().toString()).put("subject", r.subject()).put("subjectId", r.subjectId());
    r.family().ifPresent(f -> node.put("family", f));
    node.put("verdict", r.verdict());
    ArrayNode unmet = node.putArray("unmet");
    r.unmet().forEach(unmet::add);
    node.set("answer", r.answer());
    ObjectNode input = node.putObject("input").put("kept", r.input().kept().name().toLowerCase(java.util.Locale.ROOT));
    r.input().digest().ifPresent(d -> input.put("digest", d));
    r.input().record().ifPresent(text -> {
      try {
        input.set("record", mapper.readTree(text));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("decision " + r.id() + " has an input that is not JSON", e);
      }
    });
    r.input().removed().ifPresent(t -> input.put("removed", t.toString()));
    r.input().removedBecause().ifPresent(b -> input.put("removedBecause", b));
    return node;
  }
}
