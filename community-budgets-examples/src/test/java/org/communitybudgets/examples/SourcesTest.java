package org.communitybudgets.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.communitybudgets.appraisal.AppraisalParameter;
import org.communitybudgets.appraisal.AppraisalParameters;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.family.Family;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.funding.FundingLine;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.report.GreaterManchesterPool;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.internal.parameters.ParameterDefinition;
import org.communitybudgets.rules.internal.parameters.ParameterValue;
import org.communitybudgets.rules.internal.ruleset.RuleSetLoader;
import org.communitybudgets.rules.internal.subjects.StandardSubjects;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.rules.troubledfamilies.Ledger;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;
import org.junit.jupiter.api.Test;

/**
 * The Sources list ({@code docs/sources.md}, the guide the README points to) names every standard document, and every rule, parameter and catalogue
 * entry of the library cites one of them, so that a user can open what a decision rests on.
 */
class SourcesTest {
  private static final Set<PolicyDocument> STANDARD = Set.copyOf(PolicyDocument.standard());

  private static String sourcesSection() throws IOException {
    Path guide = Files.exists(Path.of("docs/sources.md")) ? Path.of("docs/sources.md") : Path.of("../docs/sources.md");
    String text = Files.readString(guide, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("# Sources\n"), "docs/sources.md is the Sources list");
    return text;
  }

  private static void assertStandard(PolicySource source, String where) {
    assertTrue(STANDARD.contains(source.document()), where + " cites " + source.document().id() + ", which is not a standard document");
  }

  @Test
  void theReadmesSourcesListNamesEveryStandardDocument() throws IOException {
    String sources = sourcesSection();
    for (PolicyDocument d : PolicyDocument.standard()) {
      assertTrue(sources.contains("- **" + d.shortName() + "** — "), "the Sources list has an entry for " + d.shortName());
    }
  }

  /**
   * Every entry of the Sources list says where its text can be read: an address, or, under "Not
   * published", that it is not and what the project works from.
   */
  @Test
  void everyEntryOfTheSourcesListGivesAnAddressOrSaysItIsNotPublished() throws IOException {
    String sources = sourcesSection();
    int notPublished = sources.indexOf("\n## Not published\n");
    int published = sources.indexOf("\n## Published\n");
    assertTrue(notPublished > 0 && published > notPublished, "the list has a Not published and a Published part");
    java.util.regex.Matcher entry = java.util.regex.Pattern.compile("(?s)\n- \\*\\*([^*]+)\\*\\* — (.*?)(?=\n- \\*\\*|\n## |$)").matcher(sources);
    List<String> wrong = new ArrayList<>();
    int entries = 0;
    while (entry.find()) {
      entries++;
      String name = entry.group(1);
      String text = entry.group(2);
      if (entry.start() < published) {
        if (!text.contains("transcript")) {
          wrong.add(name + ": an unpublished document says what the project works from");
        }
      } else if (!text.contains("<http")) {
        wrong.add(name + ": no address");
      }
    }
    assertTrue(entries >= PolicyDocument.standard().size(), "every entry was looked at: " + entries);
    assertEquals("", String.join("\n", wrong));
  }

  @Test
  void everyPublishedStandardDocumentHasTheAddressItsSourcesEntryGives() throws IOException {
    String sources = sourcesSection();
    for (PolicyDocument d : PolicyDocument.standard()) {
      int at = sources.indexOf("- **" + d.shortName() + "** — ");
      int next = sources.indexOf("\n- **", at + 1);
      String entry = sources.substring(at, next < 0 ? sources.length() : next);
      if (d.equals(PolicyDocument.OFFER) || d.equals(PolicyDocument.LGA_UPDATE)) {
        assertTrue(d.address().isEmpty(), d.id() + " is not published");
      } else {
        String address = d.address().orElseThrow(() -> new AssertionError(d.id() + " has no address"));
        assertTrue(entry.contains("<" + address + ">"), d.id() + ": " + address + " is not in its entry");
      }
    }
    assertTrue(PolicyDocument.local("X", "X", "a council's own").address().isEmpty());
  }

  @Test
  void everyParameterCatalogueLineAndAppraisalParameterCitesAStandardDocument() {
    RuleSetLoader.Loaded rules = StandardSubjects.loader().load(FundingCatalogue.standard());
    int values = 0;
    for (ParameterDefinition d : rules.parameters().asMap().values()) {
      for (ParameterValue v : d.values()) {
        assertStandard(v.source(), "parameter " + d.key() + " from " + v.effective());
        values++;
      }
    }
    assertTrue(values > 50, "every parameter value was looked at: " + values);
    for (FundingLine l : FundingCatalogue.standard().lines()) {
      assertStandard(l.source(), "funding line " + l.id());
      l.ringFence().ifPresent(r -> assertStandard(r.source(), "the ring-fence of " + l.id()));
    }
    for (AppraisalParameter p : AppraisalParameters.standard().parameters()) {
      assertStandard(p.source(), "appraisal parameter " + p.key());
    }
  }

  @Test
  void everyReasonOfTheStandardRulesCitesAStandardDocument() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();
    List<Reason> reasons = new ArrayList<>();
    for (LocalDate day : List.of(LocalDate.of(2011, 3, 31), LocalDate.of(2012, 10, 1), LocalDate.of(2013, 4, 1), LocalDate.of(2015, 6, 1))) {
      PoolAssessment a = engine.assess(GreaterManchesterPool.pool(), GreaterManchesterPool.allocations(), List.of(), day);
      a.contributions().values().forEach(d -> reasons.addAll(d.reasons()));
      reasons.addAll(a.poolFindings());
    }
    for (ProgrammePhase phase : ProgrammePhase.values()) {
      SyntheticCohort cohort = SyntheticCohort.forAuthority(AreaId.of("greater-manchester"), phase, 300, SyntheticCohort.STANDARD_SEED);
      List<Family> families = new ArrayList<>();
      List<Claim> claims = new ArrayList<>();
      cohort.stream().forEach(f -> {
        if (f instanceof CohortFamily.Valid v) {
          families.add(v.family());
          claims.addAll(v.claims());
        }
      });
      for (Family f : families) {
        reasons.addAll(engine.identify(f, cohort.identifiedOn()).decision().reasons());
        reasons.addAll(engine.results(f, cohort.reviewedOn()).decision().reasons());
      }
      Ledger ledger = engine.ledger(cohort.targets().get(0), families, claims, cohort.plans(), cohort.reviewedOn());
      ledger.claims().forEach(c -> reasons.addAll(c.decision().reasons()));
    }
    Set<String> rules = new TreeSet<>();
    for (Reason r : reasons) {
      assertStandard(r.source(), "rule \"" + r.rule() + "\"");
      r.parameters().forEach(p -> assertStandard(p.source(), "parameter " + p.key() + " read by \"" + r.rule() + "\""));
      rules.add(r.rule());
    }
    assertTrue(rules.size() > 60, "the cases reach most rules: " + rules.size());
  }

  /** Where the project's sources are: the modules' {@code src/main}, from the examples module or the root. */
  private static Path projectRoot() {
    return Files.exists(Path.of("docs/sources.md")) ? Path.of(".") : Path.of("..");
  }

  /**
   * The text of every comment, Javadoc included, of a source file, with the comment marks and line
   * breaks made single spaces: Java and DRL {@code //} and block comments, YAML and TSV {@code #}
   * lines.
   */
  static String comments(String name, String text) {
    StringBuilder out = new StringBuilder();
    if (name.endsWith(".java") || name.endsWith(".drl")) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)/\\*(.*?)\\*/|//([^\n]*)").matcher(text);
      while (m.find()) {
        out.append(' ').append(m.group(1) != null ? m.group(1) : m.group(2));
      }
    } else {
      for (String line : text.lines().toList()) {
        String t = line.strip();
        if (t.startsWith("#")) {
          out.append(' ').append(t.substring(1));
        }
      }
    }
    return out.toString().replaceAll("\\s*\\n\\s*\\*?", " ").replaceAll("\\s+\\*\\s", " ").replaceAll("\\s+", " ");
  }

  /**
   * What a comment may cite: the documents of the Sources list, by the names its entries are listed
   * under and the reports it names by number, and the standard documents by their ids.
   */
  private static List<String> citable() throws IOException {
    String sources = sourcesSection();
    List<String> names = new ArrayList<>();
    java.util.regex.Matcher bold = java.util.regex.Pattern.compile("- \\*\\*([^*]+)\\*\\* — ").matcher(sources);
    while (bold.find()) {
      names.add(bold.group(1));
    }
    java.util.regex.Matcher report = java.util.regex.Pattern.compile("\\bHC \\d+").matcher(sources);
    while (report.find()) {
      names.add(report.group());
    }
    names.add("CB00");
    PolicyDocument.standard().forEach(d -> names.add(d.id()));
    return names;
  }

  /**
   * No comment or Javadoc cites what a user cannot open: nothing but the documents of the Sources
   * list. A paragraph sign follows the name of the document it is a paragraph of (within the 120
   * characters before it), and nothing cites an unpublished reference or briefing.
   */
  @Test
  void commentsCiteOnlyTheDocumentsOfTheSourcesList() throws IOException {
    List<String> names = citable();
    List<String> wrong = new ArrayList<>();
    int files = 0;
    int signs = 0;
    List<Path> sources;
    try (java.util.stream.Stream<Path> walk = Files.walk(projectRoot())) {
      sources = walk.filter(f -> f.toString().replace('\\', '/').contains("/src/main/"))
          .filter(f -> !f.toString().replace('\\', '/').contains("/target/"))
          .filter(f -> f.toString().matches(".*\\.(java|drl|yaml|tsv)$"))
          .sorted()
          .toList();
    }
    for (Path f : sources) {
      String text = comments(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      files++;
      for (String unpublished : List.of("domain reference", "briefing §", "the briefing")) {
        if (text.toLowerCase(java.util.Locale.ROOT).contains(unpublished)) {
          wrong.add(f + ": cites \"" + unpublished + "\"");
        }
      }
      for (int at = text.indexOf('§'); at >= 0; at = text.indexOf('§', at + 1)) {
        signs++;
        if (at + 1 < text.length() && text.charAt(at + 1) == 'N' || at > 0 && text.charAt(at - 1) == '"') {
          continue; // how a location is written, §N, or a location in an example
        }
        String before = text.substring(Math.max(0, at - 120), at).toLowerCase(java.util.Locale.ROOT);
        if (names.stream().noneMatch(n -> before.contains(n.toLowerCase(java.util.Locale.ROOT)))) {
          wrong.add(f + ": a paragraph sign names no document of the Sources list: …" + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 10)));
        }
      }
    }
    assertTrue(files > 200 && signs > 20, "the sources were read: " + files + " files, " + signs + " paragraph signs");
    assertEquals("", String.join("\n", wrong));
  }

  @Test
  void theCommentCheckFindsACitationOfTheBriefingAndABareParagraph() {
    assertEquals(" A line (domain reference §4) and (Offer §3). ", comments("X.java", "/**\n * A line (domain\n * reference §4) and (Offer §3).\n */"));
    assertEquals(" ring-fenced (Offer §3)", comments("x.tsv", "a\tb\n# ring-fenced (Offer §3)\n"));
  }
}
