package org.communitybudgets.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.Attachment;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.Exclusion;
import org.communitybudgets.family.ExclusionKind;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.pool.AgreementId;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.PoolId;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SchoolTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Bad input of every kind the library takes — identifiers, amounts, percentages, dates, years and
 * terms written as text, families whose records cannot be, parameter override files (generated
 * from every standard parameter's type and domain), local rule files, business dates, batch
 * options and missing arguments — each refused within a second with a specific error: the
 * exception the API documents, a message naming the field, or the file, line and parameter, and
 * the bad value itself.
 */
class BadInputSuiteTest {
  /** The least number of distinct bad inputs the suite holds. */
  static final int AT_LEAST = 400;

  private static final Duration WITHIN = Duration.ofSeconds(1);
  private static final LocalDate AS_OF = LocalDate.of(2012, 10, 1);
  private static final String FILE = "council/bad.yaml";
  private static final String[] PARAMETER_FILES = {"troubled-families.yaml", "pooling.yaml"};
  private static CommunityBudgetsEngine engine;

  /** One bad input: what is done with it, the error expected, and what its message must name. */
  record Case(String name, Executable action, Class<? extends Throwable> error, List<String> names) {}

  @BeforeAll
  static void warm() {
    engine = CommunityBudgetsEngine.standard();
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputIsASpecificErrorWithinASecond() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Throwable e = assertTimeoutPreemptively(WITHIN, () -> assertThrows(c.error(), c.action(), c.name()), c.name());
      String message = String.valueOf(e.getMessage());
      for (String name : c.names()) {
        assertTrue(message.contains(name), () -> c.name() + ": the message does not name \"" + name + "\": " + message + (e instanceof RuleSetException r ? " " + r.problems() : ""));
      }
      assertTrue(message.length() < 2_000, () -> c.name() + ": a message of " + message.length() + " characters");
    }));
  }

  @Test
  void theSuiteHoldsAtLeastFourHundredDistinctBadInputs() {
    List<Case> all = cases();
    Set<String> names = new HashSet<>();
    all.forEach(c -> assertTrue(names.add(c.name()), () -> "a repeated case: " + c.name()));
    assertTrue(all.size() >= AT_LEAST, () -> all.size() + " cases");
    assertEquals(all.size(), names.size());
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    identifiers(cases);
    amounts(cases);
    percentages(cases);
    textOfTime(cases);
    families(cases);
    claimsAndTargets(cases);
    parameterFiles(cases);
    ruleFiles(cases);
    businessDates(cases);
    batchOptionsAndBuilder(cases);
    return cases;
  }

  // ----- identifiers -------------------------------------------------------------------------

  private static void identifiers(List<Case> cases) {
    Map<String, Function<String, ?>> free = new LinkedHashMap<>();
    free.put("family id", FamilyId::of);
    free.put("member id", MemberId::of);
    free.put("claim id", ClaimId::of);
    List<String> notIdentifiers = List.of("", " ", "-f1", "_f1", "f 1", "f/1", "f.1", "fé", "f\n", "f\u0000", "f;1", "<f>", "f\t1", "f:1", "'f'");
    free.forEach((field, of) -> {
      for (String bad : notIdentifiers) {
        cases.add(new Case(field + " " + shown(bad), () -> of.apply(bad), InvalidValueException.class, List.of(field, "\"" + bad + "\"")));
      }
      String tooLong = "f".repeat(65);
      cases.add(new Case(field + " of 65 characters", () -> of.apply(tooLong), InvalidValueException.class, List.of(field, "65 characters")));
      cases.add(new Case(field + " of a million characters", () -> of.apply("f".repeat(1_000_000)), InvalidValueException.class, List.of(field, "1000000 characters")));
    });
    Map<String, Function<String, ?>> slugs = new LinkedHashMap<>();
    slugs.put("area id", AreaId::of);
    slugs.put("holder id", HolderId::of);
    slugs.put("pool id", PoolId::of);
    slugs.put("agreement id", AgreementId::of);
    slugs.put("contribution id", ContributionId::of);
    slugs.put("funding line id", FundingLineId::of);
    List<String> notSlugs = List.of("", " ", "Kent", "kent_1", "-kent", "kent-", "kent county", "kënt", "kent.1", "kent/1", "kent\n", "KENT");
    slugs.forEach((field, of) -> {
      for (String bad : notSlugs) {
        cases.add(new Case(field + " " + shown(bad), () -> of.apply(bad), InvalidValueException.class, List.of(field, "\"" + bad + "\"")));
      }
      cases.add(new Case(field + " missing", () -> of.apply(null), NullPointerException.class, List.of(field + " is required")));
    });
  }

  // ----- amounts and percentages -------------------------------------------------------------

  private static void amounts(List<Case> cases) {
    for (String bad : List.of("", " ", "abc", "1.234", "£1", "--1", "1,000", "NaN", "Infinity", "0x10", "1.2.3", "+-1", "1_000", "1 000", "0.001", "½")) {
      cases.add(new Case("amount " + shown(bad), () -> Money.of(bad), InvalidValueException.class, List.of("amount")));
    }
    cases.add(new Case("amount 1e999999999", () -> Money.of("1e999999999"), InvalidValueException.class, List.of("amount")));
    cases.add(new Case("amount of 2,000 digits", () -> Money.of("9".repeat(2_000)), InvalidValueException.class, List.of("amount")));
    cases.add(new Case("amount beyond what Money holds", () -> Money.of("92233720368547759"), InvalidValueException.class, List.of("amount")));
    cases.add(new Case("pounds beyond what Money holds", () -> Money.ofPounds(Long.MAX_VALUE), InvalidValueException.class, List.of("amount", String.valueOf(Long.MAX_VALUE))));
    cases.add(new Case("pence at the least long", () -> Money.ofPence(Long.MIN_VALUE), InvalidValueException.class, List.of("amount", String.valueOf(Long.MIN_VALUE))));
    for (String bad : List.of("1,234", "£1,23", "£1.234", "£-1", "£1,23,456", "£ 1", "£1.2", "1 pound", "£1e5", "££1", "$1", "€1")) {
      cases.add(new Case("amount text " + shown(bad), () -> Money.parse(bad), InvalidValueException.class, List.of(bad)));
    }
  }

  private static void percentages(List<Case> cases) {
    for (String bad : List.of("", " ", "abc", "15%", "--1", "1,5", "NaN", "Infinity", "0x10", "1.2.3", "+-1", "1_0", "ten", "1 0")) {
      cases.add(new Case("percentage " + shown(bad), () -> Percentage.of(bad), InvalidValueException.class, List.of("percentage")));
    }
    cases.add(new Case("percentage 1e10000000", () -> Percentage.of("1e10000000"), InvalidValueException.class, List.of("percentage")));
    cases.add(new Case("percentage of 300,000 digits", () -> Percentage.of("1" + "0".repeat(300_000)), InvalidValueException.class, List.of("percentage")));
    cases.add(new Case("percentage of 40 decimals", () -> Percentage.of("0." + "1".repeat(40)), InvalidValueException.class, List.of("percentage")));
    for (String bad : List.of("15", "15 %", "%15", "15%%", "fifteen%", "1e2%", "15.%", ".%", "%", "15%x")) {
      cases.add(new Case("percentage text " + shown(bad), () -> Percentage.parse(bad), InvalidValueException.class, List.of("percentage text", bad)));
    }
    cases.add(new Case("ratio of a whole of zero", () -> Percentage.ratio(1, 0), InvalidValueException.class, List.of("whole of a ratio", "0")));
  }

  // ----- years, terms and ranges as text -----------------------------------------------------

  private static void textOfTime(List<Case> cases) {
    for (String bad : List.of("2012", "2012-14", "12-13", "2012/13", "", "abcd-ef", "1899-00", "2999-00", "2012-13-14", "2012 - 13", "2012-1", "FY2012-13")) {
      cases.add(new Case("financial year " + shown(bad), () -> FinancialYear.parse(bad), InvalidValueException.class, List.of("financial year", bad.matches("\\d{4}-00") ? bad.substring(0, 4) : bad.isEmpty() ? "\"" : bad)));
    }
    cases.add(new Case("financial year 1899", () -> FinancialYear.of(1899), InvalidValueException.class, List.of("1899")));
    cases.add(new Case("financial year 2999", () -> FinancialYear.of(2999), InvalidValueException.class, List.of("2999")));
    for (String bad : List.of("2012", "2012 winter", "autumn 2012", "2012-autumn", "", "twenty twelve autumn", "2012 AUTUMN!", "99999 spring")) {
      cases.add(new Case("school term " + shown(bad), () -> SchoolTerm.parse(bad), InvalidValueException.class, List.of("term")));
    }
    for (String bad : List.of("2012-01-01", "2012-01-01...2012-02-01", "2012-02-01..2012-01-01", "..", "a..b", "2012-13-01..")) {
      cases.add(new Case("date range " + shown(bad), () -> DateRange.parse(bad), InvalidValueException.class, List.of(bad.contains("2012-02-01..") ? "2012-01-01" : bad)));
    }
    cases.add(new Case("date range ending before it starts", () -> DateRange.of(LocalDate.of(2012, 2, 1), LocalDate.of(2012, 1, 1)), InvalidValueException.class, List.of("2012-01-01")));
  }

  // ----- families ----------------------------------------------------------------------------

  private static final MemberId PARENT = MemberId.of("a-1");
  private static final MemberId CHILD = MemberId.of("c-1");
  private static final SchoolTerm AUTUMN_2012 = SchoolTerm.of(2012, SchoolTerm.Season.AUTUMN);

  private static Family.Builder family() {
    return Family.builder(FamilyId.of("f-1"), AreaId.of("kent"))
        .member(Member.adult(PARENT, LocalDate.of(1980, 1, 1)))
        .member(Member.child(CHILD, LocalDate.of(2005, 1, 1)));
  }

  private static void families(List<Case> cases) {
    cases.add(new Case("family of no members", () -> Family.builder(FamilyId.of("f-1"), AreaId.of("kent")).build(), InvalidValueException.class, List.of("members", "family f-1")));
    cases.add(new Case("family with a member twice", () -> family().member(Member.adult(PARENT, LocalDate.of(1981, 1, 1))).build(), InvalidValueException.class, List.of("member ids", "a-1")));
    cases.add(new Case("indicator of a stranger", () -> family().indicator(AsbIncident.against(MemberId.of("x-9"), AS_OF)).build(), InvalidValueException.class, List.of("indicator member", "x-9")));
    cases.add(new Case("attendance of an adult", () -> family().indicator(new TermAttendance(PARENT, AUTUMN_2012, 100, 0, 5)).build(), InvalidValueException.class, List.of("school record", "a-1")));
    cases.add(new Case("attendance twice for a term", () -> family().indicator(new TermAttendance(CHILD, AUTUMN_2012, 100, 0, 5)).indicator(new TermAttendance(CHILD, AUTUMN_2012, 90, 0, 5)).build(), InvalidValueException.class, List.of("term attendance", "c-1")));
    cases.add(new Case("absences over the sessions", () -> new TermAttendance(CHILD, AUTUMN_2012, 100, 50, 60), InvalidValueException.class, List.of("c-1")));
    cases.add(new Case("negative sessions", () -> new TermAttendance(CHILD, AUTUMN_2012, -1, 0, 0), InvalidValueException.class, List.of("-1")));
    cases.add(new Case("negative unauthorised absence", () -> new TermAttendance(CHILD, AUTUMN_2012, 100, 0, -5), InvalidValueException.class, List.of("-5")));
    cases.add(new Case("exclusion far from its term", () -> family().indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, AUTUMN_2012, LocalDate.of(2013, 6, 1))).build(), InvalidValueException.class, List.of("exclusion date", "2013-06-01")));
    cases.add(new Case("jobseeker's allowance of a child", () -> family().indicator(new BenefitClaim(CHILD, BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.from(AS_OF))).build(), InvalidValueException.class, List.of("benefit claim", "c-1")));
    cases.add(new Case("offence before the offender was born", () -> family().indicator(new ProvenOffence(CHILD, LocalDate.of(2004, 6, 1), "theft")).build(), InvalidValueException.class, List.of("birth", "2004-06-01")));
    cases.add(new Case("offence of a child of nine", () -> family().indicator(new ProvenOffence(CHILD, LocalDate.of(2014, 6, 1), "theft")).build(), InvalidValueException.class, List.of("age of criminal responsibility", "c-1")));
    cases.add(new Case("offence with no description", () -> new ProvenOffence(CHILD, AS_OF, " "), InvalidValueException.class, List.of("offence")));
    cases.add(new Case("indicator on the least date", () -> family().indicator(AsbIncident.againstFamily(LocalDate.MIN)).build(), InvalidValueException.class, List.of("indicator date", String.valueOf(LocalDate.MIN))));
    cases.add(new Case("indicator on the greatest date", () -> family().indicator(AsbIncident.againstFamily(LocalDate.MAX)).build(), InvalidValueException.class, List.of("indicator date", String.valueOf(LocalDate.MAX))));
    cases.add(new Case("indicator in 1800", () -> family().indicator(AsbIncident.againstFamily(LocalDate.of(1800, 1, 1))).build(), InvalidValueException.class, List.of("indicator date", "1800-01-01")));
    cases.add(new Case("attachment in 1800", () -> Attachment.on(LocalDate.of(1800, 1, 1)), InvalidValueException.class, List.of("attachment date", "1800-01-01")));
    cases.add(new Case("attachment in 9999", () -> Attachment.on(LocalDate.of(9999, 1, 1)), InvalidValueException.class, List.of("attachment date", "9999-01-01")));
    cases.add(new Case("attachment with a blank key worker", () -> Attachment.on(AS_OF, " "), InvalidValueException.class, List.of("key worker")));
    cases.add(new Case("member born in 1800", () -> Member.adult(PARENT, LocalDate.of(1800, 1, 1)), InvalidValueException.class, List.of("date of birth", "1800-01-01")));
    cases.add(new Case("member born in 2200", () -> Member.child(CHILD, LocalDate.of(2200, 1, 1)), InvalidValueException.class, List.of("date of birth", "2200-01-01")));
    cases.add(new Case("age asked before birth", () -> Member.child(CHILD, LocalDate.of(2005, 1, 1)).ageOn(LocalDate.of(2004, 1, 1)), InvalidValueException.class, List.of("2004-01-01")));
  }

  private static void claimsAndTargets(List<Case> cases) {
    Family f = family().build();
    Claim claim = Claim.of(ClaimId.of("k-1"), f.id(), f.authority(), ClaimKind.ATTACHMENT_FEE_PHASE_1, AS_OF);
    AuthorityTarget target = new AuthorityTarget(f.authority(), ProgrammePhase.PHASE_1, 100);
    cases.add(new Case("target of no families", () -> new AuthorityTarget(f.authority(), ProgrammePhase.PHASE_1, 0), InvalidValueException.class, List.of("0")));
    cases.add(new Case("target of minus one family", () -> new AuthorityTarget(f.authority(), ProgrammePhase.PHASE_1, -1), InvalidValueException.class, List.of("-1")));
    cases.add(new Case("families already funded at the greatest long", () -> engine.assessClaim(claim, f, List.of(), target, Long.MAX_VALUE, AS_OF), IllegalArgumentException.class, List.of(String.valueOf(Long.MAX_VALUE))));
    cases.add(new Case("families already funded negative", () -> engine.assessClaim(claim, f, List.of(), target, -1, AS_OF), IllegalArgumentException.class, List.of("-1")));
    cases.add(new Case("claim for another family", () -> engine.assessClaim(Claim.of(ClaimId.of("k-2"), FamilyId.of("f-2"), f.authority(), ClaimKind.ATTACHMENT_FEE_PHASE_1, AS_OF), f, List.of(), target, 0, AS_OF), IllegalArgumentException.class, List.of("f-2")));
  }

  // ----- parameter override files, generated from the standard parameters --------------------

  @SuppressWarnings("unchecked")
  private static void parameterFiles(List<Case> cases) {
    Load load = new Load(LoadSettings.builder().build());
    for (String file : PARAMETER_FILES) {
      Map<String, Object> parameters;
      try (InputStream in = CommunityBudgetsEngine.class.getResourceAsStream("parameters/" + file)) {
        parameters = (Map<String, Object>) load.loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      parameters.forEach((key, definition) -> parameterCases(cases, key, (Map<String, Object>) definition));
    }
    cases.add(new Case("override of an unknown parameter", () -> overrides(override("tf.no-such-parameter", "1")), RuleSetException.class, List.of(FILE + ":1", "tf.no-such-parameter")));
    cases.add(new Case("override file that is not a mapping", () -> overrides("- just\n- a list\n"), RuleSetException.class, List.of(FILE + ":1")));
    cases.add(new Case("override file of broken YAML", () -> overrides("tf.child.age-limit: [1, 2\n"), RuleSetException.class, List.of(FILE + ":")));
    cases.add(new Case("override file nested 1,000 levels", () -> overrides("a: ".repeat(1) + "[".repeat(1_000) + "]".repeat(1_000) + "\n"), RuleSetException.class, List.of(FILE + ":1")));
    cases.add(new Case("override file with a BOM", () -> overrides("\uFEFF" + override("tf.child.age-limit", "17")), RuleSetException.class, List.of(FILE)));
    cases.add(new Case("override file of one line of two million characters", () -> overrides("a: " + "x".repeat(2_000_000)), RuleSetException.class, List.of(FILE)));
    cases.add(new Case("override redefining a standard document", () -> overrides("documents:\n  OFFER: {title: Mine}\n" + override("tf.child.age-limit", "17")), RuleSetException.class, List.of(FILE, "OFFER")));
    cases.add(new Case("override of one parameter in two files", () -> CommunityBudgetsEngine.builder().parameterOverrides("council/a.yaml", override("tf.child.age-limit", "17")).parameterOverrides("council/b.yaml", override("tf.child.age-limit", "16")).build(),
        RuleSetException.class, List.of("council/b.yaml:1", "council/a.yaml", "tf.child.age-limit")));
  }

  private static void parameterCases(List<Case> cases, String key, Map<String, Object> definition) {
    String type = String.valueOf(definition.get("type"));
    Object standard = ((Map<?, ?>) ((List<?>) definition.get("values")).get(0)).get("value");
    String value = yaml(standard);
    String at = FILE + ":";
    String named = "[" + key + "]";
    cases.add(new Case(key + ": a value of the wrong type", () -> overrides(override(key, wrongType(type))), RuleSetException.class, List.of(at, named)));
    cases.add(new Case(key + ": a from that is not a date", () -> overrides(entries(key, "    - from: someday\n      value: " + value + "\n")), RuleSetException.class, List.of(at, named, "someday")));
    cases.add(new Case(key + ": an until before its from", () -> overrides(entries(key, "    - from: 2012-04-01\n      until: 2011-04-01\n      value: " + value + "\n")), RuleSetException.class, List.of(at, named, "2011-04-01")));
    cases.add(new Case(key + ": values that overlap", () -> overrides(entries(key, "    - from: 2010-04-01\n      value: " + value + "\n    - from: 2010-04-01\n      value: " + value + "\n")), RuleSetException.class, List.of(at, named)));
    cases.add(new Case(key + ": no values", () -> overrides(key + ":\n  source: {document: OFFER, location: \"a council's choice\"}\n  values: []\n"), RuleSetException.class, List.of(at, named)));
    cases.add(new Case(key + ": no source", () -> overrides(key + ":\n  values:\n    - from: 2010-04-01\n      value: " + value + "\n"), RuleSetException.class, List.of(at, named, "source")));
    cases.add(new Case(key + ": a source in no document", () -> overrides(key + ":\n  source: {document: NO_SUCH_DOCUMENT, location: here}\n  values:\n    - from: 2010-04-01\n      value: " + value + "\n"), RuleSetException.class, List.of(at, named, "NO_SUCH_DOCUMENT")));
    cases.add(new Case(key + ": an unknown field", () -> overrides(entries(key, "    - from: 2010-04-01\n      value: " + value + "\n      colour: red\n")), RuleSetException.class, List.of(at, "'" + key + "'", "colour")));
    cases.add(new Case(key + ": its domain changed", () -> overrides(key + ":\n  domain: {min: 0, max: 1}\n  source: {document: OFFER, location: \"a council's choice\"}\n  values:\n    - from: 2010-04-01\n      value: " + value + "\n"), RuleSetException.class, List.of(at, named, "domain")));
    Object domain = definition.get("domain");
    if (domain instanceof Map<?, ?> d && d.get("min") != null) {
      outside(type, String.valueOf(d.get("min")), -1).ifPresent(below ->
          cases.add(new Case(key + ": below its least value", () -> overrides(override(key, below)), RuleSetException.class, List.of(at, named, "at least"))));
      outside(type, String.valueOf(d.get("max")), +1).ifPresent(above ->
          cases.add(new Case(key + ": above its greatest value", () -> overrides(override(key, above)), RuleSetException.class, List.of(at, named, "at most"))));
    }
    if (domain instanceof Map<?, ?> d && d.get("codes") != null) {
      cases.add(new Case(key + ": an unknown code", () -> overrides(override(key, "[NOT_A_CODE]")), RuleSetException.class, List.of(at, named, "NOT_A_CODE")));
    }
  }

  /** A value just outside a domain's bound, in the type's written form, if the type has one. */
  private static Optional<String> outside(String type, String bound, int step) {
    return switch (type) {
      case "integer" -> Optional.of(String.valueOf(Long.parseLong(bound) + step));
      case "date" -> Optional.of(LocalDate.parse(bound).plusDays(step).toString());
      case "percentage" -> Optional.of(new java.math.BigDecimal(bound.replace("%", "")).add(java.math.BigDecimal.valueOf(step)) + "%");
      case "money" -> {
        long pounds = Long.parseLong(bound.replace("£", "").replace(",", ""));
        yield Optional.of("\"" + Money.ofPounds(pounds + step) + "\"");
      }
      default -> Optional.empty();
    };
  }

  private static String wrongType(String type) {
    return switch (type) {
      case "text-list" -> "{not: a list}";
      default -> "[not, a, " + type + "]";
    };
  }

  private static String yaml(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]");
    }
    String text = String.valueOf(value);
    return text.startsWith("£") ? "\"" + text + "\"" : text;
  }

  private static String override(String key, String value) {
    return entries(key, "    - from: 2010-04-01\n      value: " + value + "\n");
  }

  private static String entries(String key, String values) {
    return key + ":\n  source: {document: OFFER, location: \"a council's choice\"}\n  values:\n" + values;
  }

  private static void overrides(String yaml) {
    CommunityBudgetsEngine.builder().parameterOverrides(FILE, yaml).build();
  }

  // ----- local rule files --------------------------------------------------------------------

  private static final String HEAD = "package org.council.rules;\nimport org.communitybudgets.rules.pooling.ContributionCase;\n";

  private static void ruleFiles(List<Case> cases) {
    Map<String, String[]> broken = new LinkedHashMap<>();
    broken.put("a missing parenthesis", new String[] {"rule \"R\"\nwhen\n  ContributionCase(\nthen\nend\n", "council/r.drl:"});
    broken.put("an unknown fact type", new String[] {"rule \"R\"\nwhen\n  Household()\nthen\nend\n", "Household"});
    broken.put("an unknown field", new String[] {"rule \"R\"\nwhen\n  ContributionCase(salary > 3)\nthen\nend\n", "salary"});
    broken.put("an unknown method in the consequence", new String[] {"rule \"R\"\nwhen\n  $c : ContributionCase()\nthen\n  $c.explode();\nend\n", "explode"});
    broken.put("a rule twice", new String[] {"rule \"R\"\nwhen\n  ContributionCase()\nthen\nend\nrule \"R\"\nwhen\n  ContributionCase()\nthen\nend\n", "Duplicate rule name"});
    broken.put("a standard rule's name", new String[] {"rule \"A family is judged by the criteria of the phase that runs\"\nwhen\n  ContributionCase()\nthen\nend\n", "A family is judged by the criteria of the phase that runs"});
    broken.put("no end", new String[] {"rule \"R\"\nwhen\n  ContributionCase()\nthen\n", "council/r.drl:"});
    broken.put("no then", new String[] {"rule \"R\"\nwhen\n  ContributionCase()\nend\n", "council/r.drl:"});
    broken.put("an unknown import", new String[] {"import org.nowhere.Thing;\nrule \"R\"\nwhen\n  ContributionCase()\nthen\nend\n", "org.nowhere.Thing"});
    broken.put("an unknown global", new String[] {"rule \"R\"\nwhen\n  ContributionCase()\nthen\n  nowhere.add(1);\nend\n", "nowhere"});
    broken.put("a stray character", new String[] {"rule \"R\"\nwhen\n  ContributionCase() #\nthen\nend\n", "council/r.drl:"});
    broken.put("an unknown attribute", new String[] {"rule \"R\" colour \"red\"\nwhen\n  ContributionCase()\nthen\nend\n", "council/r.drl:"});
    broken.put("a NUL byte", new String[] {"rule \"R\"\u0000\nwhen\n  ContributionCase()\nthen\nend\n", "council/r.drl:"});
    broken.put("a byte order mark", new String[] {"\uFEFF", "council/r.drl:"});
    broken.forEach((what, given) -> {
      String drl = given[0].equals("\uFEFF") ? "\uFEFF" + HEAD + "rule \"R\"\nwhen\n  ContributionCase()\nthen\nend\n" : HEAD + given[0];
      cases.add(new Case("rule file with " + what, () -> CommunityBudgetsEngine.builder().localRules("council/r.drl", drl).build(), RuleSetException.class, List.of("council/r.drl", given[1])));
    });
    cases.add(new Case("switching off a rule that does not exist", () -> CommunityBudgetsEngine.builder().withoutRule("No such rule").build(), RuleSetException.class, List.of("No such rule")));
    cases.add(new Case("switching off a blank rule name", () -> CommunityBudgetsEngine.builder().withoutRule(" "), IllegalArgumentException.class, List.of("rule name")));
    cases.add(new Case("rules from a directory that does not exist", () -> CommunityBudgetsEngine.builder().localRules(java.nio.file.Path.of("/nonexistent/rules")).build(), RuleSetException.class, List.of("/nonexistent/rules")));
    cases.add(new Case("a rule file that does not exist", () -> CommunityBudgetsEngine.builder().localRuleFile(java.nio.file.Path.of("/nonexistent/r.drl")).build(), RuleSetException.class, List.of("/nonexistent/r.drl")));
    cases.add(new Case("a parameter file that does not exist", () -> CommunityBudgetsEngine.builder().parameterOverrides(java.nio.file.Path.of("/nonexistent/p.yaml")).build(), RuleSetException.class, List.of("/nonexistent/p.yaml")));
    cases.add(new Case("a blank source path", () -> CommunityBudgetsEngine.builder().localRules(" ", HEAD), IllegalArgumentException.class, List.of("source path")));
  }

  // ----- business dates ----------------------------------------------------------------------

  private static void businessDates(List<Case> cases) {
    Family f = family().build();
    Claim claim = Claim.of(ClaimId.of("k-1"), f.id(), f.authority(), ClaimKind.ATTACHMENT_FEE_PHASE_1, AS_OF);
    AuthorityTarget target = new AuthorityTarget(f.authority(), ProgrammePhase.PHASE_1, 100);
    Map<String, Function<LocalDate, ?>> calls = new LinkedHashMap<>();
    calls.put("identify", d -> engine.identify(f, d));
    calls.put("results", d -> engine.results(f, d));
    calls.put("assessClaim", d -> engine.assessClaim(claim, f, List.of(), target, 0, d));
    calls.put("ledger", d -> engine.ledger(target, List.of(f), List.of(claim), List.of(), d));
    calls.put("identifyAll", d -> engine.identifyAll(List.of(f).iterator(), d, BatchOptions.defaults()));
    calls.put("resultsAll", d -> engine.resultsAll(List.of(f).iterator(), List.of(), d, BatchOptions.defaults()));
    for (LocalDate bad : List.of(LocalDate.of(2010, 3, 31), LocalDate.of(2031, 4, 1), LocalDate.MIN, LocalDate.MAX, LocalDate.of(1900, 1, 1))) {
      calls.forEach((call, of) -> cases.add(new Case(call + " on " + bad, () -> of.apply(bad), IllegalArgumentException.class, List.of("business date", String.valueOf(bad)))));
    }
    calls.forEach((call, of) -> cases.add(new Case(call + " on no date", () -> of.apply(null), NullPointerException.class, List.of("required"))));
  }

  // ----- batch options and the builder -------------------------------------------------------

  private static void batchOptionsAndBuilder(List<Case> cases) {
    for (int bad : new int[] {0, -1, Integer.MIN_VALUE, BatchOptions.MAX_CHUNK_SIZE + 1, Integer.MAX_VALUE}) {
      cases.add(new Case("chunk size " + bad, () -> BatchOptions.defaults().withChunkSize(bad), IllegalArgumentException.class, List.of("chunk size", String.valueOf(bad))));
    }
    for (int bad : new int[] {0, -1, Integer.MIN_VALUE, BatchOptions.MAX_THREADS + 1, 5_000}) {
      cases.add(new Case("threads " + bad, () -> BatchOptions.defaults().withThreads(bad), IllegalArgumentException.class, List.of("threads", String.valueOf(bad))));
    }
    for (int bad : new int[] {0, -1, Integer.MIN_VALUE}) {
      cases.add(new Case("firing limit " + bad, () -> CommunityBudgetsEngine.builder().firingLimit(bad), IllegalArgumentException.class, List.of("firing limit", String.valueOf(bad))));
    }
    for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1))) {
      cases.add(new Case("time budget " + bad, () -> CommunityBudgetsEngine.builder().timeBudget(bad), IllegalArgumentException.class, List.of("time budget", String.valueOf(bad))));
    }
    cases.add(new Case("no local rule file", () -> CommunityBudgetsEngine.builder().localRuleFile(null), NullPointerException.class, List.of("required")));
    cases.add(new Case("no local rule directory", () -> CommunityBudgetsEngine.builder().localRules((java.nio.file.Path) null), NullPointerException.class, List.of("required")));
    cases.add(new Case("no parameter file", () -> CommunityBudgetsEngine.builder().parameterOverrides((java.nio.file.Path) null), NullPointerException.class, List.of("required")));
    cases.add(new Case("no parameter text", () -> CommunityBudgetsEngine.builder().parameterOverrides("council/p.yaml", null), NullPointerException.class, List.of("required")));
    cases.add(new Case("no rule text", () -> CommunityBudgetsEngine.builder().localRules("council/r.drl", null), NullPointerException.class, List.of("required")));
    cases.add(new Case("no rule to switch off", () -> CommunityBudgetsEngine.builder().withoutRule(null), NullPointerException.class, List.of("required")));
    cases.add(new Case("no funding catalogue", () -> CommunityBudgetsEngine.builder().fundingCatalogue(null), NullPointerException.class, List.of("required")));
    cases.add(new Case("no pool to assess", () -> engine.assess(null, AS_OF), NullPointerException.class, List.of("required")));
    cases.add(new Case("no family to identify", () -> engine.identify(null, AS_OF), NullPointerException.class, List.of("required")));
    cases.add(new Case("no families to identify", () -> engine.identifyAll((java.util.Iterator<Family>) null, AS_OF, BatchOptions.defaults()), NullPointerException.class, List.of("required")));
  }

  private static String shown(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      b.append(c < ' ' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.append('"').toString();
  }
}
