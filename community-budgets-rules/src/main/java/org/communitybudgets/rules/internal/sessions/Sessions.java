package org.communitybudgets.rules.internal.sessions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitybudgets.rules.RuleFailureException;
import org.communitybudgets.rules.internal.conditions.Conditions;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs one rule session over a set of facts, guarded: at most a number of firings per subject,
 * at most a time budget per call, and every exception or {@link StackOverflowError} a rule's
 * condition or consequence throws turned into a {@link RuleFailureException} naming the rule and
 * the subject.
 */
public final class Sessions {
  private static final Pattern CONSTRAINT_RULE = Pattern.compile("Rule \"([^\"]+)\"");
  /** A class Drools generates for a rule compiled from DRL: {@code Rule_} and its name made a Java identifier. */
  private static final Pattern GENERATED_RULE_CLASS = Pattern.compile("\\.Rule_([A-Za-z0-9_$]+?)(?:Eval|Predicate|ReturnValue|Accumulate)\\d*Invoker");

  private final KieBase base;
  private final Conditions conditions;
  private final Subjects subjects;
  private final boolean recordsFindings;
  private final int firingsPerSubject;
  private final long budgetNanos;
  private final Optional<CoverageRecorder> coverage;
  /** Each rule's name by the identifier Drools makes of it for its generated classes. */
  private final java.util.Map<String, String> rulesByClassName = new java.util.HashMap<>();

  /**
   * Sessions whose unmet conditions are reported from {@code conditions}, whose rules record
   * through the findings {@code subjects} give, and that, if {@code recordCoverage}, count every
   * rule's firings and conditions' outcomes.
   */
  public Sessions(
      KieBase base, Conditions conditions, Subjects subjects, int firingsPerSubject, Duration budget, boolean recordCoverage) {
    this.base = base;
    this.conditions = conditions;
    this.subjects = subjects;
    this.recordsFindings = base.getKiePackages().stream()
        .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("findings")));
    this.firingsPerSubject = firingsPerSubject;
    this.budgetNanos = budget.toNanos();
    this.coverage = recordCoverage ? Optional.of(new CoverageRecorder(base)) : Optional.empty();
    base.getKiePackages().forEach(p -> p.getRules().forEach(r -> rulesByClassName.putIfAbsent(javaName(r.getName()), r.getName())));
  }

  /**
   * A rule's name as Drools writes it into the names of the classes it generates for the rule: a
   * space as {@code _}, any other character that cannot stand in a Java name as {@code $u} and its
   * code ({@code family's} is {@code family$u39$s}).
   */
  static String javaName(String rule) {
    StringBuilder b = new StringBuilder();
    rule.codePoints().forEach(c -> {
      if (c == ' ') {
        b.append('_');
      } else if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
        b.appendCodePoint(c);
      } else {
        b.append("$u").append(c).append('$');
      }
    });
    return b.toString();
  }

  /** The coverage recorded so far, if these sessions record it. */
  public Optional<CoverageRecorder> coverage() {
    return coverage;
  }

  /** What one session produced: the findings and the facts it held when the rules had fired. */
  public record Run(List<Finding> findings, List<Object> held) {
    public <T> List<T> facts(Class<T> type) {
      return held.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  /**
   * Inserts the facts and fires the rules.
   *
   * @param what what is decided, for messages
   * @param count how many subjects the facts hold, for the firing limit
   * @throws RuleFailureException if a rule fails, keeps firing or the time budget runs out
   */
  public Run run(List<Object> facts, String what, int count) {
    KieSession session = base.newKieSession();
    SessionFindings findings = new SessionFindings(session::insert, conditions);
    CoverageRecorder.Counts counts = coverage.isPresent() ? new CoverageRecorder.Counts() : null;
    Guard guard = new Guard(session, findings, subjects, counts, (long) firingsPerSubject * Math.max(1, count), budgetNanos);
    try {
      if (recordsFindings) {
        session.setGlobal("findings", subjects.findings(findings));
      }
      session.addEventListener(guard);
      facts.forEach(session::insert);
      session.fireAllRules();
      guard.check(what);
      findings.judged();
      session.fireAllRules();
      guard.check(what);
      Run run = new Run(findings.all(), List.copyOf(session.getObjects()));
      if (counts != null) {
        coverage.get().add(counts, findings);
      }
      return run;
    } catch (ConsequenceException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      // A fact the consequence inserted can set off another rule's condition, which then throws
      // inside this consequence: that rule is the one to name.
      String rule = ruleOfGeneratedCode(cause).orElse(e.getMatch().getRule().getName());
      String subject = subjects.subjectOf(e.getMatch().getObjects()).orElse(what);
      throw new RuleFailureException(
          rule, subject, subjects.familyOf(e.getMatch().getObjects()), "rule '" + rule + "' failed for " + subject + ": " + message(cause), cause);
    } catch (RuleFailureException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      Throwable cause = root(e);
      Matcher m = CONSTRAINT_RULE.matcher(String.valueOf(e.getMessage()));
      String rule = m.find() ? m.group(1) : ruleOfGeneratedCode(e).orElse(guard.lastRule);
      String where = rule == null ? "a rule" : "rule '" + rule + "'";
      throw new RuleFailureException(rule, what, Optional.empty(), where + " failed for " + what + ": " + message(cause), e);
    } finally {
      session.dispose();
    }
  }

  /**
   * The rule whose condition threw, found by the class Drools generated for it: a rule compiled from
   * DRL at run time evaluates an {@code eval} in a class named for the rule ({@code
   * Rule_Families_with_a_numbered_id_are_flagged0Eval0Invoker}), and the exception comes out of the
   * network's evaluation rather than of the consequence that was firing, which is another rule's.
   */
  private Optional<String> ruleOfGeneratedCode(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      List<String> names = new java.util.ArrayList<>();
      names.add(String.valueOf(t.getMessage()));
      for (StackTraceElement frame : t.getStackTrace()) {
        names.add(frame.getClassName());
      }
      for (String name : names) {
        Matcher m = GENERATED_RULE_CLASS.matcher(name);
        while (m.find()) {
          // The identifier is the rule's name, then a number Drools adds to make the class unique.
          String named = m.group(1);
          for (int end = named.length(); end > 0; end--) {
            String rule = rulesByClassName.get(named.substring(0, end));
            if (rule != null) {
              return Optional.of(rule);
            }
            if (!Character.isDigit(named.charAt(end - 1))) {
              break;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
  }

  private static Throwable root(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /** Counts firings, keeps the time, and tells the findings which rule is firing. */
  private static final class Guard extends DefaultAgendaEventListener {
    private final KieSession session;
    private final SessionFindings findings;
    private final Subjects subjects;
    private final CoverageRecorder.Counts counts;
    private final long limit;
    private final long deadline;
    private long fired;
    private String lastRule;
    private String lastSubject;
    private Optional<String> lastFamily = Optional.empty();
    private String stopped;

    Guard(KieSession session, SessionFindings findings, Subjects subjects, CoverageRecorder.Counts counts, long limit, long budgetNanos) {
      this.session = session;
      this.findings = findings;
      this.subjects = subjects;
      this.counts = counts;
      this.limit = limit;
      this.deadline = System.nanoTime() + budgetNanos;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
      Rule rule = event.getMatch().getRule();
      lastRule = rule.getName();
      findings.firing(lastRule, rule.getMetaData().get("condition"));
      if (counts != null) {
        counts.fired(lastRule);
      }
      fired++;
      if (fired > limit) {
        if (stopped == null) {
          lastSubject = subjects.subjectOf(event.getMatch().getObjects()).orElse(null);
          lastFamily = subjects.familyOf(event.getMatch().getObjects());
          stopped = "firings";
          session.halt();
        }
      } else if ((fired & 63) == 0 && System.nanoTime() > deadline && stopped == null) {
        lastSubject = subjects.subjectOf(event.getMatch().getObjects()).orElse(null);
        lastFamily = subjects.familyOf(event.getMatch().getObjects());
        stopped = "time";
        session.halt();
      }
    }

    public void check(String what) {
      if (stopped == null) {
        return;
      }
      String subject = lastSubject == null ? what : lastSubject;
      if ("firings".equals(stopped)) {
        String rule = lastRule;
        throw new RuleFailureException(rule, subject, lastFamily,
            "rule '" + rule + "' kept firing for " + subject + ": more than " + limit + " firings in one decision (the firing limit), so a rule that matches its own changes never ends", null);
      }
      throw new RuleFailureException(lastRule, subject, lastFamily,
          "deciding " + what + " ran past its time budget" + (lastRule == null ? "" : "; the last rule to fire was '" + lastRule + "' for " + subject), null);
    }
  }
}
