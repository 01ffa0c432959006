package org.communitybudgets.server;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.rules.RuleFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place every decision of the service passes through: it gives the decision its id, counts
 * it by rule set, subject and verdict, and tells the listeners (the decision log among them). The
 * log line names the decision's id, rule set and verdict, never the record decided.
 */
@Component
class Decisions {
  private static final Logger LOG = LoggerFactory.getLogger(Decisions.class);

  private final MeterRegistry metrics;
  private final List<DecisionListener> listeners;
  private final Clock clock;

  Decisions(MeterRegistry metrics, List<DecisionListener> listeners, Clock clock) {
    this.metrics = metrics;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /** A request's context: who asked, with which rule set, on which business date, received when. */
  record Context(Caller caller, RuleSet ruleSet, LocalDate asOf, Instant received) {}

  /** The context of a request received now. */
  Context context(Caller caller, RuleSet ruleSet, LocalDate asOf) {
    return new Context(caller, ruleSet, asOf, clock.instant());
  }

  /**
   * Makes a decision, counting a rule that fails in it.
   *
   * @throws RuleFailureException if a rule fails, after counting it
   */
  <T> T decide(Context context, String subject, Supplier<T> decision) {
    io.micrometer.core.instrument.Timer.Sample started = io.micrometer.core.instrument.Timer.start(metrics);
    try {
      return decision.get();
    } catch (RuleFailureException e) {
      metrics.counter("community_budgets_rule_failures", "ruleSet", context.ruleSet().name(), "subject", subject).increment();
      throw e;
    } finally {
      started.stop(io.micrometer.core.instrument.Timer.builder("community_budgets_decision").description("Time to decide, by rule set and subject")
          .tag("ruleSet", context.ruleSet().name()).tag("subject", subject).publishPercentileHistogram().register(metrics));
    }
  }

  /** Records a decision made: its id, its count, and the listeners told. */
  UUID record(Context context, String subject, String subjectId, Decision<?> decision) {
    UUID id = UUID.randomUUID();
    String verdict = decision.verdict().toString();
    DecisionRecord r = new DecisionRecord(id, context.received(), context.caller().name(), context.ruleSet().name(),
        context.ruleSet().fingerprint(), context.ruleSet().engine().libraryVersion(), context.asOf(), subject, subjectId, verdict,
        decision.unmetConditions().stream().map(UnmetCondition::code).toList());
    metrics.counter("community_budgets_decisions", "ruleSet", context.ruleSet().name(), "subject", subject, "verdict", verdict).increment();
    for (DecisionListener l : listeners) {
      try {
        l.decided(r);
      } catch (RuntimeException e) {
        LOG.error("decision listener {} failed on decision {}", l.getClass().getName(), id, e);
      }
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("decision {} rule set {} {} {}", id, context.ruleSet().name(), subject, verdict);
    }
    return id;
  }

  /** Counts a record of a stream that was no subject or whose decision failed. */
  void failed(Context context, String subject) {
    metrics.counter("community_budgets_decisions", "ruleSet", context.ruleSet().name(), "subject", subject, "verdict", "ERROR").increment();
  }
}
