package org.communitybudgets.server;

import java.time.Instant;
import org.communitybudgets.rules.CommunityBudgetsEngine;

/**
 * A rule set the service serves: its name, the engine built of it, and where and when it was built.
 *
 * @param name its name in the request path
 * @param engine the engine that decides with it
 * @param origin where it came from, in words: the standard rules, the configuration, the watched
 *     directory or a deployment
 * @param builtAt when it was built
 */
record RuleSet(String name, CommunityBudgetsEngine engine, String origin, Instant builtAt) {
  /** The name of the library's own rule set, always served. */
  static final String STANDARD = "standard";

  String fingerprint() {
    return engine.fingerprint();
  }
}
