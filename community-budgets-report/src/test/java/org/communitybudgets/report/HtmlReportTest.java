package org.communitybudgets.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report as a web page: self-contained, and, opened in headless Chromium, drawn without a
 * console message, every chart rendered, and the figures shown the report's own. Where Chromium is
 * not installed the browser tests are skipped, unless the environment variable {@code
 * COMMUNITY_BUDGETS_BROWSER} is {@code required} (as CI sets it), when they fail. The page and a
 * screenshot are written under {@code target/report/}.
 */
class HtmlReportTest {
  private static final Path DIR = Path.of("target/report");
  private static Report report;
  private static String html;
  private static Path page;

  @BeforeAll
  static void write() throws IOException {
    report = ProgrammeOfficeReport.build(CommunityBudgetsEngine.standard(), ProgrammeOfficeReport.DEFAULT_DATE);
    html = HtmlReport.html(report);
    Files.createDirectories(DIR);
    page = DIR.resolve("report.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
  }

  @Test
  void thePageNeedsNoNetwork() {
    assertFalse(Pattern.compile("src\\s*=\\s*\"(https?:)?//").matcher(html).find(), "no script or image from elsewhere");
    java.util.regex.Matcher external = Pattern.compile("<(\\w+)[^>]*href\\s*=\\s*\"(https?:)?//").matcher(html);
    while (external.find()) {
      assertEquals("a", external.group(1), "only a link a reader follows goes elsewhere: " + external.group());
    }
    assertFalse(html.contains("<link"), "styles inlined");
    assertTrue(html.contains("Apache ECharts") || html.contains("echarts"), "the charting library inlined");
    assertTrue(html.contains("<table>") && html.contains("<caption>"), "tables for every chart");
  }

  @Test
  void theEmbeddedDataIsTheReportsJson() throws IOException {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertTrue(m.find());
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(mapper.readTree(ProgrammeOfficeReport.json(report)), mapper.readTree(m.group(1).replace("<\\/", "</")));
  }

  @Test
  void aReportOnAnotherAreasPoolAndCohortLeavesOutGreaterManchestersAppraisal() {
    ProgrammeOfficeReport.Inputs bundled = ProgrammeOfficeReport.bundled();
    ProgrammeOfficeReport.CohortInput small = new ProgrammeOfficeReport.CohortInput(bundled.cohort().authority(), bundled.cohort().phase(),
        "families.jsonl", bundled.cohort().records().subList(0, 200), bundled.cohort().target(), List.of(),
        bundled.cohort().identifiedOn(), bundled.cohort().reviewedOn());
    Report other = ProgrammeOfficeReport.build(CommunityBudgetsEngine.standard(), ProgrammeOfficeReport.DEFAULT_DATE,
        new ProgrammeOfficeReport.Inputs(bundled.pool(), org.communitybudgets.funding.Allocations.empty(), small, false));
    assertEquals(null, other.appraisal());
    assertEquals(200, other.cohort().records());
    assertEquals("families.jsonl", other.cohort().source());
    String page = HtmlReport.html(other);
    assertFalse(page.contains("Who invests and who benefits"), "no appraisal section");
    assertTrue(page.contains("200 records in Greater Manchester (families.jsonl)"), "the cohort's own source, the area by its name");
    assertFalse(ProgrammeOfficeReport.text(other).contains("Cost-benefit summary"));
  }

  private static Optional<Path> chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Optional.of(Path.of(candidate));
      }
    }
    boolean required = "required".equals(System.getenv("COMMUNITY_BUDGETS_BROWSER"));
    assertFalse(required, "COMMUNITY_BUDGETS_BROWSER=required, but Chromium is not installed (Debian: apt-get install chromium)");
    Assumptions.assumeTrue(false, "Chromium is not installed: the browser tests are skipped");
    return Optional.empty();
  }

  /** Runs headless Chromium on the page with the arguments; returns what it wrote to standard output and error. */
  private static String[] run(Path chromium, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(DIR.toAbsolutePath(), "chromium-profile");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000"));
    command.addAll(List.of(args));
    command.add(page.toAbsolutePath().toUri().toString());
    Path out = DIR.resolve("chromium.out");
    Path err = DIR.resolve("chromium.err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium ended");
    return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
  }

  @Test
  void inChromiumEveryChartIsDrawnWithoutAConsoleMessageAndTheTablesShowTheReportsFigures() throws Exception {
    Path chromium = chromium().orElseThrow();
    String[] dumped = run(chromium, "--run-all-compositor-stages-before-draw", "--dump-dom");
    String dom = dumped[0];
    assertEquals(List.of(), dumped[1].lines().filter(l -> l.contains(":CONSOLE")).toList(), "the page writes nothing to the console");
    assertTrue(dom.contains("data-rendered=\"true\""), "the page says every chart finished drawing");
    assertEquals(6, Pattern.compile("<svg").matcher(dom).results().count(), "a Sankey diagram and five charts, drawn as SVG");
    for (Report.ContributionRow c : report.pool().contributions()) {
      Matcher row = Pattern.compile("<tr data-contribution=\"" + Pattern.quote(c.id()) + "\">(.*?)</tr>", Pattern.DOTALL).matcher(dom);
      assertTrue(row.find(), c.id());
      c.amounts().values().forEach(amount -> assertTrue(row.group(1).contains(">" + amount + "<"), c.id() + " shows " + amount));
      assertTrue(row.group(1).contains("data-verdict=\"" + c.verdictCode() + "\">" + c.verdict() + "<"), c.id() + ": " + c.verdict());
    }
    assertTrue(dom.contains(report.appraisal().npvFiscal().toString()));
    Report.AppraisalYearRow last = report.appraisal().years().get(report.appraisal().years().size() - 1);
    assertEquals(report.appraisal().npvFiscal(), last.cumulativeNetFiscal());
    assertTrue(dom.contains(">" + last.cumulativeNetFiscal() + "<"), "the cumulative net to the last year, the fiscal NPV");
    assertTrue(dom.contains(report.cohort().ledger().totalPaid().toString()));
    assertTrue(dom.contains(report.pool().ruleSet()), "the fingerprint, for a printed copy to be traced");
  }

  @Test
  void aScreenshotIsWrittenForAPersonToLookAt() throws Exception {
    Path chromium = chromium().orElseThrow();
    Path shot = DIR.resolve("report.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    run(chromium, "--window-size=1280,3000", "--screenshot=" + shot);
    assertTrue(Files.size(shot) > 50_000, "a screenshot of the page: " + shot);
  }
}
