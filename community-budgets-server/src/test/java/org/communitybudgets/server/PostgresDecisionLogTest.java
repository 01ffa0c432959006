package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;

/**
 * The decision log on PostgreSQL, a database of its own for each test on the server that {@code
 * COMMUNITY_BUDGETS_POSTGRES} names; skipped without one, unless {@code
 * COMMUNITY_BUDGETS_POSTGRES_TESTS=required} (as in CI), when it fails.
 */
class PostgresDecisionLogTest extends DecisionLogContract {
  @Override
  LogDatabase database() {
    Optional<LogDatabase> db = LogDatabase.postgres();
    if (LogDatabase.postgresRequired()) {
      assertTrue(db.isPresent(), "COMMUNITY_BUDGETS_POSTGRES_TESTS=required, but COMMUNITY_BUDGETS_POSTGRES names no PostgreSQL server");
    }
    assumeTrue(db.isPresent(), "no PostgreSQL server named by COMMUNITY_BUDGETS_POSTGRES");
    return db.get();
  }
}
