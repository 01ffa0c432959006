package org.communitybudgets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitybudgets.report.GreaterManchesterPool;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.pool.Pool;
import org.junit.jupiter.api.Test;

/**
 * The shipped pool sample is the bundled Greater Manchester pool in its JSON form, and a copy of
 * it whose first contribution names a holder the pool does not have, which the domain rejects;
 * the allocations sample is the area's allocations the bundled pool is assessed with. Rewrite them
 * with {@code -Dsamples.write=true} after a change of the pool.
 */
class SampleFilesTest {
  private static final Path POOLS = Path.of("samples", "pools.jsonl");
  private static final Path ALLOCATIONS = Path.of("samples", "allocations.jsonl");

  @Test
  void theAllocationsSampleIsTheBundledPoolsAreas() throws IOException {
    ObjectMapper mapper = DomainJson.mapper();
    List<String> expected = new java.util.ArrayList<>();
    for (org.communitybudgets.funding.Allocation a : GreaterManchesterPool.allocations().asList()) {
      expected.add(mapper.writeValueAsString(a));
    }
    if (Boolean.getBoolean("samples.write")) {
      Files.write(ALLOCATIONS, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readAllLines(ALLOCATIONS, StandardCharsets.UTF_8));
  }

  @Test
  void thePoolSampleIsTheBundledPoolAndABrokenCopy() throws IOException {
    ObjectMapper mapper = DomainJson.mapper();
    Pool pool = GreaterManchesterPool.pool();
    String valid = mapper.writeValueAsString(pool);
    ObjectNode broken = (ObjectNode) mapper.readTree(valid);
    broken.put("id", "gm-families-broken");
    ((ObjectNode) broken.withArray("contributions").get(0)).put("holder", "no-such-holder");
    List<String> expected = List.of(valid, mapper.writeValueAsString(broken));
    if (Boolean.getBoolean("samples.write")) {
      Files.write(POOLS, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readAllLines(POOLS, StandardCharsets.UTF_8));
    assertEquals(pool, mapper.readValue(valid, Pool.class));
  }
}
