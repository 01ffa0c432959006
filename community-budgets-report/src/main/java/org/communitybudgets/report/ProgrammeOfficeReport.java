package org.communitybudgets.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.communitybudgets.appraisal.AgencyPosition;
import org.communitybudgets.appraisal.Appraisal;
import org.communitybudgets.appraisal.SharingCheck;
import org.communitybudgets.appraisal.SharingPosition;
import org.communitybudgets.appraisal.SharingProposal;
import org.communitybudgets.area.Area;
import org.communitybudgets.area.AreaCatalogue;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.area.AreaProgramme;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.report.Report.AgencyRow;
import org.communitybudgets.report.Report.AppraisalYearRow;
import org.communitybudgets.report.Report.AppraisalSection;
import org.communitybudgets.report.Report.AreaGroup;
import org.communitybudgets.report.Report.CohortSection;
import org.communitybudgets.report.Report.ContributionRow;
import org.communitybudgets.report.Report.DepartmentTotal;
import org.communitybudgets.report.Report.LedgerSection;
import org.communitybudgets.report.Report.MenuLine;
import org.communitybudgets.report.Report.PoolSection;
import org.communitybudgets.report.Report.ReasonRow;
import org.communitybudgets.report.Report.ShareRow;
import org.communitybudgets.report.Report.SharingSection;
import org.communitybudgets.report.Report.YearRow;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.family.Family;
import org.communitybudgets.funding.FundingLine;
import org.communitybudgets.funding.RingFence;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.rules.pooling.PoolTotals;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Ledger;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.communitybudgets.time.FinancialYear;

/**
 * The programme office report: what a programme office reads first, here for the Greater
 * Manchester whole-place pilot or for any pool and cohort given. It shows the departmental menu and the Community Budget areas; the assessment of a bundled
 * pool drawing on every department, with the reasons for every verdict; a cohort of the area's
 * 8,000 troubled families (Evidence CB00 §1) through identification, attachment, results, claims
 * and the authority's ledger; and the area's cost-benefit summary with two proposals for sharing
 * the savings.
 *
 * <p>{@link #html}, {@link #text} and {@link #json} write it as one self-contained web page, as
 * tables of text or as JSON (its schema is {@code schemas/report.schema.json} of this module, in
 * the jar under {@code org/communitybudgets/report/}); {@link Inputs} says which pool and cohort
 * it is about, {@link #bundled()} is the Greater Manchester pilot. The examples' {@code
 * ProgrammeOfficeReport} program and the command line's {@code report} command print it.
 */
public final class ProgrammeOfficeReport {
  /** What a report on a pool without its area's allocations says of the conditions that read them. */
  static final String NOT_JUDGED = "The area's allocations of the lines were not given, so ESF's targeted share, a whole line moved into"
      + " the pool and more pooled than allocated were not judged: a verdict above does not say those conditions are met.";

  /** The business date the bundled pool is assessed on unless another is given: 1 October 2012. */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2012, 10, 1);

  /** The area of the report. */
  static final AreaId AREA = AreaId.of("greater-manchester");

  /** The families of the area's cohort: the 8,000 of Evidence CB00 §1. */
  static final int FAMILIES = 8_000;

  private ProgrammeOfficeReport() {}

  /** The area's cohort. */
  static SyntheticCohort cohort() {
    return SyntheticCohort.forAuthority(AREA, ProgrammePhase.PHASE_1, FAMILIES, SyntheticCohort.STANDARD_SEED);
  }

  /**
   * A cohort the report follows through the programme.
   *
   * @param authority the authority whose families they are
   * @param phase the phase they were identified for
   * @param source where the records come from, in words (a file, a synthetic cohort and its seed)
   * @param records each record: a family with the claims made for it, or one the domain rejects
   * @param target the authority's target for the phase
   * @param plans the authority's Outcomes Plans, if any
   * @param identifiedOn the day the families are identified on
   * @param reviewedOn the day their results, claims and ledger are reviewed on
   */
  public record CohortInput(
      AreaId authority,
      ProgrammePhase phase,
      String source,
      List<CohortFamily> records,
      AuthorityTarget target,
      List<OutcomesPlan> plans,
      LocalDate identifiedOn,
      LocalDate reviewedOn) {
    /** Copies the lists. */
    public CohortInput {
      records = List.copyOf(records);
      plans = List.copyOf(plans);
    }
  }

  /**
   * What a report is about: a pool, with its area's allocations of the lines, and a cohort; and
   * whether to include Greater Manchester's cost-benefit appraisal (Evidence CB00 §1), which
   * belongs to that area alone.
   */
  public record Inputs(Pool pool, Allocations allocations, CohortInput cohort, boolean greaterManchesterAppraisal) {}

  /** The bundled Greater Manchester pilot: its pool and allocations, a synthetic cohort of its 8,000 families, its appraisal. */
  public static Inputs bundled() {
    SyntheticCohort c = cohort();
    return new Inputs(GreaterManchesterPool.pool(), GreaterManchesterPool.allocations(),
        new CohortInput(AREA, c.phase(), "a synthetic cohort, seed " + c.seed(), c.stream().toList(), c.targets().get(0), c.plans(),
            c.identifiedOn(), c.reviewedOn()),
        true);
  }

  /**
   * The report as one self-contained web page, the pool assessed on {@code asOf}: the money from
   * the departments to the pool, the cohort through the programme, who invests and who benefits,
   * every chart with its table.
   */
  public static String html(CommunityBudgetsEngine engine, LocalDate asOf, Inputs inputs) {
    return html(engine, asOf, inputs, ReportProgress.none());
  }

  /** The report as tables of text, the pool assessed on {@code asOf}. */
  public static String text(CommunityBudgetsEngine engine, LocalDate asOf, Inputs inputs) {
    return text(engine, asOf, inputs, ReportProgress.none());
  }

  /** The report as JSON, the pool assessed on {@code asOf}. */
  public static String json(CommunityBudgetsEngine engine, LocalDate asOf, Inputs inputs) {
    return json(engine, asOf, inputs, ReportProgress.none());
  }

  /** As {@link #html(CommunityBudgetsEngine, LocalDate, Inputs)}, telling {@code progress} how far it has gone. */
  public static String html(CommunityBudgetsEngine engine, LocalDate asOf, Inputs inputs, ReportProgress progress) {
    return written(build(engine, asOf, inputs, progress), progress, HtmlReport::html);
  }

  /** As {@link #text(CommunityBudgetsEngine, LocalDate, Inputs)}, telling {@code progress} how far it has gone. */
  public static String text(CommunityBudgetsEngine engine, LocalDate asOf, Inputs inputs, ReportProgress progress) {
    return written(build(engine, asOf, inputs, progress), progress, ProgrammeOfficeReport::text);
  }

  /** As {@link #json(CommunityBudgetsEngine, LocalDate, Inputs)}, telling {@code progress} how far it has gone. */
  public static String json(CommunityBudgetsEngine engine, LocalDate asOf, Inputs inputs, ReportProgress progress) {
    return written(build(engine, asOf, inputs, progress), progress, ProgrammeOfficeReport::json);
  }

  /** The report in one of its forms, the last step {@code progress} hears. */
  private static String written(Report report, ReportProgress progress, java.util.function.Function<Report, String> form) {
    progress.step(WRITING, 0, 1);
    return form.apply(report);
  }

  /** The steps a report goes through, in order, as {@link ReportProgress} names them. */
  static final String ASSESSING = "assessing the pool";
  static final String IDENTIFYING = "identifying the cohort's families";
  static final String RESULTS = "deciding the cohort's results";
  static final String LEDGER = "drawing up the authority's ledger";
  static final String WRITING = "writing the report";

  /** The bundled pilot's report as one self-contained web page, the pool assessed on {@code asOf}. */
  public static String html(CommunityBudgetsEngine engine, LocalDate asOf) {
    return html(engine, asOf, bundled());
  }

  /** The bundled pilot's report as tables of text. */
  public static String text(CommunityBudgetsEngine engine, LocalDate asOf) {
    return text(engine, asOf, bundled());
  }

  /** The bundled pilot's report as JSON. */
  public static String json(CommunityBudgetsEngine engine, LocalDate asOf) {
    return json(engine, asOf, bundled());
  }

  /** The report of the bundled pilot, the pool assessed on {@code asOf}. */
  static Report build(CommunityBudgetsEngine engine, LocalDate asOf) {
    return build(engine, asOf, bundled());
  }

  /** The report's figures, the pool assessed on {@code asOf}. */
  static Report build(CommunityBudgetsEngine engine, LocalDate asOf, Inputs inputs) {
    return build(engine, asOf, inputs, ReportProgress.none());
  }

  private static Report build(CommunityBudgetsEngine engine, LocalDate asOf, Inputs inputs, ReportProgress progress) {
    java.util.Objects.requireNonNull(progress, "progress");
    progress.step(ASSESSING, 0, 1);
    PoolSection pool = pool(engine, asOf, inputs.pool(), inputs.allocations());
    return new Report(asOf, menu(engine), areas(), pool, cohort(engine, inputs.cohort(), progress),
        inputs.greaterManchesterAppraisal() ? appraisal() : null);
  }

  // ----- the figures ---------------------------------------------------------------------------

  private static List<MenuLine> menu(CommunityBudgetsEngine engine) {
    return engine.catalogue().lines().stream()
        .map(l -> new MenuLine(
            l.name(),
            l.department().abbreviation(),
            l.holderKind().label(),
            l.ringFence().map(RingFence::purposes).map(Object::toString).orElse("-"),
            l.exists().toString(),
            l.onMenu(),
            l.source().toString()))
        .toList();
  }

  private static List<AreaGroup> areas() {
    AreaCatalogue catalogue = AreaCatalogue.standard();
    return Stream.of(AreaProgramme.values())
        .map(p -> new AreaGroup(p.label(), p.source().toString(), catalogue.in(p).stream().map(Area::name).toList()))
        .toList();
  }

  private static PoolSection pool(CommunityBudgetsEngine engine, LocalDate asOf, Pool pool, Allocations allocations) {
    PoolAssessment a = engine.assess(pool, allocations, List.of(), asOf);
    List<ContributionRow> rows = new ArrayList<>();
    for (Contribution c : pool.contributions()) {
      Decision<ContributionVerdict> d = a.contribution(c.id()).orElseThrow();
      Map<String, Money> amounts = new LinkedHashMap<>();
      c.amounts().forEach((y, m) -> amounts.put(y.toString(), m));
      rows.add(new ContributionRow(
          c.id().value(),
          engine.catalogue().line(c.line()).map(FundingLine::name).orElse(c.line().value()),
          engine.catalogue().line(c.line()).map(l -> l.department().abbreviation()).orElse("not in the catalogue"),
          pool.holder(c.holder()).orElseThrow().name(),
          c.mode().label() + c.inKind().map(k -> " (" + k.label() + ")").orElse(""),
          amounts,
          d.verdict().name(),
          d.verdict().label(),
          d.reasons().stream().map(ProgrammeOfficeReport::reason).toList()));
    }
    return new PoolSection(
        pool.name(),
        pool.area().value(),
        asOf,
        rows,
        a.poolFindings().stream().map(ProgrammeOfficeReport::reason).toList(),
        totals(a.requested(), pool),
        totals(a.allowed(), pool),
        a.provenance().ruleSetFingerprint(),
        a.provenance().libraryVersion(),
        !allocations.forArea(pool.area()).isEmpty());
  }

  private static ReasonRow reason(Reason r) {
    return new ReasonRow(
        r.effect().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
        r.statement(),
        r.rule(),
        r.source().toString(),
        r.unmetCondition().map(UnmetCondition::code).orElse(""),
        r.unmetCondition().map(UnmetCondition::description).orElse(""),
        r.parameters().stream().map(Object::toString).toList());
  }

  private static List<DepartmentTotal> totals(PoolTotals totals, Pool pool) {
    List<DepartmentTotal> out = new ArrayList<>();
    totals.byDepartment().forEach((dept, byYear) -> out.add(new DepartmentTotal(dept.abbreviation(), byYearOf(byYear, pool), Money.sum(byYear.values()))));
    out.add(new DepartmentTotal("all", byYearOf(totals.byYear(), pool), totals.total()));
    return out;
  }

  private static Map<String, Money> byYearOf(Map<FinancialYear, Money> amounts, Pool pool) {
    Map<String, Money> out = new LinkedHashMap<>();
    for (FinancialYear y : pool.years()) {
      out.put(y.toString(), amounts.getOrDefault(y, Money.ZERO));
    }
    return out;
  }

  /**
   * The cohort through the programme: identification on the day the authority identified the
   * families (one batch over every record, invalid ones included), results and the ledger on the
   * last day of the phase.
   */
  static CohortSection cohort(CommunityBudgetsEngine engine, CohortInput cohort) {
    return cohort(engine, cohort, ReportProgress.none());
  }

  private static CohortSection cohort(CommunityBudgetsEngine engine, CohortInput cohort, ReportProgress progress) {
    LocalDate identifiedOn = cohort.identifiedOn();
    long eligible = 0;
    long notEligible = 0;
    long errors = 0;
    List<String> firstErrors = new ArrayList<>();
    Map<String, Long> byCriterion = new TreeMap<>();
    List<CohortFamily> records = cohort.records();
    try (Stream<BatchResult<Identification>> results =
        engine.identifyAll(records.iterator(), CohortFamily::toFamily, identifiedOn,
            BatchOptions.defaults().withProgress(done -> progress.step(IDENTIFYING, done, records.size())))) {
      for (BatchResult<Identification> r : (Iterable<BatchResult<Identification>>) results::iterator) {
        if (r instanceof BatchResult.Success<Identification> s) {
          if (s.value().isEligible()) {
            eligible++;
          } else {
            notEligible++;
          }
          s.value().criteriaMet().forEach(c -> byCriterion.merge(c.code(), 1L, Long::sum));
        } else {
          errors++;
          if (firstErrors.size() < 3) {
            firstErrors.add("family " + records.get((int) r.index()).id() + ": " + ((BatchResult.Failure<Identification>) r).error());
          }
        }
      }
    }

    List<Family> families = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    records.stream().filter(CohortFamily.Valid.class::isInstance).map(CohortFamily.Valid.class::cast).forEach(v -> {
      families.add(v.family());
      claims.addAll(v.claims());
    });
    LocalDate reviewedOn = cohort.reviewedOn();
    Map<String, Long> achieved = new TreeMap<>();
    long attached = 0;
    long familyCount = families.size();
    try (Stream<BatchResult<Results>> results = engine.resultsAll(families.iterator(), cohort.plans(), reviewedOn,
        BatchOptions.defaults().withProgress(done -> progress.step(RESULTS, done, familyCount)))) {
      for (BatchResult<Results> r : (Iterable<BatchResult<Results>>) results::iterator) {
        if (r instanceof BatchResult.Success<Results> s && s.value().phase().isPresent()) {
          attached++;
          s.value().achieved().forEach(k -> achieved.merge(k.name(), 1L, Long::sum));
        }
      }
    }
    progress.step(LEDGER, 0, 1);
    Ledger ledger = engine.ledger(cohort.target(), families, claims, cohort.plans(), reviewedOn);
    return new CohortSection(
        cohort.authority().value(), cohort.phase().toString(), records.size(), cohort.source(), identifiedOn, eligible, notEligible, errors,
        firstErrors, byCriterion, reviewedOn, attached, achieved, ledger(ledger));
  }

  private static LedgerSection ledger(Ledger ledger) {
    Map<FinancialYear, long[]> counts = new TreeMap<>();
    Map<String, Long> refusals = new TreeMap<>();
    for (ClaimDecision d : ledger.claims()) {
      FinancialYear year = FinancialYear.containing(d.results().asOf());
      if (d.isPayable()) {
        counts.computeIfAbsent(year, y -> new long[2])[d.kind().isResult() ? 1 : 0]++;
      } else {
        d.decision().unmetConditions().forEach(u -> refusals.merge(u.code(), 1L, Long::sum));
      }
    }
    List<YearRow> years = new ArrayList<>();
    ledger.paidByYear().forEach((y, paid) -> {
      long[] c = counts.getOrDefault(y, new long[2]);
      years.add(new YearRow(y.toString(), c[0], c[1], paid));
    });
    return new LedgerSection(
        ledger.target(),
        ledger.familiesIdentified(),
        ledger.familiesAttached(),
        ledger.familiesTurnedAround(),
        ledger.claims().size(),
        ledger.claimsPaid().size(),
        ledger.claimsRefused().size(),
        refusals,
        years,
        ledger.totalPaid(),
        ledger.interventionCost(),
        ledger.centralShare(),
        ledger.localShare());
  }

  private static AppraisalSection appraisal() {
    Appraisal a = GreaterManchesterAppraisal.asPublished();
    List<AgencyRow> agencies = a.positions().stream()
        .map((AgencyPosition p) -> new AgencyRow(p.agency().name(), p.costBorne(), p.fiscalBenefit(), p.cashableBenefit(), p.net()))
        .toList();
    List<SharingSection> sharing = Stream.of(SharingProposal.proportionateToInvestment(a), SharingProposal.byCashableBenefit(a))
        .map(p -> {
          SharingCheck check = p.assess();
          List<ShareRow> shares = check.positions().stream()
              .map((SharingPosition s) -> new ShareRow(
                  s.agency().name(),
                  p.terms().shareOf(s.agency()).map(Percentage::percent).orElse(null),
                  s.savingsReceived(), s.costBorne(), s.net()))
              .toList();
          List<String> payers = check.netPayers().stream().map(s -> s.agency().name() + ": " + s.shortfall() + " more paid in than gained").toList();
          return new SharingSection(p.basis().label(), shares, payers);
        })
        .toList();
    return new AppraisalSection(
        a.intervention().name(),
        a.intervention().cohortSize(),
        FinancialYear.span(a.intervention().years().get(0), a.intervention().years().get(a.intervention().years().size() - 1)),
        a.discountedCosts(),
        a.discountedFiscalBenefits(),
        a.npvFiscal(),
        a.npvTotal(),
        a.benefitCostRatio().orElse(null),
        a.paybackYear().map(y -> y + " (" + a.paybackPeriodYears().orElseThrow() + " years)").orElse("never"),
        agencies,
        a.years().stream().map(y -> new AppraisalYearRow(y.year().toString(), y.costs(), y.fiscalBenefits(), y.discountedCosts(),
            y.discountedFiscalBenefits(), y.cumulativeNetFiscal())).toList(),
        sharing);
  }

  // ----- as JSON ------------------------------------------------------------------------------

  /** The report as JSON: amounts in pounds as numbers, dates as ISO dates. */
  static String json(Report report) {
    SimpleModule types = new SimpleModule("community-budgets");
    types.addSerializer(LocalDate.class, ToStringSerializer.instance);
    // Money as an exact decimal string of pounds, "4000000.00": never a binary float.
    types.addSerializer(Money.class, new JsonSerializer<>() {
      @Override
      public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toPounds().toPlainString());
      }
    });
    // Percentages and ratios are numbers written as their decimals are, 54.55, not 54.550000001.
    ObjectMapper mapper = new ObjectMapper().registerModule(types).enable(SerializationFeature.INDENT_OUTPUT)
        .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    try {
      return mapper.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write the report as JSON", e);
    }
  }

  // ----- as text ------------------------------------------------------------------------------

  /** What the office must act on in a year: the money asked for, by what was decided for it. */
  record HeadlineYear(String year, Money requested, Money allowed, Money alignmentOnly, Money waiting, Money refused) {}

  /** A contribution the office must act on: one waiting on conditions, or one refused, with why. */
  record ActOn(String contribution, String line, String verdict, Map<String, Money> amounts, List<String> conditions) {
    /** The money asked for, year by year: {@code £800,000.00 in 2013-14, £800,000.00 in 2014-15}. */
    String money() {
      return amounts.entrySet().stream().map(e -> e.getValue() + " in " + e.getKey()).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The conditions not met, after {@code not met: }, or empty if none is named. */
    String notMet() {
      return conditions.isEmpty() ? "" : "not met: " + String.join("; ", conditions);
    }
  }

  /** Every financial year any contribution of the pool asks money for, in order. */
  static java.util.SortedSet<String> years(PoolSection p) {
    java.util.SortedSet<String> years = new java.util.TreeSet<>();
    p.contributions().forEach(c -> years.addAll(c.amounts().keySet()));
    return years;
  }

  /** Every year of the pool, each with the money asked for and what was decided for it. */
  static List<HeadlineYear> headline(PoolSection p) {
    List<HeadlineYear> out = new ArrayList<>();
    for (String y : years(p)) {
      Money requested = Money.ZERO;
      Map<ContributionVerdict, Money> by = new java.util.EnumMap<>(ContributionVerdict.class);
      for (ContributionRow c : p.contributions()) {
        Money m = c.amounts().getOrDefault(y, Money.ZERO);
        requested = requested.plus(m);
        by.merge(ContributionVerdict.valueOf(c.verdictCode()), m, Money::plus);
      }
      out.add(new HeadlineYear(y, requested, by.getOrDefault(ContributionVerdict.ALLOWED, Money.ZERO),
          by.getOrDefault(ContributionVerdict.ALIGNMENT_ONLY, Money.ZERO), by.getOrDefault(ContributionVerdict.CONDITIONAL, Money.ZERO),
          by.getOrDefault(ContributionVerdict.REFUSED, Money.ZERO)));
    }
    return out;
  }

  /** The contributions waiting on conditions, then those refused, each with the conditions not met. */
  static List<ActOn> actOn(PoolSection p) {
    List<ActOn> out = new ArrayList<>();
    for (ContributionVerdict v : List.of(ContributionVerdict.CONDITIONAL, ContributionVerdict.ALIGNMENT_ONLY, ContributionVerdict.REFUSED)) {
      for (ContributionRow c : p.contributions()) {
        if (c.verdictCode().equals(v.name())) {
          List<String> conditions = c.reasons().stream().map(ReasonRow::conditionNotMet).filter(x -> !x.isEmpty()).distinct().toList();
          out.add(new ActOn(c.id(), c.line(), c.verdict(), c.amounts(), conditions));
        }
      }
    }
    return out;
  }

  /** The report laid out as tables. */
  static String text(Report report) {
    StringBuilder out = new StringBuilder();
    actOn(out, report.pool());
    heading(out, "The departmental menu (Offer, annex) and the lines beside it");
    TextTable menu = new TextTable("line", "department", "held by", "ring-fence", "exists", "on menu", "source");
    report.menu().forEach(l -> menu.row(l.line(), l.department(), l.heldBy(), l.ringFence(), l.exists(), l.onMenu() ? "yes" : "no", l.source()));
    out.append(menu);

    heading(out, "Community Budget areas");
    for (AreaGroup g : report.areas()) {
      // Names are set apart by semicolons: some have commas of their own ("Sherwood, Tunbridge Wells").
      out.append(g.programme()).append(" (").append(g.areas().size()).append(", ").append(g.source()).append("):\n")
          .append(TextTable.wrap(String.join("; ", g.areas()), 2)).append("\n");
    }
    pool(out, report.pool());
    cohort(out, report.cohort());
    if (report.appraisal() != null) {
      appraisal(out, report.appraisal());
    }
    return out.toString();
  }

  /** What the office must act on, first: the money by year and what was decided for it, then what waits and what was refused. */
  private static void actOn(StringBuilder out, PoolSection p) {
    heading(out, "What to act on: " + p.pool() + ", assessed on " + p.assessedOn());
    TextTable t = new TextTable("financial year", "requested", "allowed as requested", "allowed only as alignment", "waiting on conditions", "refused")
        .alignRight(1, 2, 3, 4, 5);
    headline(p).forEach(y -> t.row(y.year(), y.requested(), y.allowed(), y.alignmentOnly(), y.waiting(), y.refused()));
    out.append(t);
    List<ActOn> acts = actOn(p);
    if (!acts.isEmpty()) {
      out.append('\n');
    }
    for (ActOn a : acts) {
      out.append(TextTable.hang("  ", a.contribution() + " (" + a.line() + "), " + a.money() + ": " + a.verdict()
          + (a.notMet().isEmpty() ? "" : "; " + a.notMet()), 4));
    }
  }

  private static void pool(StringBuilder out, PoolSection p) {
    heading(out, p.pool() + ", assessed on " + p.assessedOn());
    java.util.SortedSet<String> years = years(p);
    List<String> header = new ArrayList<>(List.of("contribution", "line", "held by", "mode"));
    years.forEach(y -> header.add("amount " + y));
    header.add("verdict");
    int[] right = new int[years.size()];
    for (int i = 0; i < right.length; i++) {
      right[i] = 4 + i;
    }
    TextTable t = new TextTable(header.toArray(String[]::new)).alignRight(right);
    for (ContributionRow c : p.contributions()) {
      List<Object> row = new ArrayList<>(List.of(c.id(), c.line(), c.heldBy(), c.mode()));
      years.forEach(y -> row.add(c.amounts().getOrDefault(y, Money.ZERO)));
      row.add(c.verdict());
      t.row(row.toArray());
    }
    out.append(t).append('\n');
    if (!p.allocationsJudged()) {
      out.append(TextTable.hang("", NOT_JUDGED, 0)).append('\n');
    }
    out.append("Why and why not\n---------------\n");
    for (ContributionRow c : p.contributions()) {
      out.append(c.id()).append(": ").append(c.verdict()).append('\n');
      for (ReasonRow r : c.reasons()) {
        out.append(TextTable.hang("  " + marker(r.effect()) + " ", r.statement(), 4));
        out.append(TextTable.hang("      rule: ", r.rule() + " (" + r.source() + ")", 8));
        if (!r.conditionNotMet().isEmpty()) {
          out.append(TextTable.hang("      condition not met: ", r.conditionNotMet(), 8));
        }
        r.parametersRead().forEach(x -> out.append(TextTable.hang("      read ", x, 8)));
      }
    }
    out.append("\nThe pool as a whole\n-------------------\n");
    for (ReasonRow r : p.poolFindings()) {
      out.append(TextTable.hang("  " + marker(r.effect()) + " ", r.statement() + " (" + r.source() + ")", 4));
    }
    out.append('\n');
    totals(out, "Requested, by department", p.requested());
    totals(out, "Allowed as requested, by department", p.allowed());
    out.append("Decided with rule set ").append(p.ruleSet()).append(", library ").append(p.libraryVersion()).append('\n');
  }

  private static void totals(StringBuilder out, String title, List<DepartmentTotal> totals) {
    List<String> years = List.copyOf(totals.get(totals.size() - 1).byYear().keySet());
    List<String> header = new ArrayList<>();
    header.add("department");
    header.addAll(years);
    header.add("total");
    int[] right = new int[years.size() + 1];
    for (int i = 0; i < right.length; i++) {
      right[i] = i + 1;
    }
    TextTable t = new TextTable(header.toArray(String[]::new)).alignRight(right);
    for (DepartmentTotal d : totals) {
      List<Object> row = new ArrayList<>();
      row.add(d.department());
      years.forEach(y -> row.add(d.byYear().get(y)));
      row.add(d.total());
      t.row(row.toArray());
    }
    out.append(title).append('\n').append(t).append('\n');
  }

  private static void cohort(StringBuilder out, CohortSection c) {
    heading(out, "Troubled families in " + areaName(c.authority()) + ": " + String.format("%,d", c.records()) + " records (" + c.source() + "), " + c.phase());
    out.append("Identified on ").append(c.identifiedOn()).append(": ")
        .append(String.format("%,d in the programme, %,d not, %,d records with data the domain rejects", c.eligible(), c.notEligible(), c.dataErrors()))
        .append(".\n");
    c.firstDataErrors().forEach(e -> out.append(TextTable.hang("  e.g. ", e, 6)));
    TextTable criteria = new TextTable("criterion", "families meeting it").alignRight(1);
    c.familiesMeetingEachCriterion().forEach((k, n) -> criteria.row(k, String.format("%,d", n)));
    out.append('\n').append(criteria);
    out.append("\nOn ").append(c.reviewedOn()).append(String.format(", %,d families attached; results achieved:%n", c.attached()));
    TextTable results = new TextTable("result", "families").alignRight(1);
    c.resultsAchieved().forEach((k, n) -> results.row(ClaimKind.valueOf(k).label(), String.format("%,d", n)));
    out.append(results);

    LedgerSection l = c.ledger();
    out.append("\nThe authority's ledger on ").append(c.reviewedOn()).append('\n').append("-".repeat(36)).append('\n');
    out.append(String.format("target %,d; attached %,d; turned around %,d%n", l.target(), l.attached(), l.turnedAround()));
    out.append(String.format("claims made %,d: paid %,d, refused %,d%n", l.claimsMade(), l.claimsPaid(), l.claimsRefused()));
    TextTable years = new TextTable("financial year", "attachment fees", "results", "paid").alignRight(1, 2, 3);
    l.byYear().forEach(y -> years.row(y.year(), String.format("%,d", y.feesPaid()), String.format("%,d", y.resultsPaid()), y.paid()));
    years.row("all", "", "", l.totalPaid());
    out.append(years);
    if (!l.refusalsByCondition().isEmpty()) {
      TextTable refused = new TextTable("refused: condition not met", "claims").alignRight(1);
      l.refusalsByCondition().forEach((k, n) -> refused.row(k, String.format("%,d", n)));
      out.append('\n').append(refused);
    }
    out.append('\n').append(TextTable.hang("", "Assumed intervention cost of the families attached " + l.interventionCost()
        + ": central government " + l.centralShare() + ", local budgets " + l.localShare() + ".", 0));
  }

  private static void appraisal(StringBuilder out, AppraisalSection a) {
    heading(out, "Cost-benefit summary: " + a.intervention());
    out.append(String.format("%,d families, %s, as published in Evidence CB00 §1 (the split between agencies is illustrative).%n", a.families(), a.period()));
    TextTable headline = new TextTable("costs (PV)", "fiscal benefits (PV)", "fiscal NPV", "total NPV", "BCR", "payback")
        .alignRight(0, 1, 2, 3, 4);
    headline.row(a.presentCost(), a.presentFiscalBenefit(), a.npvFiscal(), a.npvTotal(),
        a.benefitCostRatio() == null ? "-" : a.benefitCostRatio().toPlainString(), a.payback());
    out.append(headline);
    TextTable agencies = new TextTable("agency", "invests", "benefits", "of which cashable", "net").alignRight(1, 2, 3, 4);
    a.agencies().forEach(r -> agencies.row(r.agency(), r.invests(), r.benefits(), r.cashable(), r.net()));
    out.append('\n').append(agencies);
    TextTable years = new TextTable("year", "costs", "fiscal benefits", "costs (PV)", "fiscal benefits (PV)", "cumulative net (PV)")
        .alignRight(1, 2, 3, 4, 5);
    a.years().forEach(y -> years.row(y.year(), y.costs(), y.fiscalBenefits(), y.discountedCosts(), y.discountedFiscalBenefits(), y.cumulativeNetFiscal()));
    out.append('\n').append(years);
    for (SharingSection s : a.sharing()) {
      out.append("\nSharing the cashable savings ").append(s.basis()).append('\n');
      TextTable t = new TextTable("agency", "share", "receives", "invests", "net").alignRight(1, 2, 3, 4);
      s.shares().forEach(r -> t.row(r.agency(), r.sharePercent() == null ? "-" : Percentage.of(r.sharePercent()), r.receives(), r.invests(), r.net()));
      out.append(t);
      out.append(s.netPayers().isEmpty() ? "No agency pays in more than it gains.\n" : String.join(".\n", s.netPayers()) + ".\n");
    }
  }

  /** The area's name in the standard catalogue, or its id if it is not there. */
  static String areaName(String id) {
    return AreaCatalogue.standard().area(AreaId.of(id)).map(Area::name).orElse(id);
  }

  private static void heading(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
  }

  private static String marker(String effect) {
    return switch (effect) {
      case "met" -> "+";
      case "not met" -> "-";
      default -> "!";
    };
  }
}
