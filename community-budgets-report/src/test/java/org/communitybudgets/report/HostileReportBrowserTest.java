package org.communitybudgets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A report whose every free-text field carries markup, opened in headless Chromium and driven over
 * the DevTools protocol: the pointer is moved over every node, band, bar and point of every chart,
 * so that each tooltip is drawn, and after each move no script from the data has run (the page's
 * title is its own) and no element from the data is in the page (no image, frame, extra script or
 * event-handler attribute). The markup shows as text in the tooltips that carry it. Skipped where
 * Chromium is not installed, unless {@code COMMUNITY_BUDGETS_BROWSER} is {@code required}.
 */
class HostileReportBrowserTest {
  private static final Path DIR = Path.of("target/report-hostile");
  private static final String PAYLOAD = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>"
      + "\"><svg onload=\"document.title='pwned'\"></svg><!--";
  /** The fields of the pool's JSON form that hold free text. */
  private static final Set<String> FREE_TEXT = Set.of("name", "description", "evidence", "title", "accountabilityArrangements",
      "fundingAgreement", "priorities");

  /** The bundled pool with markup before every free-text value. */
  static Pool hostilePool() throws IOException {
    ObjectMapper json = DomainJson.mapper();
    JsonNode tree = json.valueToTree(GreaterManchesterPool.pool());
    poison(tree);
    return json.treeToValue(tree, Pool.class);
  }

  private static void poison(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode v = o.get(name);
        if (FREE_TEXT.contains(name) && v.isTextual()) {
          o.put(name, PAYLOAD + v.asText());
        } else if (FREE_TEXT.contains(name) && v.isArray()) {
          ArrayNode a = (ArrayNode) v;
          for (int i = 0; i < a.size(); i++) {
            a.set(i, TextNode.valueOf(PAYLOAD + a.get(i).asText()));
          }
        } else {
          poison(v);
        }
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(HostileReportBrowserTest::poison);
    }
  }

  private static Optional<Path> chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Optional.of(Path.of(candidate));
      }
    }
    assertFalse("required".equals(System.getenv("COMMUNITY_BUDGETS_BROWSER")),
        "COMMUNITY_BUDGETS_BROWSER=required, but Chromium is not installed (Debian: apt-get install chromium)");
    Assumptions.assumeTrue(false, "Chromium is not installed: the browser tests are skipped");
    return Optional.empty();
  }

  @Test
  void hoveringEveryChartItemOfAReportFullOfMarkupRunsNoScriptAndInjectsNoElement() throws Exception {
    Path chromium = chromium().orElseThrow();
    ProgrammeOfficeReport.Inputs bundled = ProgrammeOfficeReport.bundled();
    ProgrammeOfficeReport.CohortInput cohort = new ProgrammeOfficeReport.CohortInput(bundled.cohort().authority(), bundled.cohort().phase(),
        PAYLOAD + "families.jsonl", bundled.cohort().records().subList(0, 400), bundled.cohort().target(), List.of(),
        bundled.cohort().identifiedOn(), bundled.cohort().reviewedOn());
    String html = ProgrammeOfficeReport.html(CommunityBudgetsEngine.standard(), ProgrammeOfficeReport.DEFAULT_DATE,
        new ProgrammeOfficeReport.Inputs(hostilePool(), bundled.allocations(), cohort, true));
    Files.createDirectories(DIR);
    Path page = DIR.resolve("hostile.html").toAbsolutePath();
    Files.writeString(page, html, StandardCharsets.UTF_8);

    try (Browser browser = Browser.launch(chromium, Files.createTempDirectory(DIR.toAbsolutePath(), "profile"))) {
      String session = browser.open(page.toUri().toString());
      String title = browser.evaluate(session, "document.title").asText();
      assertTrue(title.startsWith("Community Budgets programme office report"), title);
      assertEquals("[]", browser.evaluate(session, INJECTED).asText(), "elements from the data in the page as drawn");
      int items = browser.evaluate(session, "window.__items = Array.from(document.querySelectorAll('.chart svg path, .chart svg rect'))"
          + ".filter(function (e) { var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; }); window.__items.length").asInt();
      assertTrue(items > 100, "chart items to hover: " + items);
      Set<String> shown = new TreeSet<>();
      for (int i = 0; i < items; i++) {
        JsonNode at = browser.evaluate(session, "(function () { var e = window.__items[" + i + "]; e.scrollIntoView({block: 'center', inline: 'center'});"
            + " var r = e.getBoundingClientRect(); return JSON.stringify([r.left + r.width / 2, r.top + r.height / 2]); }())");
        JsonNode xy = new ObjectMapper().readTree(at.asText());
        browser.send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", xy.get(0).asDouble(), "y", xy.get(1).asDouble()), session);
        browser.evaluate(session, "new Promise(function (done) { requestAnimationFrame(function () { requestAnimationFrame(done); }); })");
        assertEquals(title, browser.evaluate(session, "document.title").asText(), "a script from the data ran on hovering item " + i);
        assertEquals("[]", browser.evaluate(session, INJECTED).asText(), "elements from the data in the page after hovering item " + i);
        browser.evaluate(session, "JSON.stringify(Array.from(document.querySelectorAll('.chart div'))"
            + ".map(function (d) { return d.textContent; }).filter(function (t) { return t.indexOf('<img src=x') >= 0; }))")
            .asText().lines().forEach(shown::add);
      }
      assertTrue(shown.stream().anyMatch(s -> s.contains("<img src=x")), "the markup shows as text in a tooltip: " + shown);
    }
  }

  /** The elements the data could have put in the page: images, frames, scripts beyond the page's four, event-handler attributes. */
  private static final String INJECTED = "JSON.stringify(Array.from(document.querySelectorAll('*')).filter(function (e) {"
      + " return /^(IMG|IFRAME|OBJECT|EMBED)$/.test(e.tagName)"
      + " || Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); }); })"
      + ".map(function (e) { return e.outerHTML.slice(0, 120); })"
      + ".concat(document.scripts.length === 4 ? [] : ['scripts: ' + document.scripts.length]))";

  /** Headless Chromium driven over the DevTools protocol. */
  private static final class Browser implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Browser(Process process, String url) {
      this.process = process;
      StringBuilder partial = new StringBuilder();
      this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
          partial.append(data);
          if (last) {
            try {
              JsonNode message = JSON.readTree(partial.toString());
              if (message.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
                if (f != null) {
                  f.complete(message);
                }
              }
            } catch (IOException e) {
              pending.values().forEach(f -> f.completeExceptionally(e));
            }
            partial.setLength(0);
          }
          ws.request(1);
          return null;
        }
      }).join();
    }

    static Browser launch(Path chromium, Path profile) throws IOException {
      Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
          "--remote-debugging-port=0", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
      Pattern listening = Pattern.compile("DevTools listening on (ws://\\S+)");
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      for (String line; System.nanoTime() < until && (line = err.readLine()) != null; ) {
        Matcher m = listening.matcher(line);
        if (m.find()) {
          Thread drain = new Thread(() -> {
            try {
              while (err.readLine() != null) {
                // Chromium's log, not read.
              }
            } catch (IOException e) {
              // The browser has gone.
            }
          });
          drain.setDaemon(true);
          drain.start();
          return new Browser(p, m.group(1));
        }
      }
      p.destroyForcibly();
      throw new IllegalStateException("Chromium did not say where its DevTools listen");
    }

    /** Opens a page in a new tab, waits until every chart is drawn, and returns the tab's session. */
    String open(String url) throws Exception {
      String target = send("Target.createTarget", Map.of("url", "about:blank"), null).get("targetId").asText();
      String session = send("Target.attachToTarget", Map.of("targetId", target, "flatten", true), null).get("sessionId").asText();
      send("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 1600, "deviceScaleFactor", 1, "mobile", false), session);
      send("Page.navigate", Map.of("url", url), session);
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!evaluate(session, "document.body !== null && document.body.dataset.rendered === 'true'").asBoolean()) {
        assertTrue(System.nanoTime() < until, "the page drew its charts within a minute");
        Thread.sleep(100);
      }
      return session;
    }

    /** The value of an expression in the page, awaited if it is a promise. */
    JsonNode evaluate(String session, String expression) throws Exception {
      JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true), session);
      assertFalse(result.has("exceptionDetails"), expression + ": " + result.path("exceptionDetails"));
      return result.path("result").path("value");
    }

    JsonNode send(String method, Map<String, Object> params, String session) throws Exception {
      int id = ids.incrementAndGet();
      ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
      message.set("params", JSON.valueToTree(params));
      if (session != null) {
        message.put("sessionId", session);
      }
      CompletableFuture<JsonNode> reply = new CompletableFuture<>();
      pending.put(id, reply);
      socket.sendText(JSON.writeValueAsString(message), true).join();
      JsonNode answer = reply.get(60, TimeUnit.SECONDS);
      assertFalse(answer.has("error"), method + ": " + answer.path("error"));
      return answer.path("result");
    }

    @Override
    public void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
      process.destroy();
      process.onExit().completeOnTimeout(process, 10, TimeUnit.SECONDS).join();
      process.destroyForcibly();
    }
  }
}
