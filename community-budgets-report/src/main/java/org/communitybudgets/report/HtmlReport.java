package org.communitybudgets.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.payment.ClaimKind;

/**
 * The programme office report as one self-contained web page: the money from the departments
 * through the funding lines to the pool as a Sankey diagram by verdict and year, the cohort through
 * the programme, who invests and who benefits, and the rule set's fingerprint, business date and
 * sources; every chart followed by its table. Scripts, styles and data are inlined (Apache ECharts
 * 6.1.0, Apache-2.0, its licence beside it in the jar), so the page needs no network to be read or
 * printed. Laid out with a Mustache template ({@code report/report.html.mustache}) and drawn by
 * the page's script ({@code report/report.js}), which escapes every value from the data that it
 * puts into a tooltip; the page's {@link #CSP} lets only those two scripts run.
 */
final class HtmlReport {
  /** The colour of each verdict: distinct in lightness as well as hue, and patterned in the charts, for greyscale. */
  static final Map<String, String> COLOURS = Map.of(
      ContributionVerdict.ALLOWED.name(), "#1b5e20",
      ContributionVerdict.ALIGNMENT_ONLY.name(), "#a5d6a7",
      ContributionVerdict.CONDITIONAL.name(), "#f9a825",
      ContributionVerdict.REFUSED.name(), "#880e4f");

  private static final String TEMPLATE = "org/communitybudgets/report/report.html.mustache";
  private static final String ECHARTS_SCRIPT = resource("org/communitybudgets/report/echarts-6.1.0.min.js");
  private static final String PAGE_SCRIPT = resource("org/communitybudgets/report/report.js");

  /**
   * The page's Content-Security-Policy: its two inline scripts (ECharts and the page's own), by
   * their hashes, and nothing else runs or loads; styles are its own inline ones, images only data
   * URLs. A tooltip or label that let markup from the data through could neither run a script nor
   * fetch anything.
   */
  static final String CSP = "default-src 'none'; script-src " + hash(ECHARTS_SCRIPT) + " " + hash(PAGE_SCRIPT)
      + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private HtmlReport() {}

  /** The page for the report. */
  static String html(Report report) {
    Mustache template = new DefaultMustacheFactory().compile(TEMPLATE);
    StringWriter out = new StringWriter();
    template.execute(out, view(report));
    return out.toString();
  }

  /**
   * The places cited, gathered under the documents they are places in, in the order of the Sources
   * list: each document by its title, with where to read it (or that it is not published) and the
   * places the report cites in it.
   */
  static List<Map<String, Object>> bySourceDocument(Set<String> cited) {
    List<Map<String, Object>> out = new ArrayList<>();
    Set<String> placed = new java.util.HashSet<>();
    for (org.communitybudgets.source.PolicyDocument d : org.communitybudgets.source.PolicyDocument.standard()) {
      Set<String> places = new TreeSet<>();
      for (String c : cited) {
        for (String part : c.split("; ")) {
          if (part.startsWith(d.shortName() + " ")) {
            places.add(part.substring(d.shortName().length() + 1));
            placed.add(c);
          }
        }
      }
      if (!places.isEmpty()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", d.title());
        m.put("shortName", d.shortName());
        m.put("address", d.address().orElse(null));
        m.put("unpublished", d.address().isEmpty());
        m.put("places", String.join("; ", places));
        out.add(m);
      }
    }
    for (String c : new TreeSet<>(cited)) {
      if (!placed.contains(c)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", c);
        m.put("shortName", c);
        m.put("address", null);
        m.put("unpublished", false);
        m.put("places", "");
        out.add(m);
      }
    }
    return out;
  }

  private static Map<String, Object> view(Report r) {
    ObjectMapper json = new ObjectMapper();
    Map<String, Object> v = new LinkedHashMap<>();
    Report.PoolSection p = r.pool();
    v.put("title", "Community Budgets programme office report: " + p.pool());
    v.put("asOf", p.assessedOn());
    v.put("fingerprint", p.ruleSet());
    v.put("libraryVersion", p.libraryVersion());
    v.put("poolName", p.pool());
    v.put("notJudged", p.allocationsJudged() ? null : ProgrammeOfficeReport.NOT_JUDGED);
    Set<String> years = ProgrammeOfficeReport.years(p);
    v.put("years", List.copyOf(years));
    List<Map<String, Object>> verdicts = new ArrayList<>();
    for (ContributionVerdict verdict : ContributionVerdict.values()) {
      verdicts.add(Map.of("label", verdict.label(), "colour", COLOURS.get(verdict.name())));
    }
    v.put("verdicts", verdicts);
    List<Map<String, Object>> contributions = new ArrayList<>();
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (Report.ContributionRow c : p.contributions()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", c.id());
      row.put("department", c.department());
      row.put("line", c.line());
      row.put("heldBy", c.heldBy());
      row.put("mode", c.mode());
      row.put("amounts", years.stream().map(y -> c.amounts().containsKey(y) ? c.amounts().get(y).toString() : "").toList());
      row.put("verdictCode", c.verdictCode());
      row.put("verdict", c.verdict());
      contributions.add(row);
      for (Report.ReasonRow reason : c.reasons()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("contribution", c.id());
        x.put("effect", reason.effect());
        x.put("statement", reason.statement());
        x.put("rule", reason.rule());
        x.put("source", reason.source());
        x.put("conditionCode", reason.conditionCode().isEmpty() ? null : reason.conditionCode());
        x.put("conditionNotMet", reason.conditionNotMet());
        reasons.add(x);
      }
    }
    v.put("contributions", contributions);
    v.put("reasons", reasons);
    v.put("headline", ProgrammeOfficeReport.headline(p).stream().map(y -> Map.of("year", y.year(), "requested", y.requested().toString(),
        "allowed", y.allowed().toString(), "alignmentOnly", y.alignmentOnly().toString(), "waiting", y.waiting().toString(),
        "refused", y.refused().toString())).toList());
    v.put("actOn", ProgrammeOfficeReport.actOn(p).stream().map(x -> Map.of("contribution", x.contribution(), "line", x.line(),
        "verdict", x.verdict(), "money", x.money(), "conditions", x.notMet())).toList());

    Report.CohortSection c = r.cohort();
    v.put("cohortTitle", String.format("%,d records in %s (%s), %s: %,d families in the programme on %s, %,d not, %,d records with data the domain rejects; %,d attached by %s.",
        c.records(), ProgrammeOfficeReport.areaName(c.authority()), c.source(), c.phase(), c.eligible(), c.identifiedOn(), c.notEligible(), c.dataErrors(), c.attached(), c.reviewedOn()));
    v.put("identifiedOn", c.identifiedOn());
    v.put("reviewedOn", c.reviewedOn());
    v.put("criteria", c.familiesMeetingEachCriterion().entrySet().stream()
        .map(e -> Map.of("label", e.getKey(), "count", String.format("%,d", e.getValue()))).toList());
    v.put("results", c.resultsAchieved().entrySet().stream()
        .map(e -> Map.of("label", ClaimKind.valueOf(e.getKey()).label(), "count", String.format("%,d", e.getValue()))).toList());
    Report.LedgerSection l = c.ledger();
    v.put("ledgerYears", l.byYear().stream().map(y -> Map.of("year", y.year(), "fees", String.format("%,d", y.feesPaid()),
        "results", String.format("%,d", y.resultsPaid()), "paid", y.paid().toString())).toList());
    v.put("totalPaid", l.totalPaid());
    v.put("ledgerSummary", String.format("Target %,d families; attached %,d; turned around %,d; claims made %,d, paid %,d, refused %,d. Assumed intervention cost of the families attached %s: central government %s, local budgets %s.",
        l.target(), l.attached(), l.turnedAround(), l.claimsMade(), l.claimsPaid(), l.claimsRefused(), l.interventionCost(), l.centralShare(), l.localShare()));

    Report.AppraisalSection a = r.appraisal();
    v.put("hasAppraisal", a != null);
    if (a != null) {
      v.put("appraisalTitle", a.intervention() + String.format(", %,d families, %s", a.families(), a.period()));
      v.put("presentCost", a.presentCost());
      v.put("presentFiscalBenefit", a.presentFiscalBenefit());
      v.put("npvFiscal", a.npvFiscal());
      v.put("npvTotal", a.npvTotal());
      v.put("benefitCostRatio", a.benefitCostRatio() == null ? "none (no costs)" : a.benefitCostRatio().toPlainString());
      v.put("payback", a.payback());
      v.put("agencies", a.agencies());
      v.put("appraisalYears", a.years());
      List<Map<String, Object>> sharing = new ArrayList<>();
      for (Report.SharingSection s : a.sharing()) {
        sharing.add(Map.of(
            "basis", s.basis(),
            "shares", s.shares().stream().map(x -> Map.of("agency", x.agency(),
                "share", x.sharePercent() == null ? "-" : Percentage.of(x.sharePercent()).toString(),
                "receives", x.receives().toString(), "invests", x.invests().toString(), "net", x.net().toString())).toList(),
            "payers", s.netPayers().isEmpty() ? "No agency pays in more than it gains." : String.join(". ", s.netPayers()) + "."));
      }
      v.put("sharing", sharing);
    }

    Set<String> sources = new LinkedHashSet<>();
    r.menu().forEach(m -> sources.add(m.source()));
    p.contributions().forEach(x -> x.reasons().forEach(reason -> sources.add(reason.source())));
    p.poolFindings().forEach(reason -> sources.add(reason.source()));
    if (a != null) {
      sources.add("Evidence CB00 §1 (the Greater Manchester cost-benefit figures)");
    }
    sources.add("TF framework 2012 (the payments and results of phase 1)");
    v.put("sources", bySourceDocument(sources));

    Map<String, String> labels = new LinkedHashMap<>();
    for (ClaimKind k : ClaimKind.values()) {
      labels.put(k.name(), k.label());
    }
    try {
      v.put("dataJson", script(ProgrammeOfficeReport.json(r)));
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("colours", COLOURS);
      page.put("labels", labels);
      page.put("years", List.copyOf(years));
      v.put("pageJson", script(json.writeValueAsString(page)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write the report's data", e);
    }
    v.put("echarts", ECHARTS_SCRIPT);
    v.put("script", PAGE_SCRIPT);
    v.put("csp", CSP);
    return v;
  }

  /**
   * JSON safe inside a script element: its {@code <}, {@code >} and {@code &} written as JSON
   * escapes, so that no {@code </script>} or {@code <!--} in the data can end or change it.
   */
  private static String script(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** The hash by which the page's Content-Security-Policy allows one of its own inline scripts. */
  static String hash(String script) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static String resource(String path) {
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }
}
