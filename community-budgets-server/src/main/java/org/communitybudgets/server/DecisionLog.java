package org.communitybudgets.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision log: a database of every decision the service made, written before the decision
 * is answered. Requests hand their records to one writer, which commits whatever has gathered in
 * one transaction (group commit), in the order handed over, and then releases the requests. A
 * record that cannot be committed fails its request. When the database cannot be reached the log says it is unavailable, so that
 * new decisions are refused rather than made unrecorded, and looks again every second until it
 * can. The schema is migrated at start (Flyway, {@code log/h2} or {@code log/postgresql} beside
 * this class). It logs no record's contents: only ids, counts and the database's error codes.
 */
final class DecisionLog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DecisionLog.class);
  /** The most records committed in one transaction. */
  static final int MAX_BATCH = 1000;
  /** The most records waiting to be written; a request beyond it is refused as the log unavailable. */
  static final int MAX_WAITING = 50_000;

  private static final String COLUMNS = "id, received, client, rule_set, fingerprint, library_version, as_of, subject, subject_id, family,"
      + " verdict, answer, input_kept, input_digest, input, input_removed, input_removed_because";
  private static final String INSERT = "insert into decision (id, received, client, rule_set, fingerprint, library_version, as_of, subject,"
      + " subject_id, family, verdict, answer, input_kept, input_digest, input) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final HikariDataSource data;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final ServiceSettings.DecisionLog settings;
  private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>(MAX_WAITING);
  private final List<Thread> writers;
  private final ScheduledExecutorService chores;
  private final Timer commits;
  private final DistributionSummary batches;
  private volatile boolean up = true;
  private volatile boolean closing;

  /** A record waiting to be committed, and the request waiting for it. */
  private record Pending(DecisionRecord record, CompletableFuture<Void> committed) {}

  /** Thrown to a request whose record was not committed. */
  static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Opens the log: connects, migrates the schema to this version's and starts the writer.
   *
   * @throws org.flywaydb.core.api.FlywayException if the schema cannot be migrated
   */
  DecisionLog(ServiceSettings.DecisionLog settings, ObjectMapper mapper, Clock clock, MeterRegistry metrics) {
    this.settings = settings;
    this.mapper = mapper;
    this.clock = clock;
    HikariConfig config = new HikariConfig();
    config.setPoolName("decision-log");
    config.setJdbcUrl(settings.url());
    if (settings.username() != null) {
      config.setUsername(settings.username());
    }
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    if (!h2()) {
      // The driver's messages then hold no values of the records: a failed insert names no family.
      config.addDataSourceProperty("logServerErrorDetail", "false");
    }
    config.setMaximumPoolSize(Math.max(2, settings.connections()));
    config.setConnectionTimeout(2_000);
    config.setValidationTimeout(1_000);
    try {
      this.data = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new IllegalStateException("the decision log's database at " + where(settings.url()) + " cannot be reached: " + cause(e)
          + "; the service does not start without its log (community-budgets.decision-log.url, or .enabled=false)", e);
    }
    try {
      if (h2()) {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
          // A commit is written to the file at once, not up to half a second later: a record
          // committed survives the process being killed.
          s.execute("SET WRITE_DELAY 0");
        }
      }
      Flyway.configure().dataSource(data).locations("classpath:org/communitybudgets/server/log/" + (h2() ? "h2" : "postgresql"))
          .table("decision_log_schema_history").load().migrate();
    } catch (SQLException | RuntimeException e) {
      data.close();
      throw new IllegalStateException("the decision log at " + where(settings.url()) + " could not be opened: " + cause(e), e);
    }
    this.commits = Timer.builder("community_budgets_decision_log_commit").description("Time to commit a batch of decision records")
        .publishPercentileHistogram().register(metrics);
    this.batches = DistributionSummary.builder("community_budgets_decision_log_batch").description("Decision records committed together")
        .register(metrics);
    metrics.gauge("community_budgets_decision_log_up", this, l -> l.up ? 1 : 0);
    metrics.gauge("community_budgets_decision_log_waiting", waiting, BlockingQueue::size);
    // One writer: records are committed in the order they were handed over, so that the log's
    // order is the order decisions were made, a request's and a stream's included.
    Thread writer = new Thread(this::write, "decision-log-writer");
    writer.setDaemon(true);
    writer.start();
    this.writers = List.of(writer);
    this.chores = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "decision-log-chores");
      t.setDaemon(true);
      return t;
    });
    chores.scheduleWithFixedDelay(this::lookAgain, 1, 1, TimeUnit.SECONDS);
    long every = settings.retentionCheckEvery().toMillis();
    chores.scheduleWithFixedDelay(this::retainSafely, every, every, TimeUnit.MILLISECONDS);
  }

  /** The database's address without its parameters, which may hold a password. */
  private static String where(String url) {
    int q = url.indexOf('?');
    int semicolon = url.indexOf(';');
    int end = q < 0 ? semicolon : semicolon < 0 ? q : Math.min(q, semicolon);
    return end < 0 ? url : url.substring(0, end);
  }

  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private boolean h2() {
    return settings.url().startsWith("jdbc:h2:");
  }

  /** The database's kind: {@code h2} or {@code postgresql}. */
  String kind() {
    return h2() ? "h2" : "postgresql";
  }

  /** Whether the log can record decisions now. */
  boolean available() {
    return up && !closing;
  }

  /**
   * Hands a record to the writer.
   *
   * @return completed once the record is committed, or exceptionally with {@link Unavailable}
   */
  CompletableFuture<Void> append(DecisionRecord record) {
    CompletableFuture<Void> committed = new CompletableFuture<>();
    if (!available() || !waiting.offer(new Pending(record, committed))) {
      committed.completeExceptionally(new Unavailable("the decision log cannot take records now"));
    }
    return committed;
  }

  private void write() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (!closing || !waiting.isEmpty()) {
      try {
        Pending first = waiting.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      waiting.drainTo(batch, MAX_BATCH - 1);
      try {
        commit(batch);
      } finally {
        batch.clear();
      }
    }
  }

  /** Commits a batch in one transaction; if the database refuses one record, commits the others one by one. */
  private void commit(List<Pending> batch) {
    Timer.Sample started = Timer.start();
    try {
      insert(batch.stream().map(Pending::record).toList());
      started.stop(commits);
      batches.record(batch.size());
      batch.forEach(p -> p.committed().complete(null));
    } catch (SQLException e) {
      if (lost(e)) {
        down(e);
        batch.forEach(p -> p.committed().completeExceptionally(new Unavailable("the decision log's database cannot be reached")));
        return;
      }
      for (Pending p : batch) {
        try {
          insert(List.of(p.record()));
          p.committed().complete(null);
        } catch (SQLException one) {
          LOG.error("decision {} could not be recorded: the database refused it (SQLState {})", p.record().id(), one.getSQLState());
          p.committed().completeExceptionally(new Unavailable("the decision log's database refused the record"));
        }
      }
    } catch (RuntimeException | Error e) {
      // A driver that fails otherwise than with an SQLException (an assertion in it, say) leaves
      // the connection in doubt: the log counts as unreachable until a connection answers again.
      if (up) {
        LOG.warn("decision records could not be written ({}); decisions are refused until the database answers", e.getClass().getName());
      }
      up = false;
      batch.forEach(p -> p.committed().completeExceptionally(new Unavailable("the decision log failed")));
    }
  }

  private void insert(List<DecisionRecord> records) throws SQLException {
    try (Connection c = data.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        for (DecisionRecord r : records) {
          s.setObject(1, r.id());
          s.setObject(2, OffsetDateTime.ofInstant(r.received(), ZoneOffset.UTC));
          s.setString(3, r.client());
          s.setString(4, r.ruleSet());
          s.setString(5, r.fingerprint());
          s.setString(6, r.libraryVersion());
          s.setObject(7, r.asOf());
          s.setString(8, r.subject());
          s.setString(9, r.subjectId());
          s.setString(10, r.family().orElse(null));
          s.setString(11, r.verdict());
          s.setString(12, text(r.answer()));
          s.setString(13, r.input().kept().name().toLowerCase(java.util.Locale.ROOT));
          s.setString(14, r.input().digest().orElse(null));
          s.setString(15, r.input().record().orElse(null));
          s.addBatch();
        }
        s.executeBatch();
        c.commit();
      } catch (SQLException | RuntimeException | Error e) {
        rollback(c, e);
        throw e;
      }
    }
  }

  /** Rolls back what failed; a rollback that fails too (the connection is gone) is added to the failure. */
  private static void rollback(Connection c, Throwable failure) {
    try {
      c.rollback();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Whether the failure is the database gone, rather than a record it refused. */
  private static boolean lost(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException s && s.getSQLState() != null) {
        String state = s.getSQLState();
        // 08: connection exceptions; 57P: the server shut down or is starting; H2's 90098 and
        // 90121: the database is closed; 90135: it is in exclusive use.
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("90098") || state.equals("90121") || state.equals("90135")) {
          return true;
        }
      }
    }
    return false;
  }

  private void down(SQLException e) {
    if (up) {
      LOG.warn("the decision log's database cannot be reached (SQLState {}); decisions are refused until it can", e.getSQLState());
    }
    up = false;
  }

  /** While the database cannot be reached, tries it again. */
  private void lookAgain() {
    if (up || closing) {
      return;
    }
    try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
      s.execute("select 1 from decision where 1 = 0");
      up = true;
      LOG.warn("the decision log's database can be reached again; decisions are taken");
    } catch (SQLException | RuntimeException | Error e) {
      // still unreachable
    }
  }

  private void retainSafely() {
    try {
      removeExpired();
    } catch (SQLException | RuntimeException e) {
      LOG.warn("full inputs past the retention period could not be removed this time ({})", e.getClass().getName());
    }
  }

  /**
   * Removes the full inputs of decisions received longer ago than the retention period; their
   * digests stay.
   *
   * @return how many were removed
   */
  int removeExpired() throws SQLException {
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    try (Connection c = data.getConnection();
        PreparedStatement s = c.prepareStatement("update decision set input = null, input_removed = ?, input_removed_because = 'retention'"
            + " where input is not null and received < ?")) {
      s.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      s.setObject(2, OffsetDateTime.ofInstant(now.minus(settings.retention()), ZoneOffset.UTC));
      int n = s.executeUpdate();
      if (n > 0) {
        LOG.info("{} full inputs past the retention period of {} removed; their digests kept", n, settings.retention());
      }
      return n;
    }
  }

  /** An erasure of a family's inputs: its id, when, who asked, and how many inputs were erased. */
  record Erasure(UUID id, Instant at, String client, String family, int inputsErased) {}

  /**
   * Erases every full input of the family's decisions, and records the erasure.
   */
  Erasure erase(String family, String client) throws SQLException {
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    UUID id = UUID.randomUUID();
    try (Connection c = data.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("update decision set input = null, input_removed = ?, input_removed_because = 'erasure'"
              + " where family = ? and input is not null");
          PreparedStatement e = c.prepareStatement("insert into erasure (id, at, client, family, inputs_erased) values (?, ?, ?, ?, ?)")) {
        s.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        s.setString(2, family);
        int n = s.executeUpdate();
        e.setObject(1, id);
        e.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        e.setString(3, client);
        e.setString(4, family);
        e.setInt(5, n);
        e.executeUpdate();
        c.commit();
        return new Erasure(id, now, client, family, n);
      } catch (SQLException | RuntimeException x) {
        rollback(c, x);
        throw x;
      }
    }
  }

  /** The erasures recorded, oldest first. */
  List<Erasure> erasures() throws SQLException {
    List<Erasure> all = new ArrayList<>();
    try (Connection c = data.getConnection();
        PreparedStatement s = c.prepareStatement("select id, at, client, family, inputs_erased from erasure order by at, id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        all.add(new Erasure(r.getObject(1, UUID.class), instant(r, 2), r.getString(3), r.getString(4), r.getInt(5)));
      }
    }
    return all;
  }

  /**
   * Which decisions to find: each given criterion must hold; the caller's reach limits them.
   *
   * @param family the family's id
   * @param ruleSet the rule set's name
   * @param fingerprint the rule set's fingerprint
   * @param verdict the verdict's code
   * @param subject the kind of subject
   * @param from received at or after
   * @param to received before
   * @param reach whose decisions the caller may read
   */
  record Query(Optional<String> family, Optional<String> ruleSet, Optional<String> fingerprint, Optional<String> verdict,
      Optional<String> subject, Optional<Instant> from, Optional<Instant> to, Reach reach) {}

  /**
   * Whose decisions a caller may read: every one, or its own and those of the rule sets granted to it.
   *
   * @param all whether every decision
   * @param client the caller's name
   * @param ruleSets the rule sets granted to it by name
   */
  record Reach(boolean all, String client, Set<String> ruleSets) {}

  /** A decision found, with its place in the log for the next page. */
  record Found(long seq, DecisionRecord record) {}

  /** The decisions that match, in the order they were recorded, after the given place, at most {@code limit}. */
  List<Found> find(Query q, long after, int limit) throws SQLException {
    List<Found> found = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("select seq, ").append(COLUMNS).append(" from decision where seq > ?");
    args.add(after);
    q.family().ifPresent(v -> where(sql, args, "family = ?", v));
    q.ruleSet().ifPresent(v -> where(sql, args, "rule_set = ?", v));
    q.fingerprint().ifPresent(v -> where(sql, args, "fingerprint = ?", v));
    q.verdict().ifPresent(v -> where(sql, args, "verdict = ?", v));
    q.subject().ifPresent(v -> where(sql, args, "subject = ?", v));
    q.from().ifPresent(v -> where(sql, args, "received >= ?", OffsetDateTime.ofInstant(v, ZoneOffset.UTC)));
    q.to().ifPresent(v -> where(sql, args, "received < ?", OffsetDateTime.ofInstant(v, ZoneOffset.UTC)));
    reach(sql, args, q.reach());
    sql.append(" order by seq limit ?");
    args.add(limit);
    try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.add(new Found(r.getLong(1), read(r, 2)));
        }
      }
    }
    return found;
  }

  /** Every decision that matches, in the order recorded, a page at a time so that memory stays flat. */
  void each(Query q, Consumer<DecisionRecord> to) throws SQLException {
    long after = 0;
    for (List<Found> page; !(page = find(q, after, 500)).isEmpty(); ) {
      page.forEach(f -> to.accept(f.record()));
      after = page.get(page.size() - 1).seq();
    }
  }

  /** The decision of that id, if the caller may read it. */
  Optional<DecisionRecord> get(UUID id, Reach reach) throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("select seq, ").append(COLUMNS).append(" from decision where id = ?");
    args.add(id);
    reach(sql, args, reach);
    try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(read(r, 2)) : Optional.empty();
      }
    }
  }

  private static void where(StringBuilder sql, List<Object> args, String condition, Object value) {
    sql.append(" and ").append(condition);
    args.add(value);
  }

  private static void reach(StringBuilder sql, List<Object> args, Reach reach) {
    if (reach.all()) {
      return;
    }
    sql.append(" and (client = ?");
    args.add(reach.client());
    for (String set : reach.ruleSets()) {
      sql.append(" or rule_set = ?");
      args.add(set);
    }
    sql.append(")");
  }

  private DecisionRecord read(ResultSet r, int at) throws SQLException {
    int i = at;
    UUID id = r.getObject(i++, UUID.class);
    Instant received = instant(r, i++);
    String client = r.getString(i++);
    String ruleSet = r.getString(i++);
    String fingerprint = r.getString(i++);
    String version = r.getString(i++);
    LocalDate asOf = r.getObject(i++, LocalDate.class);
    String subject = r.getString(i++);
    String subjectId = r.getString(i++);
    Optional<String> family = Optional.ofNullable(r.getString(i++));
    String verdict = r.getString(i++);
    ObjectNode answer;
    try {
      answer = (ObjectNode) mapper.readTree(r.getString(i++));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("decision " + id + " has an answer that is not JSON", e);
    }
    ServiceSettings.InputKept kept = ServiceSettings.InputKept.valueOf(r.getString(i++).toUpperCase(java.util.Locale.ROOT));
    Optional<String> digest = Optional.ofNullable(r.getString(i++));
    Optional<String> input = Optional.ofNullable(r.getString(i++));
    Optional<Instant> removed = Optional.ofNullable(r.getObject(i++, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    Optional<String> because = Optional.ofNullable(r.getString(i));
    return new DecisionRecord(id, received, client, ruleSet, fingerprint, version, asOf, subject, subjectId, family, verdict, answer,
        new DecisionRecord.Input(kept, digest, input, removed, because));
  }

  private static Instant instant(ResultSet r, int i) throws SQLException {
    OffsetDateTime t = r.getObject(i, OffsetDateTime.class);
    return t.toInstant();
  }

  private String text(ObjectNode answer) {
    try {
      return mapper.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes what is waiting, then closes the database's connections. */
  @Override
  public void close() {
    closing = true;
    chores.shutdownNow();
    try {
      for (Thread w : writers) {
        w.join(10_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Pending p; (p = waiting.poll()) != null; ) {
      p.committed().completeExceptionally(new Unavailable("the service is stopping"));
    }
    data.close();
  }
}
