package org.communitybudgets.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code decisions}: the decision service's log read from the command line: decisions listed,
 * exported as JSON lines in the record format, and replayed. The service's address comes from
 * {@code --service} or {@code COMMUNITY_BUDGETS_SERVICE}; the API key from the file {@code
 * --api-key-file} names or {@code COMMUNITY_BUDGETS_API_KEY}, never from the command line, where
 * other users of the machine could read it.
 */
@Command(
    name = "decisions",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the decision log of a running decision service: lists the decisions recorded, exports them as JSON lines in the record format, and replays them under the rule sets the service now serves.",
      "The service's address is --service or COMMUNITY_BUDGETS_SERVICE (default http://127.0.0.1:8080); the API key is read from --api-key-file or COMMUNITY_BUDGETS_API_KEY."
    },
    subcommands = {DecisionsCommand.Listing.class, DecisionsCommand.Exporting.class, DecisionsCommand.Replaying.class})
final class DecisionsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: list, export or replay");
  }

  /** Where the service is and how to call it. */
  static final class Connection {
    @Option(names = "--service", paramLabel = "URL", description = "The decision service's address (default: COMMUNITY_BUDGETS_SERVICE, else http://127.0.0.1:8080).")
    String service;

    @Option(names = "--api-key-file", paramLabel = "FILE", description = "A file holding the API key (default: COMMUNITY_BUDGETS_API_KEY).")
    Path keyFile;

    URI base() {
      String url = service != null ? service : System.getenv().getOrDefault("COMMUNITY_BUDGETS_SERVICE", "http://127.0.0.1:8080");
      return URI.create(url.endsWith("/") ? url : url + "/");
    }

    String key() throws IOException {
      if (keyFile != null) {
        return FileAccess.readString(keyFile).strip();
      }
      String key = System.getenv("COMMUNITY_BUDGETS_API_KEY");
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("no API key: put it in a file and give --api-key-file FILE, or set COMMUNITY_BUDGETS_API_KEY");
      }
      return key.strip();
    }

    /** Sends the request; an answer other than 200 is an error with the service's own detail. */
    HttpResponse<java.io.InputStream> send(String method, String path) throws IOException, InterruptedException {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
      URI uri = base().resolve(path);
      HttpRequest request = HttpRequest.newBuilder(uri).header("X-API-Key", key()).header("Accept", "application/json, application/x-ndjson")
          .method(method, HttpRequest.BodyPublishers.noBody()).build();
      HttpResponse<java.io.InputStream> r;
      try {
        r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (ConnectException e) {
        throw new IllegalArgumentException("no decision service answers at " + base() + " (--service or COMMUNITY_BUDGETS_SERVICE)");
      }
      if (r.statusCode() != 200) {
        String body;
        try (var in = r.body()) {
          body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String detail = body;
        try {
          JsonNode p = JSON.readTree(body);
          if (p.has("detail")) {
            detail = p.get("detail").asText();
          }
        } catch (IOException notJson) {
          // the body as it is
        }
        throw new IllegalArgumentException("the service answered " + r.statusCode() + " to " + method + " " + uri.getPath() + ": " + detail);
      }
      return r;
    }
  }

  /** Which decisions. */
  static final class Criteria {
    @Option(names = "--family", paramLabel = "ID", description = "The family's id.")
    String family;

    @Option(names = "--rule-set", paramLabel = "NAME", description = "The rule set's name.")
    String ruleSet;

    @Option(names = "--fingerprint", paramLabel = "FINGERPRINT", description = "The rule set's fingerprint.")
    String fingerprint;

    @Option(names = "--verdict", paramLabel = "CODE", description = "The verdict's code, e.g. ELIGIBLE.")
    String verdict;

    @Option(names = "--subject", paramLabel = "KIND", description = "What was decided: family, results, claim or contribution.")
    String subject;

    @Option(names = "--from", paramLabel = "INSTANT", description = "Received at or after this instant, e.g. 2026-12-07T09:00:00Z.")
    String from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "Received before this instant.")
    String to;

    /** The query string, beginning with {@code ?} if there is any. */
    String query(Map<String, String> more) {
      Map<String, String> q = new LinkedHashMap<>();
      put(q, "family", family);
      put(q, "ruleSet", ruleSet);
      put(q, "fingerprint", fingerprint);
      put(q, "verdict", verdict);
      put(q, "subject", subject);
      put(q, "from", from);
      put(q, "to", to);
      q.putAll(more);
      return q.isEmpty() ? "" : "?" + q.entrySet().stream()
          .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> q, String name, String value) {
      if (value != null && !value.isEmpty()) {
        q.put(name, value);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code decisions list}: a line a decision, oldest first. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the decisions recorded that match, oldest first: id, time received, rule set, subject, verdict and the conditions not met.")
  static final class Listing implements Callable<Integer> {
    @Mixin Connection connection = new Connection();
    @Mixin Criteria criteria = new Criteria();

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text", description = "text (default) or jsonl: each decision in the record format, one JSON object a line.")
    String format;

    @Option(names = "--json", hidden = true, description = "Deprecated: --format jsonl.")
    boolean jsonOption;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      boolean json = Deprecations.format(spec, format, jsonOption, "jsonl", "text", "jsonl").equals("jsonl");
      PrintWriter out = spec.commandLine().getOut();
      String after = null;
      long n = 0;
      do {
        Map<String, String> page = new LinkedHashMap<>();
        page.put("limit", "1000");
        if (after != null) {
          page.put("after", after);
        }
        JsonNode answer;
        try (var in = connection.send("GET", "v1/decisions" + criteria.query(page)).body()) {
          answer = JSON.readTree(in);
        }
        for (JsonNode d : answer.get("decisions")) {
          n++;
          if (json) {
            out.println(JSON.writeValueAsString(d));
          } else {
            StringBuilder unmet = new StringBuilder();
            d.get("unmet").forEach(u -> unmet.append(unmet.length() == 0 ? "" : ",").append(u.asText()));
            out.println(String.join("  ", d.get("decision").asText(), d.get("received").asText(), d.get("ruleSet").asText(),
                d.get("subject").asText() + " " + d.get("subjectId").asText(), d.get("verdict").asText(), unmet.toString()).strip());
          }
        }
        after = answer.has("next") ? answer.get("next").asText() : null;
      } while (after != null);
      if (!json) {
        spec.commandLine().getErr().println(n + (n == 1 ? " decision" : " decisions"));
      }
      out.flush();
      return 0;
    }
  }

  /** {@code decisions export}: the records, a line each. */
  @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes every decision recorded that matches, oldest first, one JSON object a line in the record format (decision-record.schema.json): what an audit keeps and a replay reads.")
  static final class Exporting implements Callable<Integer> {
    @Mixin Connection connection = new Connection();
    @Mixin Criteria criteria = new Criteria();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.send("GET", "v1/decisions/export" + criteria.query(Map.of())).body(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          out.println(line);
        }
      }
      out.flush();
      return 0;
    }
  }

  /** {@code decisions replay}: one decision, or every one that matches, decided again. */
  @Command(name = "replay", mixinStandardHelpOptions = true, description = {
      "Decides again one logged decision, or every one that matches, from its stored input under the rule set of its name the service now serves, and says whether the answer is identical, what differs and why, or why it cannot be replayed (its input was not kept, or its rule set is no longer served: the fingerprint it needs).",
      "A range ends with 'N identical, M differ, K not replayable'. Exit code 0 when every one is identical, 1 otherwise."})
  static final class Replaying implements Callable<Integer> {
    @Mixin Connection connection = new Connection();
    @Mixin Criteria criteria = new Criteria();

    @Parameters(arity = "0..1", paramLabel = "DECISION", description = "The decision's id; without it, every decision that matches.")
    String decision;

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text", description = "text (default) or jsonl: each replay as the service answers it, one JSON object a line.")
    String format;

    @Option(names = "--json", hidden = true, description = "Deprecated: --format jsonl.")
    boolean jsonOption;

    private boolean json;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      json = Deprecations.format(spec, format, jsonOption, "jsonl", "text", "jsonl").equals("jsonl");
      PrintWriter out = spec.commandLine().getOut();
      if (decision != null) {
        JsonNode r;
        try (var in = connection.send("POST", "v1/decisions/" + URLEncoder.encode(decision, StandardCharsets.UTF_8) + "/replay").body()) {
          r = JSON.readTree(in);
        }
        print(out, r);
        out.flush();
        return r.get("outcome").asText().equals("IDENTICAL") ? 0 : CommunityBudgetsCli.SOME_INVALID;
      }
      JsonNode count = null;
      try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.send("POST", "v1/decisions/replay" + criteria.query(Map.of())).body(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode r = JSON.readTree(line);
          if (r.has("summary")) {
            count = r;
          } else {
            print(out, r);
          }
        }
      }
      if (count == null) {
        throw new IllegalArgumentException("the service's replay ended before its count: the stream was cut short");
      }
      out.println(json ? JSON.writeValueAsString(count) : count.get("summary").asText());
      out.flush();
      return count.get("differ").asLong() == 0 && count.get("notReplayable").asLong() == 0 ? 0 : CommunityBudgetsCli.SOME_INVALID;
    }

    private void print(PrintWriter out, JsonNode r) throws IOException {
      if (json) {
        out.println(JSON.writeValueAsString(r));
        return;
      }
      out.println(r.get("decision").asText() + "  " + r.get("outcome").asText() + "  " + r.get("why").asText());
      for (JsonNode d : r.get("differences")) {
        out.println("    " + d.get("member").asText() + ": recorded " + JSON.writeValueAsString(d.get("recorded")) + "; now "
            + JSON.writeValueAsString(d.get("now")));
      }
    }
  }
}
