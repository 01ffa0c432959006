package org.communitybudgets.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.communitybudgets.area.Area;
import org.communitybudgets.area.AreaCatalogue;
import org.communitybudgets.area.AreaProgramme;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Effect;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.funding.FundingLine;
import org.communitybudgets.funding.RingFence;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.PoolAssessment;
import org.communitybudgets.rules.PoolTotals;
import org.communitybudgets.time.FinancialYear;

/**
 * The main example: what a programme office reads first. Prints the departmental menu, the
 * Community Budget areas and pilots, and the assessment of a bundled Greater Manchester pool on a
 * business date, with the reasons for every verdict.
 *
 * <p>Run it with {@code ./mvnw -q -pl community-budgets-examples -am package exec:java
 * -DskipTests}; pass a business date ({@code -Dexec.args=2013-04-01}) to assess on another day.
 */
public final class ProgrammeOfficeReport {
  /** The business date the bundled pool is assessed on unless another is given. */
  static final LocalDate DEFAULT_DATE = LocalDate.of(2012, 10, 1);

  private ProgrammeOfficeReport() {}

  /**
   * Prints the report.
   *
   * @param args optionally, the business date as an ISO date
   */
  public static void main(String[] args) {
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : DEFAULT_DATE;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(report(CommunityBudgetsEngine.standard(), asOf));
  }

  /** The whole report as text. */
  static String report(CommunityBudgetsEngine engine, LocalDate asOf) {
    StringBuilder out = new StringBuilder();
    menu(out, engine.catalogue());
    areas(out, AreaCatalogue.standard());
    pool(out, engine, asOf);
    return out.toString();
  }

  private static void heading(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
  }

  private static void menu(StringBuilder out, FundingCatalogue catalogue) {
    heading(out, "The departmental menu (Offer, annex) and the lines beside it");
    TextTable t = new TextTable("line", "department", "held by", "ring-fence", "exists", "on menu", "source");
    for (FundingLine l : catalogue.lines()) {
      t.row(
          l.name(),
          l.department().abbreviation(),
          l.holderKind().label(),
          l.ringFence().map(RingFence::purposes).map(Object::toString).orElse("-"),
          l.exists(),
          l.onMenu() ? "yes" : "no",
          l.source());
    }
    out.append(t);
  }

  private static void areas(StringBuilder out, AreaCatalogue catalogue) {
    heading(out, "Community Budget areas");
    for (AreaProgramme programme : AreaProgramme.values()) {
      List<Area> areas = catalogue.in(programme);
      out.append(programme.label()).append(" (").append(areas.size()).append(", ").append(programme.source()).append("):\n  ")
          .append(areas.stream().map(Area::name).collect(Collectors.joining(", ")))
          .append("\n\n");
    }
  }

  private static void pool(StringBuilder out, CommunityBudgetsEngine engine, LocalDate asOf) {
    Pool pool = GreaterManchesterPool.pool();
    PoolAssessment a = engine.assess(pool, GreaterManchesterPool.allocations(), List.of(), asOf);
    heading(out, pool.name() + ", assessed on " + asOf);
    FinancialYear year = FinancialYear.containing(asOf);
    TextTable t =
        new TextTable("contribution", "line", "held by", "mode", "amount " + year, "verdict").alignRight(4);
    for (Contribution c : pool.contributions()) {
      Decision<ContributionVerdict> d = a.contribution(c.id()).orElseThrow();
      t.row(
          c.id(),
          engine.catalogue().line(c.line()).map(FundingLine::name).orElse(c.line().value()),
          pool.holder(c.holder()).orElseThrow().name(),
          c.mode().label() + c.inKind().map(k -> " (" + k.label() + ")").orElse(""),
          c.amountIn(year),
          d.verdict().label());
    }
    out.append(t).append('\n');

    out.append("Why and why not\n---------------\n");
    a.contributions().forEach((id, d) -> {
      out.append(id).append(": ").append(d.verdict().label()).append('\n');
      for (Reason r : d.reasons()) {
        out.append("  ").append(marker(r.effect())).append(' ').append(r.statement())
            .append("\n      rule: ").append(r.rule()).append(" (").append(r.source()).append(')');
        r.unmetCondition().ifPresent(u -> out.append("\n      condition not met: ").append(u.description()));
        r.parameters().forEach(p -> out.append("\n      read ").append(p));
        out.append('\n');
      }
    });
    out.append('\n');

    out.append("The pool as a whole\n-------------------\n");
    for (Reason r : a.poolFindings()) {
      out.append("  ").append(marker(r.effect())).append(' ').append(r.statement()).append(" (").append(r.source()).append(")\n");
    }
    out.append('\n');
    totals(out, "Requested, by department", a.requested(), pool);
    totals(out, "Allowed as requested, by department", a.allowed(), pool);
    out.append("Decided with rule set ").append(a.provenance().ruleSetFingerprint())
        .append(", library ").append(a.provenance().libraryVersion()).append('\n');
  }

  private static void totals(StringBuilder out, String title, PoolTotals totals, Pool pool) {
    List<FinancialYear> years = pool.years();
    String[] header = new String[years.size() + 2];
    header[0] = "department";
    for (int i = 0; i < years.size(); i++) {
      header[i + 1] = years.get(i).toString();
    }
    header[header.length - 1] = "total";
    int[] right = new int[years.size() + 1];
    for (int i = 0; i < right.length; i++) {
      right[i] = i + 1;
    }
    TextTable t = new TextTable(header).alignRight(right);
    totals.byDepartment().forEach((dept, byYear) -> {
      Object[] row = new Object[header.length];
      row[0] = dept.abbreviation();
      for (int i = 0; i < years.size(); i++) {
        row[i + 1] = byYear.getOrDefault(years.get(i), Money.ZERO);
      }
      row[row.length - 1] = Money.sum(byYear.values());
      t.row(row);
    });
    Object[] all = new Object[header.length];
    all[0] = "all";
    for (int i = 0; i < years.size(); i++) {
      all[i + 1] = totals.byYear().getOrDefault(years.get(i), Money.ZERO);
    }
    all[all.length - 1] = totals.total();
    t.row(all);
    out.append(title).append('\n').append(t).append('\n');
  }

  private static String marker(Effect effect) {
    return switch (effect) {
      case MET -> "+";
      case NOT_MET -> "-";
      case FLAG -> "!";
    };
  }
}
