package org.communitybudgets.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.rules.RuleFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one place every decision of the service passes through: it refuses new decisions while the
 * decision log cannot record them, gives each decision its id, counts it by rule set, subject and
 * verdict, and hands its record to the decision log, whose commit the answer waits for. The log
 * line names the decision's id, rule set and verdict, never the record decided.
 */
@Component
class Decisions {
  private static final Logger LOG = LoggerFactory.getLogger(Decisions.class);

  private final MeterRegistry metrics;
  private final Optional<DecisionLog> log;
  private final Clock clock;
  private final ServiceSettings.InputKept kept;
  private final Duration commitTimeout;
  private final ObjectMapper mapper;

  Decisions(MeterRegistry metrics, ObjectProvider<DecisionLog> log, Clock clock, ServiceSettings settings, Bodies bodies) {
    this.metrics = metrics;
    this.log = Optional.ofNullable(log.getIfAvailable());
    this.clock = clock;
    this.kept = settings.decisionLog().input();
    this.commitTimeout = settings.decisionLog().commitTimeout();
    this.mapper = bodies.mapper();
  }

  /** A request's context: who asked, with which rule set, on which business date, received when. */
  record Context(Caller caller, RuleSet ruleSet, LocalDate asOf, Instant received) {}

  /**
   * The context of a request received now.
   *
   * @throws ProblemException 503 if the decision log cannot record decisions now
   */
  Context context(Caller caller, RuleSet ruleSet, LocalDate asOf) {
    if (log.isPresent() && !log.get().available()) {
      throw unavailable();
    }
    return new Context(caller, ruleSet, asOf, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
  }

  /** Whether the decision log keeps the records decided, as digests or in full. */
  boolean keepsInputs() {
    return log.isPresent() && kept != ServiceSettings.InputKept.NONE;
  }

  /** The decision log, if the service keeps one. */
  Optional<DecisionLog> log() {
    return log;
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

  private static final com.fasterxml.uuid.impl.TimeBasedEpochGenerator IDS = com.fasterxml.uuid.Generators.timeBasedEpochGenerator();

  /**
   * A new decision's id: a UUID of version 7 (RFC 9562), its first 48 bits the time in
   * milliseconds and the rest random, so that ids made later sort later and the log's index of ids
   * grows at its end rather than being written all over at every commit.
   */
  static UUID newId() {
    return IDS.generate();
  }

  /**
   * What a decision is of: the kind of subject, its id, the family it concerns if any, and the
   * record decided (given only if the log keeps inputs).
   */
  record Subject(String kind, String id, Optional<String> family, Supplier<Object> input) {}

  /**
   * Records a decision made: counts it and hands its record to the decision log.
   *
   * @param answer the decision as answered, without the answer's head: verdict, conditions not
   *     met, rules and every reason
   * @return completed once the record is committed (at once if the service keeps no log)
   */
  CompletableFuture<Void> record(Context context, UUID id, Subject subject, Decision<?> decision, ObjectNode answer) {
    String verdict = decision.verdict().toString();
    metrics.counter("community_budgets_decisions", "ruleSet", context.ruleSet().name(), "subject", subject.kind(), "verdict", verdict).increment();
    if (LOG.isDebugEnabled()) {
      LOG.debug("decision {} rule set {} {} {}", id, context.ruleSet().name(), subject.kind(), verdict);
    }
    if (log.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    DecisionRecord.Input input = DecisionRecord.Input.none();
    if (kept != ServiceSettings.InputKept.NONE) {
      String canonical = Canonical.json(mapper, subject.input().get());
      input = new DecisionRecord.Input(kept, Optional.of(Canonical.digest(canonical)),
          kept == ServiceSettings.InputKept.FULL ? Optional.of(canonical) : Optional.empty(), Optional.empty(), Optional.empty());
    }
    return log.get().append(new DecisionRecord(id, context.received(), context.caller().name(), context.ruleSet().name(),
        context.ruleSet().fingerprint(), context.ruleSet().engine().libraryVersion(), context.asOf(), subject.kind(), subject.id(),
        subject.family(), verdict, answer, input));
  }

  /**
   * Waits until the records are committed, before their decisions are answered.
   *
   * @throws ProblemException 503 if one was not committed within the commit timeout
   */
  void committed(List<CompletableFuture<Void>> records) {
    long deadline = System.nanoTime() + commitTimeout.toNanos();
    for (CompletableFuture<Void> r : records) {
      try {
        r.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw unavailable();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw unavailable();
      }
    }
  }

  /** Waits until the record is committed, before its decision is answered. */
  void committed(CompletableFuture<Void> record) {
    committed(List.of(record));
  }

  private static ProblemException unavailable() {
    return new ProblemException(Problem.Kind.LOG_UNAVAILABLE,
        "the decision log cannot record decisions now, so none is made; try again shortly (Retry-After)");
  }

  /** Counts a record of a stream that was no subject or whose decision failed. */
  void failed(Context context, String subject) {
    metrics.counter("community_budgets_decisions", "ruleSet", context.ruleSet().name(), "subject", subject, "verdict", "ERROR").increment();
  }
}
