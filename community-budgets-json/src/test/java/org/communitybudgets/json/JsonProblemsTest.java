package org.communitybudgets.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.pool.Pool;
import org.junit.jupiter.api.Test;

/** A record of the wrong shape is put in the tool's words: what was expected where, and what was found. */
class JsonProblemsTest {
  private static final ObjectMapper MAPPER = DomainJson.mapper();

  private static String problem(String json, Class<?> type) {
    return JsonProblems.of(assertThrows(JsonMappingException.class, () -> MAPPER.readValue(json, type)));
  }

  @Test
  void aRecordThatIsNoObjectSaysWhatItShouldBeAndWhatItWas() {
    assertEquals("a family must be a JSON object, was an array", problem("[1, 2]", Family.class));
    assertEquals("a family must be a JSON object, was a string", problem("\"f-1\"", Family.class));
    assertEquals("a pool must be a JSON object, was a number", problem("7", Pool.class));
    assertEquals("an outcomes plan must be a JSON object, was true or false", problem("true", OutcomesPlan.class));
    assertEquals("an authority target must be a JSON object, was an array", problem("[]", AuthorityTarget.class));
  }

  @Test
  void aFieldOfTheWrongShapeSaysWhereItIs() {
    assertEquals("a list must be a JSON array, was an object (at members)",
        problem("{\"id\":\"f-1\",\"authority\":\"kent\",\"members\":{}}", Family.class));
    assertEquals("a member must be a JSON object, was a string (at members[0])",
        problem("{\"id\":\"f-1\",\"authority\":\"kent\",\"members\":[\"m\"]}", Family.class));
    assertEquals("a family id must be a string, was an array (at family)",
        problem("{\"id\":\"c-1\",\"family\":[],\"authority\":\"kent\",\"kind\":\"ATTACHMENT_FEE_PHASE_1\",\"claimedOn\":\"2013-10-31\"}", Claim.class));
  }

  @Test
  void noMessageNamesAJavaClassOrAParserToken() {
    List<String> shapes = List.of("[1]", "\"x\"", "1", "true", "null", "{\"id\":[]}", "{\"members\":7}", "{\"members\":[[]]}",
        "{\"indicators\":[\"x\"]}", "{\"indicators\":[{\"indicator\":[]}]}", "{\"contributions\":{}}", "{\"holders\":[1]}",
        "{\"firstYear\":[]}", "{\"families\":\"many\"}", "{\"amountClaimed\":{}}");
    for (Class<?> type : List.of(Family.class, Pool.class, Claim.class, AuthorityTarget.class, OutcomesPlan.class)) {
      for (String json : shapes) {
        String message;
        try {
          MAPPER.readValue(json, type);
          continue;
        } catch (JsonMappingException e) {
          message = JsonProblems.of(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          continue;
        }
        for (String leak : List.of("org.", "java.", "com.fasterxml", "JsonToken", "START_", "VALUE_", "`")) {
          assertFalse(message.contains(leak), type.getSimpleName() + " from " + json + ": " + message);
        }
      }
    }
  }

  @Test
  void aParsersMessageLosesItsClassNamesAndTokens() {
    assertEquals("Cannot deserialize value of type Family from Array value",
        JsonProblems.plain("Cannot deserialize value of type `org.communitybudgets.family.Family` from Array value (token `JsonToken.START_ARRAY`)"));
  }
}
