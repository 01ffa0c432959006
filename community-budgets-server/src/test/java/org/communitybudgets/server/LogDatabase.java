package org.communitybudgets.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A real database for a decision log under test: an H2 file of its own, or a database of its own
 * on the PostgreSQL server that {@code COMMUNITY_BUDGETS_POSTGRES} names (a JDBC address of a user
 * who may create databases; {@code it/postgres start} starts one and prints it). Each can be made
 * unreachable and brought back, as the service sees it: H2 put in exclusive use by another
 * session, which closes the service's connections and refuses new ones; PostgreSQL refusing
 * connections to the database and ending those open.
 */
abstract class LogDatabase {
  /** The environment variable that names the PostgreSQL server. */
  static final String POSTGRES = "COMMUNITY_BUDGETS_POSTGRES";

  /** The JDBC address the service is given. */
  abstract String url();

  /** A connection of the test's own. */
  abstract Connection connect() throws SQLException;

  /** Makes the database unreachable for the service. */
  abstract void down() throws SQLException;

  /** Makes it reachable again. */
  abstract void up() throws SQLException;

  /** The service's setting for this database. */
  String setting() {
    return "--community-budgets.decision-log.url=" + url();
  }

  /** How many decisions of that id the database holds. */
  int count(UUID id) throws SQLException {
    try (Connection c = connect(); var s = c.prepareStatement("select count(*) from decision where id = ?")) {
      s.setObject(1, id);
      try (var r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** An H2 file in the folder. */
  static LogDatabase h2(Path folder) {
    return new H2("jdbc:h2:file:" + folder.resolve("decisions"));
  }

  /** A new database on the PostgreSQL server, if one is named. */
  static Optional<LogDatabase> postgres() {
    String admin = System.getenv(POSTGRES);
    if (admin == null || admin.isBlank()) {
      return Optional.empty();
    }
    String name = "decisions_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("the PostgreSQL server at " + POSTGRES + " cannot make a database", e);
    }
    return Optional.of(new Postgres(admin, name));
  }

  /** Whether tests against PostgreSQL must run (CI), rather than be skipped when no server is named. */
  static boolean postgresRequired() {
    return "required".equals(System.getenv("COMMUNITY_BUDGETS_POSTGRES_TESTS"));
  }

  private static final class H2 extends LogDatabase {
    private final String url;
    private Connection exclusive;

    H2(String url) {
      this.url = url;
    }

    @Override
    String url() {
      return url;
    }

    @Override
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    void down() throws SQLException {
      exclusive = connect();
      try (Statement s = exclusive.createStatement()) {
        s.execute("SET EXCLUSIVE 2");
      }
    }

    @Override
    void up() throws SQLException {
      try (Statement s = exclusive.createStatement()) {
        s.execute("SET EXCLUSIVE 0");
      }
      exclusive.close();
    }

    @Override
    public String toString() {
      return "H2";
    }
  }

  private static final class Postgres extends LogDatabase {
    private final String admin;
    private final String name;

    Postgres(String admin, String name) {
      this.admin = admin;
      this.name = name;
    }

    @Override
    String url() {
      return admin.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    @Override
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url());
    }

    @Override
    void down() throws SQLException {
      try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
        s.execute("alter database " + name + " allow_connections false");
        s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
      }
    }

    @Override
    void up() throws SQLException {
      try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
        s.execute("alter database " + name + " allow_connections true");
      }
    }

    @Override
    public String toString() {
      return "PostgreSQL";
    }
  }
}
