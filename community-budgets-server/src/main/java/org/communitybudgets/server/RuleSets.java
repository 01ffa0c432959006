package org.communitybudgets.server;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.RuleSetException;
import org.communitybudgets.rules.RuleSetProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rule sets the service serves, by name: the standard one, those of the configuration and
 * those of the watched directory, each built before the service takes requests. A rule set is
 * replaced by building the new one beside the old and then swapping it in: a request holds the
 * rule set it began with, so requests in flight finish on the old one, and one that does not build
 * leaves the old one serving.
 */
@Component
class RuleSets {
  private static final Logger LOG = LoggerFactory.getLogger(RuleSets.class);
  /** A rule set's name: lower-case letters, digits and hyphens, as a path segment needs no escaping. */
  static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private final Map<String, RuleSet> served = new ConcurrentHashMap<>();
  private final Map<String, String> watchedStamps = new ConcurrentHashMap<>();
  private final ServiceSettings settings;
  private final MeterRegistry metrics;
  private final Clock clock;
  private final ScheduledExecutorService watcher;

  RuleSets(ServiceSettings settings, MeterRegistry metrics, Clock clock) {
    this.settings = settings;
    this.metrics = metrics;
    this.clock = clock;
    served.put(RuleSet.STANDARD, built(RuleSet.STANDARD, CommunityBudgetsEngine::standard, "the standard rules"));
    settings.ruleSets().forEach((name, source) -> {
      checkName(name);
      served.put(name, built(name, () -> builder(source).build(), "the configuration"));
    });
    watcher = settings.watchedDirectory().map(dir -> {
      scan(dir);
      ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rule-set-watcher");
        t.setDaemon(true);
        return t;
      });
      long every = settings.watchEvery().toMillis();
      s.scheduleWithFixedDelay(() -> scan(dir), every, every, TimeUnit.MILLISECONDS);
      return s;
    }).orElse(null);
  }

  @PreDestroy
  void stop() {
    if (watcher != null) {
      watcher.shutdownNow();
    }
  }

  /** The rule set of that name. */
  Optional<RuleSet> get(String name) {
    return Optional.ofNullable(served.get(name));
  }

  /** Every rule set served, by name. */
  Map<String, RuleSet> all() {
    return new TreeMap<>(served);
  }

  /**
   * Builds the rule set of the bundle beside the one of that name and serves it in its place.
   *
   * @throws ProblemException if the name is the standard one or not of the form, or the bundle does not build
   */
  RuleSet deploy(String name, RuleSetBundle bundle, String origin) {
    if (name.equals(RuleSet.STANDARD)) {
      throw new ProblemException(Problem.Kind.FORBIDDEN, "the standard rule set is the library's own and cannot be replaced;"
          + " deploy a council's rule set under a name of its own");
    }
    checkName(name);
    RuleSet next;
    try {
      next = built(name, () -> bundle.builder().build(), origin);
    } catch (RuleSetException e) {
      throw new ProblemException(refused(name, e.problems()));
    }
    served.put(name, next);
    LOG.info("rule set '{}' now serves fingerprint {} ({})", name, next.fingerprint(), origin);
    return next;
  }

  private static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new ProblemException(Problem.Kind.INVALID_PARAMETER, "a rule set's name is lower-case letters, digits and hyphens,"
          + " at most 63, beginning with a letter or digit; was \"" + name + "\"");
    }
  }

  /** The problem of a rule set that does not build, with each of its problems. */
  static Problem refused(String name, List<RuleSetProblem> problems) {
    List<Map<String, Object>> each = new ArrayList<>();
    for (RuleSetProblem p : problems) {
      Map<String, Object> x = new java.util.LinkedHashMap<>();
      x.put("file", p.source());
      x.put("line", p.line());
      p.rule().ifPresent(r -> x.put("rule", r));
      x.put("message", p.message());
      each.add(x);
    }
    return new Problem(Problem.Kind.RULE_SET_REFUSED, "rule set '" + name + "' does not build (" + problems.size()
        + (problems.size() == 1 ? " problem" : " problems") + "); the rule set it would replace, if any, goes on serving")
        .with("problems", each);
  }

  private RuleSet built(String name, java.util.function.Supplier<CommunityBudgetsEngine> build, String origin) {
    try {
      CommunityBudgetsEngine engine = build.get();
      metrics.counter("community_budgets_rule_set_builds", "ruleSet", name, "outcome", "built").increment();
      return new RuleSet(name, engine, origin, clock.instant());
    } catch (RuntimeException e) {
      metrics.counter("community_budgets_rule_set_builds", "ruleSet", name, "outcome", "refused").increment();
      throw e;
    }
  }

  private static CommunityBudgetsEngine.Builder builder(ServiceSettings.RuleSetSource source) {
    CommunityBudgetsEngine.Builder b = CommunityBudgetsEngine.builder();
    for (Path p : source.rules()) {
      if (Files.isRegularFile(p)) {
        b.localRuleFile(p);
      } else {
        b.localRules(p);
      }
    }
    source.parameters().forEach(b::parameterOverrides);
    source.conditions().forEach(b::localConditions);
    source.withoutRules().forEach(b::withoutRule);
    return b;
  }

  /**
   * Builds each folder of the watched directory whose files changed since it was last built; a
   * folder that does not build is logged with its problems and the rule set it would replace goes
   * on serving.
   */
  void scan(Path dir) {
    try (Stream<Path> folders = Files.list(dir)) {
      for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory).sorted()::iterator) {
        String name = folder.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        String stamp = stamp(folder);
        if (stamp.equals(watchedStamps.get(name))) {
          continue;
        }
        watchedStamps.put(name, stamp);
        try {
          deploy(name, RuleSetBundle.ofFolder(folder, settings.limits().maxRuleSet().toBytes()), "the watched directory");
        } catch (ProblemException e) {
          LOG.warn("rule set '{}' of the watched directory was not built: {} {}", name, e.getMessage(), e.problem().extensions());
        } catch (RuleSetBundle.InvalidBundleException e) {
          LOG.warn("rule set '{}' of the watched directory was not built: {}", name, e.getMessage());
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("the watched directory {} could not be read: {}", dir, e.toString());
    }
  }

  /** What changes when a folder's files change: their paths, sizes and times of modification. */
  private static String stamp(Path folder) throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).sorted()::iterator) {
        b.append(folder.relativize(p)).append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis()).append('\n');
      }
    }
    return b.toString();
  }

}
