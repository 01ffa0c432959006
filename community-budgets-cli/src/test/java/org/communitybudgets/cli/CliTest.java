package org.communitybudgets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.family.Family;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.communitybudgets.area.AreaId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands, run as a user runs them, on the shipped samples and on a generated cohort. */
class CliTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static CommunityBudgetsEngine engine;

  @BeforeAll
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  /** A council's local-discretion filter narrower than the standard one: parameter overrides for a candidate rule set. */
  static final String LOCAL_FILTER = """
      documents:
        LOCAL_FILTER: {short-name: Local filter, title: "Families First local filter, 2012"}
      tf.phase1.local-discretion-concerns:
        source: {document: LOCAL_FILTER, location: "annex A"}
        values:
          - {from: 2010-04-01, value: [CHILD_IN_NEED, DOMESTIC_VIOLENCE]}
      """;

  /** A family whose adult is on JSA, as a scenario file writes it. */
  static final String ON_JSA = "{id: f-1, authority: birmingham, members: [{id: a-1, dateOfBirth: 1980-01-01, role: PARENT_OR_CARER}],"
      + " indicators: [{indicator: benefit-claim, adult: a-1, type: JOBSEEKERS_ALLOWANCE, period: {start: 2011-01-01}}]}";

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CommunityBudgetsCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static List<JsonNode> rows(Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      rows.add(JSON.readTree(line));
    }
    return rows;
  }

  @Test
  void identifyDecidesEveryRecordOfTheSampleAndReportsTheInvalidOnesAtTheirLine(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("decisions.jsonl");
    Run r = run("identify", SAMPLES.resolve("families.jsonl").toString(), "--as-of", "2012-10-01", "-o", out.toString());
    assertEquals(1, r.code(), "some records are invalid: " + r.err());
    List<JsonNode> rows = rows(out);
    List<String> lines = Files.readAllLines(SAMPLES.resolve("families.jsonl"));
    long records = lines.stream().filter(l -> !l.isBlank()).count();
    assertEquals(records, rows.size(), "one row per record");
    ObjectMapper domain = DomainJson.mapper();
    for (JsonNode row : rows) {
      int line = row.get("line").asInt();
      assertEquals(engine.fingerprint(), row.get("fingerprint").asText());
      if (row.has("error")) {
        continue;
      }
      Family f = domain.readValue(lines.get(line - 1), Family.class);
      Identification expected = engine.identify(f, LocalDate.of(2012, 10, 1));
      assertEquals(f.id().value(), row.get("family").asText());
      assertEquals(expected.decision().verdict().name(), row.get("verdict").asText());
      assertEquals(expected.criteriaMet().size(), row.get("criteriaMet").size());
      assertEquals(expected.decision().unmetConditions().size(), row.get("unmet").size());
    }
    List<String> errors = rows.stream().filter(x -> x.has("error")).map(x -> x.get("line").asInt() + ": " + x.get("error").asText()).toList();
    assertEquals(List.of("", "f-1007", "f-1008"), rows.stream().filter(x -> x.has("error")).map(x -> x.path("family").asText()).toList());
    assertEquals(List.of(
        "6: not JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
        "7: unknown field 'colour' at members[0].colour: expected one of [dateOfBirth, id, role]",
        "8: unauthorised absence must be within 0–100% of possible sessions, was 107.6923076923% (140 of 130 sessions) for child c-1, term 2012 summer (at indicators[0])"),
        errors);
  }

  @Test
  void identifyOnAGeneratedCohortGivesTheLibrarysDecisions(@TempDir Path dir) throws IOException {
    Path families = dir.resolve("cohort.jsonl");
    Run c = run("cohort", "--authority", "kent", "--count", "300", "-o", families.toString());
    assertEquals(0, c.code(), c.err());
    Path out = dir.resolve("decisions.jsonl");
    assertEquals(0, run("identify", families.toString(), "--as-of", "2012-10-01", "--threads", "2", "--chunk-size", "17", "-o", out.toString()).code());
    List<JsonNode> rows = rows(out);
    List<Family> valid = SyntheticCohort.forAuthority(AreaId.of("kent"), ProgrammePhase.PHASE_1, 300, SyntheticCohort.STANDARD_SEED)
        .stream().filter(f -> f instanceof CohortFamily.Valid).map(CohortFamily::toFamily).toList();
    assertEquals(valid.size(), rows.size());
    assertTrue(c.err().startsWith(valid.size() + " families written, " + (300 - valid.size()) + " records the domain rejects left out"), c.err());
    for (int i = 0; i < valid.size(); i++) {
      Identification expected = engine.identify(valid.get(i), LocalDate.of(2012, 10, 1));
      JsonNode row = rows.get(i);
      assertEquals(i + 1, row.get("line").asInt());
      assertEquals(expected.family().value(), row.get("family").asText());
      assertEquals(expected.decision().verdict().name(), row.get("verdict").asText());
      assertEquals(expected.decision().rules().size(), row.get("rules").size());
    }
  }

  @Test
  void resultsDecidesTheSample(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("results.jsonl");
    Run r = run("results", SAMPLES.resolve("families.jsonl").toString(), "--as-of", "2013-10-01", "--reasons", "-o", out.toString());
    assertEquals(1, r.code(), r.err());
    ObjectMapper domain = DomainJson.mapper();
    List<String> lines = Files.readAllLines(SAMPLES.resolve("families.jsonl"));
    for (JsonNode row : rows(out)) {
      if (row.has("error")) {
        continue;
      }
      Results expected = engine.results(domain.readValue(lines.get(row.get("line").asInt() - 1), Family.class), LocalDate.of(2013, 10, 1));
      assertEquals(expected.decision().verdict().name(), row.get("verdict").asText());
      assertEquals(expected.achieved().size(), row.get("achieved").size());
      assertEquals(expected.decision().reasons().size(), row.get("reasons").size());
    }
  }

  @Test
  void assessGivesEveryContributionOfTheSamplePoolItsVerdictAndTheBrokenPoolAnError(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("assessment.jsonl");
    Run r = run("assess", SAMPLES.resolve("pools.jsonl").toString(), "--as-of", "2012-10-01", "-o", out.toString());
    assertEquals(1, r.code(), r.err());
    List<JsonNode> rows = rows(out);
    org.communitybudgets.rules.pooling.PoolAssessment expected =
        engine.assess(org.communitybudgets.report.GreaterManchesterPool.pool(), LocalDate.of(2012, 10, 1));
    List<JsonNode> contributions = rows.stream().filter(x -> x.has("contribution")).toList();
    assertEquals(expected.contributions().size(), contributions.size());
    for (JsonNode row : contributions) {
      assertEquals(1, row.get("line").asInt());
      assertEquals(expected.contribution(row.get("contribution").asText()).orElseThrow().verdict().name(), row.get("verdict").asText());
    }
    JsonNode summary = rows.get(contributions.size());
    assertEquals(expected.poolFindings().size(), summary.get("findings").size());
    assertEquals(expected.allowed().byYear().size(), summary.get("allowed").size());
    JsonNode error = rows.get(rows.size() - 1);
    assertEquals(2, error.get("line").asInt());
    assertEquals("gm-families-broken", error.get("pool").asText());
    assertTrue(error.get("error").asText().startsWith("holder must be one of the pool's budget holders"), error.toString());
  }

  @Test
  void claimsDecidesACohortsClaimsAsTheLedgerDoes(@TempDir Path dir) throws IOException {
    Path families = dir.resolve("families.jsonl");
    Path claims = dir.resolve("claims.jsonl");
    Path targets = dir.resolve("targets.jsonl");
    Run c = run("cohort", "--authority", "kent", "--count", "400", "-o", families.toString(), "--claims", claims.toString(), "--targets", targets.toString());
    assertEquals(0, c.code(), c.err());
    Files.writeString(claims, "{\"id\": \"broken\"}\n", java.nio.file.StandardOpenOption.APPEND);
    Path out = dir.resolve("decisions.jsonl");
    Run r = run("claims", claims.toString(), "--families", families.toString(), "--targets", targets.toString(), "--as-of", "2015-03-31", "-o", out.toString());
    assertEquals(1, r.code(), r.err());
    List<JsonNode> rows = rows(out);
    JsonNode error = rows.get(0);
    assertEquals(Files.readAllLines(claims).size(), error.get("line").asInt());
    assertEquals(claims.toString(), error.get("file").asText());
    SyntheticCohort cohort = SyntheticCohort.forAuthority(AreaId.of("kent"), ProgrammePhase.PHASE_1, 400, SyntheticCohort.STANDARD_SEED);
    List<CohortFamily.Valid> valid = cohort.stream().filter(f -> f instanceof CohortFamily.Valid).map(f -> (CohortFamily.Valid) f).toList();
    org.communitybudgets.rules.troubledfamilies.Ledger ledger = engine.ledger(cohort.targets().get(0), valid.stream().map(CohortFamily.Valid::family).toList(),
        valid.stream().flatMap(v -> v.claims().stream()).toList(), List.of(), LocalDate.of(2015, 3, 31));
    List<JsonNode> decided = rows.stream().filter(x -> x.has("claim")).toList();
    assertEquals(ledger.claims().size(), decided.size());
    for (int i = 0; i < decided.size(); i++) {
      assertEquals(ledger.claims().get(i).claim().value(), decided.get(i).get("claim").asText());
      assertEquals(ledger.claims().get(i).decision().verdict().name(), decided.get(i).get("verdict").asText());
      assertEquals(ledger.claims().get(i).payable().toString(), decided.get(i).get("payable").asText());
    }
    JsonNode summary = rows.get(rows.size() - 1);
    assertEquals(ledger.totalPaid().toString(), summary.get("totalPaid").asText());
    assertEquals(ledger.familiesTurnedAround(), summary.get("familiesTurnedAround").asLong());
    assertFalse(decided.get(0).has("reasons"), "rules and unmet conditions only, unless asked");

    Path explained = dir.resolve("explained.jsonl");
    run("claims", claims.toString(), "--families", families.toString(), "--targets", targets.toString(), "--as-of", "2015-03-31",
        "--reasons", "-o", explained.toString());
    List<JsonNode> withReasons = rows(explained).stream().filter(x -> x.has("claim")).toList();
    assertEquals(decided.size(), withReasons.size());
    JsonNode reasons = withReasons.get(0).get("reasons");
    assertEquals(ledger.claims().get(0).decision().reasons().size(), reasons.size());
    assertEquals(ledger.claims().get(0).decision().reasons().get(0).statement(), reasons.get(0).get("statement").asText());

    Path twoAuthorities = dir.resolve("two-claims.jsonl");
    Path twoFamilies = dir.resolve("two-families.jsonl");
    Path twoTargets = dir.resolve("two-targets.jsonl");
    assertEquals(0, run("cohort", "--authority", "leeds", "--count", "200", "-o", dir.resolve("leeds.jsonl").toString(),
        "--claims", dir.resolve("leeds-claims.jsonl").toString(), "--targets", dir.resolve("leeds-targets.jsonl").toString()).code());
    Files.writeString(twoFamilies, Files.readString(families) + Files.readString(dir.resolve("leeds.jsonl")));
    Files.writeString(twoAuthorities, Files.readString(claims).replace("{\"id\": \"broken\"}\n", "") + Files.readString(dir.resolve("leeds-claims.jsonl")));
    Files.writeString(twoTargets, Files.readString(targets) + Files.readString(dir.resolve("leeds-targets.jsonl")));
    Path one = dir.resolve("one-thread.jsonl");
    Path four = dir.resolve("four-threads.jsonl");
    assertEquals(0, run("claims", twoAuthorities.toString(), "--families", twoFamilies.toString(), "--targets", twoTargets.toString(),
        "--as-of", "2015-03-31", "--threads", "1", "-o", one.toString()).code());
    assertEquals(0, run("claims", twoAuthorities.toString(), "--families", twoFamilies.toString(), "--targets", twoTargets.toString(),
        "--as-of", "2015-03-31", "--threads", "4", "-o", four.toString()).code());
    assertEquals(Files.readString(one), Files.readString(four), "the authorities' ledgers on several threads, written in the same order");
    assertEquals(List.of("kent", "leeds"), rows(one).stream().filter(x -> x.has("familiesTurnedAround")).map(x -> x.get("authority").asText()).toList());
    Run none = run("claims", twoAuthorities.toString(), "--families", twoFamilies.toString(), "--targets", twoTargets.toString(),
        "--as-of", "2015-03-31", "--threads", "0");
    assertEquals(2, none.code());
    assertTrue(none.err().startsWith("--threads must be 1 or more, was 0"), none.err());
  }

  @Test
  void compareClaimsMovesTheMoneyTheLibrarysComparisonMoves(@TempDir Path dir) throws IOException {
    Path families = dir.resolve("families.jsonl");
    Path claims = dir.resolve("claims.jsonl");
    Path targets = dir.resolve("targets.jsonl");
    assertEquals(0, run("cohort", "--authority", "kent", "--count", "300", "-o", families.toString(),
        "--claims", claims.toString(), "--targets", targets.toString()).code());
    Path lower = dir.resolve("lower.yaml");
    Files.writeString(lower, """
        tf.phase1.maximum-per-family:
          source: {document: TROUBLED_FAMILIES_FRAMEWORK_2012, location: "a lower maximum, to compare"}
          values:
            - {from: 2010-04-01, value: "£3,500"}
        """);
    Run r = run("compare", "--decide", "claims", claims.toString(), "--families", families.toString(),
        "--targets", targets.toString(), "--as-of", "2015-03-31", "--parameters", lower.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode report = new ObjectMapper().readTree(r.out());
    SyntheticCohort cohort = SyntheticCohort.forAuthority(AreaId.of("kent"), ProgrammePhase.PHASE_1, 300, SyntheticCohort.STANDARD_SEED);
    List<CohortFamily.Valid> valid = cohort.stream().filter(f -> f instanceof CohortFamily.Valid).map(f -> (CohortFamily.Valid) f).toList();
    org.communitybudgets.rules.compare.ComparisonReport expected = org.communitybudgets.rules.compare.Comparison
        .of(engine, CommunityBudgetsEngine.builder().parameterOverrides(lower).build())
        .claims(cohort.targets(), valid.stream().map(CohortFamily.Valid::family).toList(),
            valid.stream().flatMap(v -> v.claims().stream()).toList(), List.of(), LocalDate.of(2015, 3, 31));
    assertTrue(expected.changed() > 0, "a lower maximum caps some claims");
    assertEquals(expected.compared(), report.get("compared").asLong());
    assertEquals(expected.changed(), report.get("changed").asLong());
    assertEquals(expected.totalMoneyMoved().toString(), report.get("moneyMovedByAuthority").get("kent").asText());
    expected.moneyMoved().forEach((year, money) -> assertEquals(money.toString(), report.get("moneyMoved").get(year.toString()).asText()));
  }

  @Test
  void csvOutputHasARowPerRecordWithTheSameDecisionsAsJson(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("decisions.jsonl");
    Path csv = dir.resolve("decisions.csv");
    run("identify", SAMPLES.resolve("families.jsonl").toString(), "--as-of", "2012-10-01", "-o", json.toString());
    assertEquals(1, run("identify", SAMPLES.resolve("families.jsonl").toString(), "--as-of", "2012-10-01", "-o", csv.toString()).code());
    com.fasterxml.jackson.dataformat.csv.CsvMapper reader = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    List<Map<String, String>> rows;
    try (com.fasterxml.jackson.databind.MappingIterator<Map<String, String>> it = reader.readerFor(Map.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      rows = it.readAll();
    }
    List<JsonNode> expected = rows(json);
    assertEquals(expected.size(), rows.size());
    assertEquals(List.of("line", "family", "verdict", "phase", "criteriaMet", "unmet", "rules", "error", "fingerprint"), List.copyOf(rows.get(0).keySet()));
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(expected.get(i).get("line").asText(), rows.get(i).get("line"));
      assertEquals(expected.get(i).path("verdict").asText(""), rows.get(i).get("verdict"));
      assertEquals(expected.get(i).path("error").asText(""), rows.get(i).get("error"));
      List<String> codes = new ArrayList<>();
      expected.get(i).path("unmet").forEach(u -> codes.add(u.get("code").asText()));
      assertEquals(String.join("; ", codes), rows.get(i).get("unmet"));
    }
    Path pools = dir.resolve("assessment.txt");
    assertEquals(1, run("assess", SAMPLES.resolve("pools.jsonl").toString(), "--as-of", "2012-10-01", "--format", "csv", "-o", pools.toString()).code());
    assertTrue(Files.readAllLines(pools).get(0).startsWith("line,pool,contribution,verdict,unmet,rules,findings,requested,allowed,error"));
  }

  @Test
  void claimsAndTargetsAreReadFromCsvWithTheLineOfEachRow(@TempDir Path dir) throws IOException {
    Path families = dir.resolve("families.jsonl");
    run("cohort", "--authority", "kent", "--count", "20", "-o", families.toString());
    String first = Files.readAllLines(families).get(0);
    String family = JSON.readTree(first).get("id").asText();
    Path claims = dir.resolve("claims.csv");
    Files.writeString(claims, "id,family,authority,kind,claimedOn,amountClaimed\n"
        + "k-1," + family + ",kent,ATTACHMENT_FEE_PHASE_1,2013-10-31,\n"
        + "k-2," + family + ",kent,NO_SUCH_KIND,2013-11-01,\n"
        + "k-3," + family + ",kent,ATTACHMENT_FEE_PHASE_1,2013-13-01,\n");
    Path targets = dir.resolve("targets.csv");
    Files.writeString(targets, "authority,phase,families\nkent,PHASE_1,20\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(1, run("claims", claims.toString(), "--families", families.toString(), "--targets", targets.toString(), "--as-of", "2015-03-31", "-o", out.toString()).code());
    List<JsonNode> rows = rows(out);
    assertEquals("\"NO_SUCH_KIND\" at kind is not one of [" + String.join(", ", java.util.Arrays.stream(org.communitybudgets.payment.ClaimKind.values()).map(Enum::name).toList()) + "]",
        rows.get(0).get("error").asText());
    assertEquals(3, rows.get(0).get("line").asInt());
    assertEquals("\"2013-13-01\" at claimedOn is not a date written like 2012-10-01", rows.get(1).get("error").asText());
    assertEquals(4, rows.get(1).get("line").asInt());
    assertEquals("k-1", rows.get(2).get("claim").asText());
    assertEquals(2, rows.get(2).get("line").asInt());
  }

  @Test
  void aJsonArrayIsReadAsWellAsJsonLines(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(SAMPLES.resolve("families.jsonl")).subList(0, 3);
    Path array = dir.resolve("families.json");
    Files.writeString(array, "[\n" + String.join(",\n", lines) + "\n]\n");
    Path out = dir.resolve("decisions.jsonl");
    assertEquals(0, run("identify", array.toString(), "--as-of", "2012-10-01", "-o", out.toString()).code());
    List<JsonNode> rows = rows(out);
    assertEquals(List.of(2, 3, 4), rows.stream().map(x -> x.get("line").asInt()).toList());
  }

  @Test
  void aFileThatCannotBeReadOrWrittenIsNamedWithWhatWasMeantAndWhy(@TempDir Path dir) {
    Run folder = run("identify", dir.toString(), "--as-of", "2012-10-01");
    assertEquals(2, folder.code());
    assertEquals("identify: cannot read " + dir + ": it is a folder, not a file", folder.err().strip());
    String families = SAMPLES.resolve("families.jsonl").toString();
    Path absent = dir.resolve("absent").resolve("out.jsonl");
    Run noFolder = run("identify", families, "--as-of", "2012-10-01", "-o", absent.toString());
    assertEquals(2, noFolder.code());
    assertEquals("identify: cannot write " + absent + ": no such folder " + absent.getParent(), noFolder.err().strip());
    Run ontoFolder = run("identify", families, "--as-of", "2012-10-01", "-o", dir.toString());
    assertEquals(2, ontoFolder.code());
    assertEquals("identify: cannot write " + dir + ": it is a folder, not a file", ontoFolder.err().strip());
  }

  @Test
  void anEmptyInputSaysItHoldsNoRecords(@TempDir Path dir) throws IOException {
    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, "");
    Run r = run("identify", empty.toString(), "--as-of", "2012-10-01", "-o", dir.resolve("out.jsonl").toString());
    assertEquals(0, r.code());
    assertEquals("identify: 0 records: " + empty + " holds none", r.err().strip());
    assertEquals("", Files.readString(dir.resolve("out.jsonl")));
  }

  /** As git and kubectl do: the error, any option of a like name, and one line pointing to the help. */
  @Test
  void aUsageErrorPointsToTheHelpRatherThanPrintingIt() {
    Run unknown = run("identify", "x.jsonl", "--as-of", "2012-10-01", "--colour", "red");
    assertEquals(2, unknown.code());
    List<String> lines = unknown.err().lines().toList();
    assertEquals("Try 'community-budgets identify --help' for more information.", lines.get(lines.size() - 1), unknown.err());
    assertFalse(unknown.err().contains("Usage:"), unknown.err());
    Run typo = run("identify", "x.jsonl", "--as-off", "2012-10-01");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("--as-of"), "a like-named option is suggested: " + typo.err());
    Run none = run();
    assertEquals("Try 'community-budgets --help' for more information.", none.err().lines().reduce((a, b) -> b).orElseThrow(), none.err());
  }

  @Test
  void usageErrorsGiveAMessageAndExitTwo() {
    Run unknown = run("identify", "x.jsonl", "--as-of", "2012-10-01", "--colour", "red");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("Unknown options: '--colour', 'red'"), unknown.err());
    Run date = run("identify", "x.jsonl", "--as-of", "2012-13-01");
    assertEquals(2, date.code());
    assertTrue(date.err().startsWith("Invalid value for option '--as-of': '2012-13-01' is not a date written like 2012-10-01 (Invalid value for MonthOfYear (valid values 1 - 12): 13)"), date.err());
    Run missing = run("identify", "no-such-file.jsonl", "--as-of", "2012-10-01");
    assertEquals(2, missing.code());
    assertEquals("identify: cannot read no-such-file.jsonl: no such file", missing.err().strip());
    Run outside = run("identify", SAMPLES.resolve("families.jsonl").toString(), "--as-of", "2009-01-01", "-o", "target/ignored.jsonl");
    assertEquals(2, outside.code());
    assertTrue(outside.err().contains("business date must be within 2010-04-01–2031-03-31"), outside.err());
    Run csvFamilies = run("identify", "families.csv", "--as-of", "2012-10-01");
    assertEquals(2, csvFamilies.code());
    assertTrue(csvFamilies.err().startsWith("Families are nested records: give them as JSON lines or a JSON array, not CSV"), csvFamilies.err());
    Run none = run();
    assertEquals(2, none.code());
    assertTrue(none.err().startsWith("a command is required"), none.err());
  }

  @Test
  void theTestCommandPrintsEachCaseAndTheClosingLineAndExitsByWhetherAllPassed(@TempDir Path dir) throws IOException {
    String family = ON_JSA;
    Files.writeString(dir.resolve("work.yaml"), "asOf: 2013-05-10\ncases:\n"
        + "  - name: on JSA\n    identify: {family: " + family + "}\n    expect: {criteriaMet: [WORK]}\n"
        + "  - name: wrongly expected\n    identify: {family: " + family + "}\n    expect: {verdict: ELIGIBLE}\n");
    Run r = run("test", dir.toString());
    assertEquals(1, r.code(), r.err());
    String file = dir.resolve("work.yaml").toString();
    assertTrue(r.out().startsWith("passed " + file + ":3: on JSA\nFAILED " + file + ":6: wrongly expected\n"
        + "    verdict: expected ELIGIBLE, was NOT_ELIGIBLE\n    decided because:\n"), r.out());
    assertTrue(r.out().endsWith("1 passed, 1 failed\n"), r.out());

    Run failuresOnly = run("test", dir.toString(), "--failures-only", "--coverage", "--coverage-json", dir.resolve("coverage.json").toString());
    assertFalse(failuresOnly.out().contains("passed " + file), failuresOnly.out());
    int rules = CommunityBudgetsEngine.standard().ruleNames().size();
    assertTrue(failuresOnly.out().contains("Rules (" + rules + "), never fired first:"), failuresOnly.out());
    assertTrue(failuresOnly.out().contains(" of " + rules + " rules fired; never fired: "), failuresOnly.out());
    JsonNode coverage = new ObjectMapper().readTree(dir.resolve("coverage.json").toFile());
    assertEquals(rules, coverage.get("rules").size());
    assertEquals(0, coverage.get("rules").get(0).get("firings").asInt());

    Files.writeString(dir.resolve("work.yaml"), "asOf: 2013-05-10\ncases:\n  - name: on JSA\n    identify: {family: " + family + "}\n    expect: {criteriaMet: [WORK]}\n");
    assertEquals(0, run("test", dir.toString()).code());
    Run missing = run("test", dir.resolve("none").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no scenario file or directory"), missing.err());
  }

  @Test
  void theSpellingsOfTheLastReleaseStillWorkAndSayWhatToWriteInstead(@TempDir Path dir) throws IOException {
    Path filter = dir.resolve("filter.yaml");
    Files.writeString(filter, CliTest.LOCAL_FILTER);
    String families = SAMPLES.resolve("families.jsonl").toString();
    Run now = run("compare", families, "--as-of", "2012-10-01", "--parameters", filter.toString(), "--format", "json");
    Run then = run("compare", "--input", families, "--as-of", "2012-10-01", "--parameters", filter.toString(), "--json");
    assertEquals(now.code(), then.code());
    assertEquals(now.out(), then.out(), "the same report");
    assertEquals("", now.err());
    assertEquals("community-budgets compare: --input FILE is deprecated and will be removed in the next minor release; write the file as the argument, compare FILE\n"
        + "community-budgets compare: --json is deprecated and will be removed in the next minor release; write --format json\n", then.err());
    Run both = run("compare", families, "--input", families, "--as-of", "2012-10-01", "--parameters", filter.toString());
    assertEquals(2, both.code());
    assertTrue(both.err().contains("give the file once, as the argument"), both.err());

    Run parameters = run("parameters", "--as-of", "2012-10-01", "--json");
    assertEquals(run("parameters", "--as-of", "2012-10-01", "--format", "jsonl").out(), parameters.out());
    assertTrue(parameters.err().contains("--json is deprecated"), parameters.err());
    Run badFormat = run("parameters", "--as-of", "2012-10-01", "--format", "xml");
    assertEquals(2, badFormat.code());
    assertTrue(badFormat.err().startsWith("--format must be text or jsonl, was xml"), badFormat.err());

    Path counted = dir.resolve("counted.jsonl");
    Path old = dir.resolve("old.jsonl");
    assertEquals(0, run("cohort", "--authority", "kent", "--count", "7", "-o", counted.toString()).code());
    Run oldCohort = run("cohort", "--authority", "kent", "--families", "7", "-o", old.toString());
    assertEquals(0, oldCohort.code());
    assertEquals(Files.readString(counted), Files.readString(old));
    assertTrue(oldCohort.err().contains("--families N is deprecated"), oldCohort.err());

    Run rules = run("rules", "--format", "jsonl");
    assertEquals(0, rules.code());
    List<String> lines = rules.out().lines().toList();
    assertEquals(engine.ruleNames().size(), lines.size());
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals(engine.ruleNames().iterator().next(), first.get("rule").asText());
    assertEquals(engine.fingerprint(), first.get("fingerprint").asText());
  }

  @Test
  void theCompareCommandReportsWhatACandidateRuleSetChanges(@TempDir Path dir) throws IOException {
    Path filter = dir.resolve("filter.yaml");
    Files.writeString(filter, CliTest.LOCAL_FILTER);
    String families = SAMPLES.resolve("families.jsonl").toString();
    Run r = run("compare", families, "--as-of", "2012-10-01", "--parameters", filter.toString(), "--format", "json");
    assertEquals(1, r.code(), "the sample has invalid records: " + r.err());
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertEquals("identification", report.get("subject").asText());
    assertEquals(3, report.get("failed").asInt());
    assertEquals(5, report.get("compared").asInt());
    assertEquals(report.get("changed").asLong(), report.get("sample").size());
    long transitions = 0;
    for (JsonNode n : report.get("transitions")) {
      transitions += n.asLong();
    }
    assertEquals(report.get("changed").asLong(), transitions);

    Run same = run("compare", families, "--as-of", "2012-10-01", "--base-parameters", filter.toString(), "--parameters", filter.toString());
    assertTrue(same.out().contains("5 compared, 0 changed, 3 not decided"), same.out());
    Run standard = run("compare", families, "--as-of", "2012-10-01");
    assertEquals(2, standard.code());
    assertTrue(standard.err().startsWith("the candidate would be the standard rule set"), standard.err());
    Run unknown = run("compare", families, "--as-of", "2012-10-01", "--parameters", filter.toString(), "--decide", "payments");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("--decide must be identification, results, claims or contributions, was payments"), unknown.err());
    Run noTargets = run("compare", "claims.jsonl", "--as-of", "2012-10-01", "--parameters", filter.toString(), "--decide", "claims");
    assertEquals(2, noTargets.code());
    Run pools = run("compare", SAMPLES.resolve("pools.jsonl").toString(), "--decide", "contributions", "--as-of", "2013-04-01",
        "--without-rule", "A line can only be contributed by the kind of body that holds it");
    assertTrue(pools.out().contains("14 compared, 0 changed, 1 not decided"), pools.out());
  }

  @Test
  void theReportCommandWritesThePilotsReportAsAPageTextOrJson(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("report.html");
    Run html = run("report", "--as-of", "2012-10-01", "--out", page.toString());
    assertEquals(0, html.code(), html.err());
    String written = Files.readString(page);
    assertTrue(written.startsWith("<!DOCTYPE html>") && written.contains("id=\"sankey\""), "a web page with its Sankey diagram");
    Run json = run("report", "--format", "json");
    assertEquals(0, json.code(), json.err());
    assertEquals("2012-10-01", new ObjectMapper().readTree(json.out()).get("poolAssessedOn").asText());
    Path families = dir.resolve("families.jsonl");
    Path claims = dir.resolve("claims.jsonl");
    Path targets = dir.resolve("targets.jsonl");
    assertEquals(0, run("cohort", "--authority", "kent", "--count", "300", "-o", families.toString(),
        "--claims", claims.toString(), "--targets", targets.toString()).code());
    Files.writeString(families, "{\"id\": \"f-x\"}\n", java.nio.file.StandardOpenOption.APPEND);
    Run own = run("report", "--pool", SAMPLES.resolve("pools.jsonl").toString(), "--families", families.toString(), "--claims", claims.toString(),
        "--targets", targets.toString(), "--identified-on", "2012-10-01", "--as-of", "2015-03-31", "--format", "json");
    assertEquals(0, own.code(), own.err());
    JsonNode report = new ObjectMapper().readTree(own.out());
    assertEquals("kent", report.at("/cohort/authority").asText());
    assertEquals(Files.readAllLines(families).size(), report.at("/cohort/records").asInt(), "every record, the broken one included");
    assertEquals(1, report.at("/cohort/dataErrors").asInt());
    assertTrue(report.get("appraisal").isNull(), "Greater Manchester's appraisal is in the bundled report only");
    Run partial = run("report", "--families", families.toString());
    assertEquals(2, partial.code());
    assertTrue(partial.err().startsWith("a cohort is given by --families, --claims and --targets together"), partial.err());
    Run leeds = run("report", "--area", "leeds");
    assertEquals(2, leeds.code());
    assertTrue(leeds.err().startsWith("the report covers greater-manchester"), leeds.err());
  }

  @Test
  void aRuleSetThatCannotBeBuiltExitsTwoWithEveryProblem(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.drl"), "package org.council.rules;\nrule \"R\"\nwhen\n  Household()\nthen\nend\n");
    Run r = run("rules", "--rules", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("rules: the rule set could not be built:"), r.err());
    assertTrue(r.err().contains(dir.resolve("bad.drl") + ":4 [R]: Unable to resolve ObjectType 'Household'"), r.err());
  }

  @Test
  void aCouncilsConditionsTableReportsItsRulesUnmetConditions(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("keyworker.drl"), """
        package org.council.rules;
        import org.communitybudgets.rules.Policy;
        import org.communitybudgets.rules.Findings;
        import org.communitybudgets.rules.troubledfamilies.FamilyFacts;
        global Findings findings;
        rule "Every family is judged by whether it has a key worker"
        when
          $p : Policy()
          $f : FamilyFacts()
        then
          findings.expect($f, $p, "key-worker");
        end
        """);
    Path table = dir.resolve("conditions.yaml");
    Files.writeString(table, """
        key-worker:
          subject: family
          rule: A family without a key worker is noted as not met
          document: {id: KEY_WORKERS, short-name: Key workers, title: Kent key worker allocation policy}
          location: paragraph 2
          requirement: a key worker is allocated to the family
          statement: no key worker is allocated on {as-of}
          parameters: []
        """);
    Path out = dir.resolve("out.jsonl");
    Run r = run("identify", SAMPLES.resolve("families.jsonl").toString(), "--as-of", "2012-10-01", "--rules", dir.resolve("keyworker.drl").toString(),
        "--conditions", table.toString(), "-o", out.toString());
    assertTrue(r.code() == 0 || r.code() == 1, r.err());
    assertTrue(Files.readString(out).contains("\"code\":\"key-worker\""), Files.readString(out));
    Files.writeString(table, "key-worker: {subject: family}\n");
    Run bad = run("identify", SAMPLES.resolve("families.jsonl").toString(), "--as-of", "2012-10-01", "--conditions", table.toString(), "-o", out.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains(table + ":1 [key-worker]: document is required"), bad.err());
  }

  @Test
  void rulesListsEveryRuleInForce() {
    Run r = run("rules");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("# " + engine.ruleNames().size() + " rules, fingerprint " + engine.fingerprint(), lines.get(0));
    assertEquals(engine.ruleNames(), lines.subList(1, lines.size()));
    Run without = run("rules", "--without-rule", engine.ruleNames().get(0));
    assertEquals(engine.ruleNames().size() - 1, without.out().lines().count() - 1);
  }

  @Test
  void parametersListsEveryParameterWithItsValueOnTheDateAndTheOverrides(@TempDir Path dir) throws IOException {
    Run text = run("parameters", "--as-of", "2012-10-01");
    assertEquals(0, text.code(), text.err());
    for (org.communitybudgets.rules.Parameter p : engine.parameters()) {
      assertTrue(text.out().contains(p.key() + " (" + p.type() + ") = "), p.key());
    }
    Path overrides = dir.resolve("council.yaml");
    Files.writeString(overrides, """
        tf.phase1.unauthorised-absence:
          source: {document: OFFER, location: "a council's choice"}
          values:
            - {from: 2010-04-01, value: 12%, note: assumed for the example}
        """);
    Run json = run("parameters", "--as-of", "2012-10-01", "--format", "jsonl", "--parameters", overrides.toString());
    assertEquals(0, json.code(), json.err());
    List<String> lines = json.out().lines().toList();
    assertEquals(engine.parameters().size(), lines.size());
    JsonNode absence = lines.stream().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).filter(n -> n.get("key").asText().equals("tf.phase1.unauthorised-absence")).findFirst().orElseThrow();
    assertEquals("12%", absence.get("value").asText());
    assertEquals(overrides.toString(), absence.get("file").asText());
    assertEquals("assumed for the example", absence.get("note").asText());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("identify", "results", "claims", "assess", "cohort", "rules", "parameters")) {
      Run r = run(command, "--help");
      assertEquals(0, r.code(), command);
      assertTrue(r.out().startsWith("Usage: community-budgets " + command), r.out());
    }
    Run top = run("--help");
    assertEquals(0, top.code());
    assertTrue(top.out().contains("Exit codes:"), top.out());
  }
}
