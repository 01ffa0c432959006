package org.communitybudgets.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service started for real on a free port of the loopback interface, called over HTTP with
 * Java's own client: what a case-management system sees.
 */
final class Service implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  /** The key of the client granted every rule set and the administrator's role. */
  static final String ADMIN_KEY = "cb_test-admin-key-0000000000000000000000000000";
  /** Kent's key: the standard rule set and Kent's own. */
  static final String KENT_KEY = "cb_test-kent-key-00000000000000000000000000000";
  /** Medway's key: the standard rule set and Medway's own. */
  static final String MEDWAY_KEY = "cb_test-medway-key-000000000000000000000000000";

  final ConfigurableApplicationContext context;
  final URI base;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Service(ConfigurableApplicationContext context) {
    this.context = context;
    String port = context.getEnvironment().getProperty("local.server.port");
    this.base = URI.create("http://127.0.0.1:" + port);
  }

  /** The service with three clients (an administrator, Kent and Medway) and the given settings. */
  static Service start(String... settings) {
    List<String> args = new ArrayList<>(List.of(
        "--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.communitybudgets=INFO",
        "--community-budgets.security.clients[0].name=programme-office",
        "--community-budgets.security.clients[0].key-hashes[0]=" + ApiKeys.hash(ADMIN_KEY),
        "--community-budgets.security.clients[0].rule-sets[0]=*",
        "--community-budgets.security.clients[0].admin=true",
        "--community-budgets.security.clients[1].name=kent",
        "--community-budgets.security.clients[1].key-hashes[0]=" + ApiKeys.hash(KENT_KEY),
        "--community-budgets.security.clients[1].rule-sets[0]=kent",
        "--community-budgets.security.clients[2].name=medway",
        "--community-budgets.security.clients[2].key-hashes[0]=" + ApiKeys.hash(MEDWAY_KEY),
        "--community-budgets.security.clients[2].rule-sets[0]=medway"));
    if (Arrays.stream(settings).noneMatch(s -> s.startsWith("--community-budgets.decision-log.url="))) {
      args.add("--community-budgets.decision-log.url=jdbc:h2:file:" + temporaryFolder().resolve("decisions"));
    }
    args.addAll(Arrays.asList(settings));
    return new Service(SpringApplication.run(DecisionServer.class, args.toArray(String[]::new)));
  }

  /** A new folder for a service's own files, its decision log among them. */
  static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("community-budgets-service");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    context.close();
  }

  /** A request to a path of the service, with a key if one is given. */
  HttpRequest.Builder request(String path, String key) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
    if (key != null) {
      b.header("X-API-Key", key);
    }
    return b;
  }

  /** Sends a request and checks the exchange against the OpenAPI document. */
  HttpResponse<String> send(HttpRequest request) {
    return send(request, null);
  }

  /** Sends a request whose body is the text given, and checks the exchange, both bodies included, against the OpenAPI document. */
  HttpResponse<String> send(HttpRequest request, String body) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      ContractCheck.check(request, body, response);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path, String key) {
    return send(request(path, key).GET().build());
  }

  HttpResponse<String> post(String path, String key, String contentType, String body) {
    return send(request(path, key).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(), body);
  }

  HttpResponse<String> postJson(String path, String key, String body) {
    return post(path, key, "application/json", body);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled sample families of the command line, one JSON object a line. */
  static List<String> sampleFamilies() {
    try {
      return Files.readAllLines(Path.of("../community-budgets-cli/samples/families.jsonl")).stream().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled sample family f-1001 of Kent, identified for phase 1 on 1 October 2012. */
  static String kentFamily() {
    return sampleFamilies().get(0);
  }

  static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
