package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A service told to stop finishes the requests in flight before it stops, and takes no new ones. */
class ShutdownTest {
  @Test
  void aRequestInFlightFinishesWhenTheServiceStops() throws Exception {
    Service s = Service.start();
    List<String> families = Service.sampleFamilies();
    String path = "/v1/rule-sets/standard/identify/stream?asOf=2012-10-01";
    try (Socket socket = new Socket(s.base.getHost(), s.base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + Service.KENT_KEY
          + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      chunk(out, families.get(0));
      long until = System.nanoTime() + 30_000_000_000L;
      while (s.context.getBean(io.micrometer.core.instrument.MeterRegistry.class).get("community_budgets_streams_in_flight").gauge().value() < 1) {
        assertTrue(System.nanoTime() < until, "the stream did not begin");
        Thread.sleep(20);
      }
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(s::close);
      Thread.sleep(500);
      assertTrue(!stopping.isDone(), "the service waits for the request in flight");
      for (String f : families.subList(1, families.size())) {
        chunk(out, f);
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      socket.setSoTimeout(60_000);
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      assertEquals(families.size(), answer.split("\"fingerprint\"", -1).length - 1, answer);
      stopping.get(60, TimeUnit.SECONDS);
    }
  }

  private static void chunk(OutputStream out, String line) throws java.io.IOException {
    byte[] data = (line + "\n").getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
