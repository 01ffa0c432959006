package org.communitybudgets.server;

import java.util.List;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/** Settings made in tests, with the service's defaults. */
final class Settings {
  private Settings() {}

  static ServiceSettings defaults() {
    return new ServiceSettings(Map.of(), null, java.time.Duration.ofSeconds(5),
        new ServiceSettings.Security(true, false, List.of(), new ServiceSettings.Jwt(null, null, null, null, "rule_sets", "community-budgets.admin"), List.of()),
        new ServiceSettings.Limits(DataSize.ofMegabytes(1), DataSize.ofGigabytes(2), DataSize.ofMegabytes(10), 32, 10_000, 1_000_000),
        new ServiceSettings.DecisionLog(true, "jdbc:h2:file:./community-budgets-log/decisions", null, null, ServiceSettings.InputKept.DIGEST,
            java.time.Duration.ofDays(90), java.time.Duration.ofHours(1), java.time.Duration.ofSeconds(5), 8));
  }
}
