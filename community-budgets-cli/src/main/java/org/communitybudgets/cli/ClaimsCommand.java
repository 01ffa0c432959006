package org.communitybudgets.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.json.DecisionJson;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.rules.troubledfamilies.Ledger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claims}: each payment-by-results claim decided, and each authority's ledger. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Decides each authority's payment-by-results claims on the business date, as DCLG's payments would: the attachment fees and results payable, refused claims with the conditions not met, and the families funded within the authority's target.",
      "Writes one JSON object a line per claim (file, line, claim, family, authority, kind, verdict, payable, unmet, rules), then one per authority: its ledger of families identified, attached and turned around, and the money paid by financial year (its form: 'community-budgets schema claim' for the input). An invalid record of any file is a row with its file, line and error."
    })
final class ClaimsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CLAIMS", description = "The claims, one JSON object a line (its form: 'community-budgets schema claim'), or CSV with a header of those fields.")
  String claims;

  @Option(names = "--families", required = true, paramLabel = "FILE", description = "The families the claims are for, one JSON object a line.")
  String families;

  @Option(names = "--targets", required = true, paramLabel = "FILE", description = "Each authority's target: {\"authority\": \"kent\", \"phase\": \"PHASE_1\", \"families\": 1000}, one a line, or CSV with the header authority,phase,families.")
  String targets;

  @Option(names = "--plans", paramLabel = "FILE", description = "The authorities' phase-2 Outcomes Plans, one a line.")
  String plans;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The business date, e.g. 2015-03-31.")
  LocalDate asOf;

  @Option(names = "--reasons", description = "Writes every reason of each claim's decision, in words, not only the rules and unmet conditions.")
  boolean reasons;

  @Option(names = "--threads", paramLabel = "N", description = "Threads that decide the authorities' ledgers, one authority a thread at a time (default: the processors). An authority's claims are decided together, in its ledger, so there is no chunk size.")
  Integer threads;

  @Mixin Output output = new Output();

  @Mixin EngineOptions engineOptions = new EngineOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final ObjectMapper mapper = DomainJson.mapper();

  @Override
  public Integer call() throws IOException {
    if (InputRecords.isCsv(families)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Families are nested records: give them as JSON lines or a JSON array, not CSV (CSV holds flat records: claims and targets)");
    }
    CommunityBudgetsEngine engine = engineOptions.engine();
    String fingerprint = engine.fingerprint();
    List<ObjectNode> errors = new ArrayList<>();
    Consumer<ObjectNode> error = row -> errors.add(row.put("fingerprint", fingerprint));
    List<Family> allFamilies = read(families, Family.class, error);
    Map<ClaimId, Long> lines = new HashMap<>();
    List<Claim> allClaims = new ArrayList<>();
    readInto(claims, Claim.class, error, (claim, line) -> {
      allClaims.add(claim);
      lines.put(claim.id(), line);
    });
    List<AuthorityTarget> allTargets = read(targets, AuthorityTarget.class, error);
    List<OutcomesPlan> allPlans = plans == null ? List.of() : read(plans, OutcomesPlan.class, error);
    Map<AreaId, List<Claim>> byAuthority = new TreeMap<>();
    allClaims.forEach(c -> byAuthority.computeIfAbsent(c.authority(), a -> new ArrayList<>()).add(c));
    Map<AreaId, AuthorityTarget> targetOf = new LinkedHashMap<>();
    allTargets.forEach(t -> targetOf.put(t.authority(), t));
    for (AreaId authority : byAuthority.keySet()) {
      if (!targetOf.containsKey(authority)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no target for authority " + authority + " in " + targets);
      }
    }
    try (Output.Rows w = output.open(mapper, List.of("file", "line", "claim", "family", "authority", "kind", "verdict", "payable", "unmet", "rules", "phase", "target", "familiesIdentified", "familiesAttached", "familiesTurnedAround", "claimsPaid", "claimsRefused", "paidByYear", "totalPaid", "interventionCost", "centralShare", "localShare", "error", "fingerprint"))) {
      for (ObjectNode e : errors) {
        write(w, e);
      }
      // each authority's ledger on its own thread, written in the order of the authorities
      Map<AreaId, List<Family>> familiesOf = new java.util.HashMap<>();
      allFamilies.forEach(f -> familiesOf.computeIfAbsent(f.authority(), a -> new ArrayList<>()).add(f));
      Map<AreaId, List<OutcomesPlan>> plansOf = new java.util.HashMap<>();
      allPlans.forEach(p -> plansOf.computeIfAbsent(p.authority(), a -> new ArrayList<>()).add(p));
      int pool = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      if (pool < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, was " + pool);
      }
      java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(pool);
      Map<AreaId, java.util.concurrent.Future<Ledger>> ledgers = new java.util.LinkedHashMap<>();
      try {
        for (Map.Entry<AreaId, List<Claim>> e : byAuthority.entrySet()) {
          ledgers.put(e.getKey(), executor.submit(() -> engine.ledger(targetOf.get(e.getKey()),
              familiesOf.getOrDefault(e.getKey(), List.of()), e.getValue(), plansOf.getOrDefault(e.getKey(), List.of()), asOf)));
        }
      } finally {
        executor.shutdown();
      }
      for (Map.Entry<AreaId, List<Claim>> e : byAuthority.entrySet()) {
        Ledger ledger = ledgerOf(ledgers.get(e.getKey()));
        for (ClaimDecision d : ledger.claims()) {
          ObjectNode row = mapper.createObjectNode().put("file", claims).put("line", lines.get(d.claim()))
              .put("claim", d.claim().value()).put("family", d.family().value()).put("authority", e.getKey().toString())
              .put("kind", d.kind().name()).put("verdict", d.decision().verdict().name()).put("payable", d.payable().toString());
          DecisionJson.explain(row, d.decision(), reasons);
          write(w, row.put("fingerprint", fingerprint));
        }
        ObjectNode summary = mapper.createObjectNode().put("authority", e.getKey().toString()).put("phase", ledger.phase().name())
            .put("target", ledger.target()).put("familiesIdentified", ledger.familiesIdentified())
            .put("familiesAttached", ledger.familiesAttached()).put("familiesTurnedAround", ledger.familiesTurnedAround())
            .put("claimsPaid", ledger.claimsPaid().size()).put("claimsRefused", ledger.claimsRefused().size());
        ObjectNode paid = summary.putObject("paidByYear");
        ledger.paidByYear().forEach((year, amount) -> paid.put(year.toString(), amount.toString()));
        summary.put("totalPaid", ledger.totalPaid().toString()).put("interventionCost", ledger.interventionCost().toString())
            .put("centralShare", ledger.centralShare().toString()).put("localShare", ledger.localShare().toString());
        write(w, summary.put("fingerprint", fingerprint));
      }
    }
    return errors.isEmpty() ? 0 : CommunityBudgetsCli.SOME_INVALID;
  }

  /** The ledger a thread decided, or what it threw. */
  private static Ledger ledgerOf(java.util.concurrent.Future<Ledger> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the ledgers were decided", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private <T> List<T> read(String file, Class<T> type, Consumer<ObjectNode> error) throws IOException {
    List<T> all = new ArrayList<>();
    readInto(file, type, error, (value, line) -> all.add(value));
    return all;
  }

  /** What takes each value read and the line it began on. */
  interface Sink<T> {
    void accept(T value, long line);
  }

  private <T> void readInto(String file, Class<T> type, Consumer<ObjectNode> error, Sink<T> sink) throws IOException {
    try (InputRecords records = InputRecords.open(mapper, file)) {
      while (records.hasNext()) {
        InputRecords.Record r = records.next();
        try {
          sink.accept(InputRecords.value(mapper, r, type), r.line());
        } catch (IllegalArgumentException e) {
          error.accept(mapper.createObjectNode().put("file", file).put("line", r.line()).put("error", e.getMessage()));
        }
      }
    }
  }

  private static void write(Output.Rows w, JsonNode row) throws IOException {
    w.write(row);
  }
}
