package org.communitybudgets.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Indicator;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.Outcome;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.pool.Party;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.pool.SavingsSharingTerms;
import org.communitybudgets.pool.SharingBasis;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of the domain's records, under {@code schemas/}, are those of the domain's
 * records as {@link DomainJson} reads them: every component a property, the optional ones and the
 * lists (empty when left out) not required, nothing else allowed. A change of the domain shows here; rewrite the files with
 * {@code -Dschemas.write=true} and review the difference.
 */
class SchemaTest {
  private static final Path DIR = Path.of("schemas");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void theFamilySchemaIsTheDomainsForm() throws IOException {
    check("family.schema.json", schema(Family.class, "A family as the identify and results commands read it: one JSON object a line of a JSON-lines file, or an element of a JSON array."));
  }

  @Test
  void thePoolSchemaIsTheDomainsForm() throws IOException {
    check("pool.schema.json", schema(Pool.class, "A Community Budget pool as the assess command reads it: one JSON object a line of a JSON-lines file, or an element of a JSON array."));
  }

  @Test
  void theClaimAndTargetSchemasAreTheDomainsForm() throws IOException {
    check("claim.schema.json", schema(org.communitybudgets.payment.Claim.class, "A payment-by-results claim as the claims command reads it, one JSON object a line."));
    check("target.schema.json", schema(org.communitybudgets.payment.AuthorityTarget.class, "An authority's target of families, as the claims command's --targets file gives it, one a line."));
  }

  @Test
  void theAllocationSchemaIsTheDomainsForm() throws IOException {
    check("allocation.schema.json", schema(org.communitybudgets.funding.Allocation.class, "An area's allocation of a funding line in a financial year, as the assess and report commands' --allocations file gives it, one a line."));
  }

  @Test
  void theOutcomesPlanSchemaIsTheDomainsForm() throws IOException {
    check("outcomes-plan.schema.json", schema(OutcomesPlan.class, "An authority's phase-2 Outcomes Plan, as the results command's --plans file gives it, one a line."));
  }

  private static void check(String file, ObjectNode expected) throws IOException {
    String text = JSON.writeValueAsString(expected) + "\n";
    if (Boolean.getBoolean("schemas.write")) {
      Files.createDirectories(DIR);
      Files.writeString(DIR.resolve(file), text, StandardCharsets.UTF_8);
    }
    assertEquals(text, Files.readString(DIR.resolve(file), StandardCharsets.UTF_8), file + " differs from the domain's form; rewrite it with -Dschemas.write=true");
  }

  static ObjectNode schema(Class<?> root, String description) {
    ObjectNode s = JSON.createObjectNode();
    s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    s.put("title", root.getSimpleName());
    s.put("description", description);
    ObjectNode defs = JSON.createObjectNode();
    s.setAll(object(root, defs, null, null));
    s.set("$defs", defs);
    return s;
  }

  private static ObjectNode object(Class<?> record, ObjectNode defs, String tagName, String tag) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "object");
    ObjectNode properties = o.putObject("properties");
    ArrayNode required = o.putArray("required");
    if (tagName != null) {
      properties.putObject(tagName).put("const", tag);
      required.add(tagName);
    }
    for (RecordComponent c : record.getRecordComponents()) {
      Type t = c.getGenericType();
      boolean optional = t instanceof ParameterizedType p && p.getRawType() == Optional.class;
      properties.set(c.getName(), type(optional ? ((ParameterizedType) t).getActualTypeArguments()[0] : t, defs));
      boolean list = t instanceof ParameterizedType p && p.getRawType() == List.class;
      if (!optional && !list) {
        required.add(c.getName());
      }
    }
    o.put("additionalProperties", false);
    return o;
  }

  private static JsonNode type(Type t, ObjectNode defs) {
    ObjectNode n = JSON.createObjectNode();
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (raw == List.class || raw == java.util.Set.class) {
        n.put("type", "array");
        n.set("items", type(p.getActualTypeArguments()[0], defs));
        return n;
      }
      if (raw == Map.class || raw == java.util.SortedMap.class) {
        n.put("type", "object");
        n.set("propertyNames", type(p.getActualTypeArguments()[0], defs));
        n.set("additionalProperties", type(p.getActualTypeArguments()[1], defs));
        return n;
      }
      throw new IllegalArgumentException("no JSON form for " + t);
    }
    Class<?> c = (Class<?>) t;
    if (c == String.class) {
      return n.put("type", "string");
    }
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return n.put("type", "integer");
    }
    if (c == boolean.class || c == Boolean.class) {
      return n.put("type", "boolean");
    }
    if (c == LocalDate.class) {
      return n.put("type", "string").put("format", "date");
    }
    if (c == FamilyId.class || c == MemberId.class || c == ClaimId.class) {
      return n.put("type", "string").put("pattern", "^[A-Za-z0-9][A-Za-z0-9_-]*$").put("maxLength", 64);
    }
    if (c == AreaId.class) {
      return n.put("type", "string").put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
    }
    if (c == Money.class) {
      return n.put("type", "string").put("pattern", "^-?£(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{2})?$");
    }
    if (c == Percentage.class) {
      return n.put("type", "string").put("pattern", "^-?\\d+(\\.\\d+)?%$");
    }
    if (c == FinancialYear.class) {
      return n.put("type", "string").put("pattern", "^\\d{4}-\\d{2}$");
    }
    if (c.isEnum()) {
      n.put("type", "string");
      ArrayNode values = n.putArray("enum");
      for (Object e : c.getEnumConstants()) {
        values.add(((Enum<?>) e).name());
      }
      return n;
    }
    if (c == SavingsSharingTerms.class) {
      String def = "SavingsSharingTerms";
      if (!defs.has(def)) {
        ObjectNode o = JSON.createObjectNode().put("type", "object");
        ObjectNode properties = o.putObject("properties");
        properties.set("basis", type(SharingBasis.class, defs));
        ObjectNode shares = properties.putObject("shares").put("type", "array");
        ObjectNode share = shares.putObject("items").put("type", "object");
        ObjectNode shareProperties = share.putObject("properties");
        shareProperties.set("party", type(Party.class, defs));
        shareProperties.set("share", type(Percentage.class, defs));
        share.putArray("required").add("party").add("share");
        share.put("additionalProperties", false);
        properties.putObject("description").put("type", "string");
        o.putArray("required").add("basis").add("shares");
        o.put("additionalProperties", false);
        defs.set(def, o);
      }
      return n.put("$ref", "#/$defs/" + def);
    }
    if (c == Party.class) {
      ArrayNode oneOf = n.putArray("oneOf");
      for (Map.Entry<String, Class<?>> sub : DomainJson.subtypes(Party.class).entrySet()) {
        String def = sub.getValue() == org.communitybudgets.pool.BudgetHolder.class ? "BudgetHolderParty" : sub.getValue().getSimpleName();
        if (!defs.has(def)) {
          defs.set(def, JSON.createObjectNode());
          defs.set(def, object(sub.getValue(), defs, DomainJson.typeField(Party.class), sub.getKey()));
        }
        oneOf.addObject().put("$ref", "#/$defs/" + def);
      }
      return n;
    }
    if (c == org.communitybudgets.pool.PoolId.class || c == org.communitybudgets.pool.HolderId.class
        || c == org.communitybudgets.pool.ContributionId.class || c == org.communitybudgets.pool.AgreementId.class
        || c == org.communitybudgets.funding.FundingLineId.class) {
      return n.put("type", "string").put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
    }
    if (c == Indicator.class || c == Outcome.class) {
      String tagName = DomainJson.typeField(c);
      ArrayNode oneOf = n.putArray("oneOf");
      for (Map.Entry<String, Class<?>> sub : DomainJson.subtypes(c).entrySet()) {
        String def = sub.getValue().getSimpleName();
        if (!defs.has(def)) {
          defs.set(def, JSON.createObjectNode());
          defs.set(def, object(sub.getValue(), defs, tagName, sub.getKey()));
        }
        oneOf.addObject().put("$ref", "#/$defs/" + def);
      }
      return n;
    }
    if (c.isRecord()) {
      String def = c.getSimpleName();
      if (!defs.has(def)) {
        defs.set(def, JSON.createObjectNode());
        defs.set(def, object(c, defs, null, null));
      }
      return n.put("$ref", "#/$defs/" + def);
    }
    throw new IllegalArgumentException("no JSON form for " + c);
  }

  private static String name(Class<?> c) {
    return c.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
