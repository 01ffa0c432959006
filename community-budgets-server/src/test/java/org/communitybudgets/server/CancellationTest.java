package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A client that goes away in the middle of a stream stops the work: the service decides no more of it. */
class CancellationTest {
  @Test
  void aClientThatGoesAwayStopsTheStream() throws Exception {
    try (Service s = Service.start()) {
      MeterRegistry metrics = s.context.getBean(MeterRegistry.class);
      List<String> families = Service.sampleFamilies().subList(0, 5);
      Socket socket = new Socket(s.base.getHost(), s.base.getPort());
      OutputStream out = socket.getOutputStream();
      out.write(("POST /v1/rule-sets/standard/identify/stream?asOf=2012-10-01 HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + Service.KENT_KEY
          + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      // A client that would send families for ever.
      CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
        try {
          while (true) {
            byte[] data = (String.join("\n", families) + "\n").getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(data);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
          }
        } catch (java.io.IOException closed) {
          // the client went away
        }
      });
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      int rows = 0;
      for (String line; rows < 2_000 && (line = in.readLine()) != null; ) {
        if (line.contains("\"fingerprint\"")) {
          rows++;
        }
      }
      assertEquals(2_000, rows, "the stream answered while its input was still arriving");
      socket.close();
      sending.join();
      long until = System.nanoTime() + 30_000_000_000L;
      while (metrics.get("community_budgets_streams_in_flight").gauge().value() > 0) {
        assertTrue(System.nanoTime() < until, "the stream went on after its client went away");
        Thread.sleep(50);
      }
      double decided = decided(metrics);
      Thread.sleep(1_000);
      assertEquals(decided, decided(metrics), "nothing more was decided for the client that went away");
    }
  }

  private static double decided(MeterRegistry metrics) {
    return metrics.find("community_budgets_decisions").counters().stream().mapToDouble(c -> c.count()).sum();
  }
}
