package org.communitybudgets.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's settings, under {@code community-budgets} in {@code application.yaml} or as
 * environment variables ({@code COMMUNITY_BUDGETS_SECURITY_ENABLED=false}).
 *
 * @param ruleSets the councils' rule sets by name, each as the command line's options take it
 * @param ruleSetsDirectory a directory whose every folder is a rule set of that name (the layout
 *     of {@link RuleSetBundle}), built at start and rebuilt when its files change
 * @param watchEvery how often the watched directory is looked at
 * @param security who may call the service
 * @param limits how large a request may be
 * @param decisionLog where and how fully every decision is recorded
 */
@ConfigurationProperties("community-budgets")
record ServiceSettings(
    @DefaultValue Map<String, RuleSetSource> ruleSets,
    Path ruleSetsDirectory,
    @DefaultValue("5s") java.time.Duration watchEvery,
    @DefaultValue Security security,
    @DefaultValue Limits limits,
    @DefaultValue DecisionLog decisionLog) {

  /** The watched directory, if one is set. */
  Optional<Path> watchedDirectory() {
    return Optional.ofNullable(ruleSetsDirectory);
  }

  /**
   * A rule set: a council's rule files and folders, parameter overrides and conditions tables,
   * added to the standard rules, and standard rules switched off.
   */
  record RuleSetSource(
      @DefaultValue List<Path> rules,
      @DefaultValue List<Path> parameters,
      @DefaultValue List<Path> conditions,
      @DefaultValue List<String> withoutRules) {}

  /**
   * Who may call the service.
   *
   * @param enabled false only for local development: every call is then an administrator's
   * @param developmentKey makes one key at start, prints it and grants it every rule set and the
   *     administrator's role; for trying the service on one's own machine
   * @param clients the clients that call with an API key
   * @param jwt how bearer tokens from an identity provider are read
   * @param allowedOrigins the web origins browsers may call from (CORS); none unless set
   */
  record Security(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("false") boolean developmentKey,
      @DefaultValue List<Client> clients,
      @DefaultValue Jwt jwt,
      @DefaultValue List<String> allowedOrigins) {}

  /**
   * A client that calls with an API key.
   *
   * @param name the client's name, in the service's logs and metrics
   * @param keyHashes the SHA-256 of each of its keys, in hex: two while a key is rotated
   * @param ruleSets the rule sets it may use; the standard rule set is always granted
   * @param admin whether it may deploy and replace rule sets
   */
  record Client(String name, @DefaultValue List<String> keyHashes, @DefaultValue List<String> ruleSets, @DefaultValue("false") boolean admin) {}

  /**
   * Bearer tokens (JWT) from a council's identity provider: accepted when an issuer and its keys
   * are set, each token checked for its signature, its issuer ({@code iss}), its expiry and, if
   * set, its audience ({@code aud}).
   *
   * @param issuer the issuer every token must name, e.g. {@code https://login.kent.gov.uk/realms/early-help}
   * @param jwkSetUri where the issuer publishes its signing keys (its JWK Set)
   * @param publicKey a file with the issuer's one RSA public key (PEM), instead of a JWK Set
   * @param audience the audience every token must name, if set
   * @param ruleSetsClaim the claim listing the rule sets the token's holder may use
   * @param adminScope the scope that grants the administrator's role
   */
  record Jwt(
      String issuer,
      String jwkSetUri,
      Path publicKey,
      String audience,
      @DefaultValue("rule_sets") String ruleSetsClaim,
      @DefaultValue("community-budgets.admin") String adminScope) {
    /** Whether tokens are accepted. */
    boolean configured() {
      return jwkSetUri != null || publicKey != null;
    }
  }

  /**
   * Limits on requests, each answered with its own problem when passed.
   *
   * @param maxBody the largest body of a single decision
   * @param maxStream the largest body of a stream
   * @param maxRuleSet the largest rule-set bundle
   * @param maxDepth the deepest nesting of JSON
   * @param maxString the longest string in JSON, in characters
   * @param maxStreamRecords the most records in one stream
   */
  record Limits(
      @DefaultValue("1MB") DataSize maxBody,
      @DefaultValue("2GB") DataSize maxStream,
      @DefaultValue("10MB") DataSize maxRuleSet,
      @DefaultValue("32") int maxDepth,
      @DefaultValue("10000") int maxString,
      @DefaultValue("1000000") long maxStreamRecords) {}

  /**
   * The decision log: every decision the service makes, recorded before it is answered.
   *
   * @param enabled false to decide without recording (decisions then have ids but no record)
   * @param url the database's JDBC address: an H2 file by default, {@code
   *     jdbc:postgresql://host:5432/name} for PostgreSQL
   * @param username the database user, if it needs one
   * @param password the user's password, if it needs one
   * @param input how much of each decided record is kept: none, its digest (SHA-256) or in full
   * @param retention how long a full input is kept; after it only its digest
   * @param retentionCheckEvery how often inputs past the retention period are removed
   * @param commitTimeout how long a decision waits for its record to be committed before the
   *     request is refused as the log unavailable
   * @param connections the most connections to the database
   */
  record DecisionLog(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("jdbc:h2:file:./community-budgets-log/decisions") String url,
      String username,
      String password,
      @DefaultValue("digest") InputKept input,
      @DefaultValue("90d") java.time.Duration retention,
      @DefaultValue("1h") java.time.Duration retentionCheckEvery,
      @DefaultValue("5s") java.time.Duration commitTimeout,
      @DefaultValue("8") int connections) {}

  /** How much of a decided record the log keeps. */
  enum InputKept {
    /** Nothing of it: the record names the subject by its id alone. */
    NONE,
    /** The SHA-256 of its canonical JSON: proof of what was decided, without the record. */
    DIGEST,
    /** The record itself in canonical JSON, with its digest: what a replay needs. */
    FULL
  }
}
