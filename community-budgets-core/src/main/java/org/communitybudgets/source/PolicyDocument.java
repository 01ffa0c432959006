package org.communitybudgets.source;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.nonBlank;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document that rules, parameters and catalogues cite. The library's own citations use the
 * standard documents below; an authority that adds local rules or parameters cites its own
 * documents (a cabinet decision, a local agreement) with {@link #local}.
 *
 * @param id a stable identifier in capitals, e.g. {@code OFFER}
 * @param shortName the short name used in citations, e.g. {@code Offer}
 * @param title the full title and date
 */
public record PolicyDocument(String id, String shortName, String title) {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

  /**
   * DCLG, <i>Community Budgets: the offer to local areas</i>, with its annex "Menu of Government
   * support options" (2010–11). Paragraphs are cited as §N; the annex as "menu".
   */
  public static final PolicyDocument OFFER =
      new PolicyDocument(
          "OFFER",
          "Offer",
          "DCLG, Community Budgets: the offer to local areas, with its annex Menu of Government support options (2010-11)");

  /**
   * DCLG written evidence to the Communities and Local Government Committee inquiry on Community
   * Budgets (CB 00, April 2013). Answers are cited as §N, notes as note [N].
   */
  public static final PolicyDocument EVIDENCE_CB00 =
      new PolicyDocument(
          "EVIDENCE_CB00",
          "Evidence CB00",
          "DCLG, written evidence to the CLG Committee inquiry on Community Budgets (CB 00, April 2013)");

  /** Local Government Association board paper, <i>Community Budgets – update</i> (March 2011). */
  public static final PolicyDocument LGA_UPDATE =
      new PolicyDocument(
          "LGA_UPDATE",
          "LGA update",
          "Local Government Association board paper, Community Budgets - update (March 2011)");

  /**
   * DCLG, <i>The Troubled Families programme: Financial framework for the Troubled Families
   * programme's payment-by-results scheme for local authorities</i> (March 2012).
   */
  public static final PolicyDocument TROUBLED_FAMILIES_FRAMEWORK_2012 =
      new PolicyDocument(
          "TROUBLED_FAMILIES_FRAMEWORK_2012",
          "TF framework 2012",
          "DCLG, The Troubled Families programme: Financial framework for the Troubled Families programme's payment-by-results scheme for local authorities (March 2012)");

  /** DCLG, <i>Financial framework for the expanded Troubled Families programme</i> (5 March 2015). */
  public static final PolicyDocument TROUBLED_FAMILIES_FRAMEWORK_2015 =
      new PolicyDocument(
          "TROUBLED_FAMILIES_FRAMEWORK_2015",
          "TF framework 2015",
          "DCLG, Financial framework for the expanded Troubled Families programme (5 March 2015)");

  /**
   * HM Treasury, <i>Budget 2014</i> (HC 1104, 19 March 2014): the expanded Troubled Families
   * programme brought forward, so that the best-performing areas start working with its families in
   * 2014-15.
   */
  public static final PolicyDocument BUDGET_2014 =
      new PolicyDocument("BUDGET_2014", "Budget 2014", "HM Treasury, Budget 2014 (HC 1104, 19 March 2014)");

  /**
   * HM Treasury, <i>Spending Round 2019</i> (CP 170, 4 September 2019): the Troubled Families
   * programme extended by a year, into 2020-21.
   */
  public static final PolicyDocument SPENDING_ROUND_2019 =
      new PolicyDocument("SPENDING_ROUND_2019", "Spending Round 2019", "HM Treasury, Spending Round 2019 (CP 170, 4 September 2019)");

  /**
   * National Audit Office, <i>Programmes to help families facing multiple challenges</i>, report by
   * the Comptroller and Auditor General for DCLG and DWP (HC 878, session 2013-14, December 2013).
   */
  public static final PolicyDocument NAO_FAMILIES_2013 =
      new PolicyDocument(
          "NAO_FAMILIES_2013",
          "NAO HC 878",
          "National Audit Office, Programmes to help families facing multiple challenges (HC 878, December 2013)");

  /**
   * Department for Education, <i>A guide to absence statistics</i> (March 2016): the persistent
   * absence thresholds, 15% of possible sessions from 2010/11 to 2014/15 and 10% from 2015/16.
   */
  public static final PolicyDocument DFE_ABSENCE_GUIDE_2016 =
      new PolicyDocument(
          "DFE_ABSENCE_GUIDE_2016",
          "DfE absence guide 2016",
          "Department for Education, A guide to absence statistics (March 2016)");

  /**
   * HM Treasury, Public Service Transformation Network and New Economy, <i>Supporting public
   * service transformation: cost benefit analysis guidance for local partnerships</i> (2014).
   */
  public static final PolicyDocument COST_BENEFIT_GUIDANCE_2014 =
      new PolicyDocument(
          "COST_BENEFIT_GUIDANCE_2014",
          "CBA guidance 2014",
          "HM Treasury, PSTN and New Economy, Supporting public service transformation: cost benefit analysis guidance for local partnerships (2 April 2014)");

  /**
   * HM Treasury, <i>The Green Book: Appraisal and Evaluation in Central Government</i> (2003,
   * updated July 2011): the discount rate, declining over the long term (Annex 6, Table 6.1).
   */
  public static final PolicyDocument GREEN_BOOK =
      new PolicyDocument(
          "GREEN_BOOK",
          "Green Book",
          "HM Treasury, The Green Book: Appraisal and Evaluation in Central Government (2003, updated 2011)");

  /**
   * The Education Act 1996 (c. 56), section 8 (compulsory school age), with the Education (School
   * Leaving Date) Order 1997 (SI 1997/1970), which sets the school leaving date as the last Friday
   * in June.
   */
  public static final PolicyDocument EDUCATION_ACT_1996 =
      new PolicyDocument(
          "EDUCATION_ACT_1996",
          "Education Act 1996",
          "Education Act 1996, section 8, with the Education (School Leaving Date) Order 1997 (SI 1997/1970)");

  /**
   * House of Commons Work and Pensions Committee, <i>In-work progression in Universal Credit</i>
   * (Tenth Report of Session 2015–16, HC 549, May 2016): chapter 1, paragraph 2, on Universal
   * Credit going on in work, its payments reduced as earnings increase.
   */
  public static final PolicyDocument WPC_HC_549 =
      new PolicyDocument(
          "WPC_HC_549",
          "WPC HC 549",
          "House of Commons Work and Pensions Committee, In-work progression in Universal Credit (HC 549, 2015-16)");

  /**
   * Home Office, <i>Police Grant Report (England and Wales) 2013/14</i> (December 2012), table 3:
   * the Police and Crime Commissioners' Community Safety Fund from 2013-14, which took in most of the
   * Home Office's drugs, crime and community safety funding, the Drug Interventions Programme main
   * grant among it.
   */
  public static final PolicyDocument POLICE_GRANT_REPORT_2013 =
      new PolicyDocument(
          "POLICE_GRANT_REPORT_2013",
          "Police Grant Report 2013/14",
          "Home Office, Police Grant Report (England and Wales) 2013/14 (December 2012)");

  /**
   * Children &amp; Young People Now, "Government urged to reconsider Early Intervention Grant
   * changes", reporting the Department for Education: the grant ceases "in its current form from
   * 2013".
   */
  public static final PolicyDocument CYP_NOW_EIG =
      new PolicyDocument(
          "CYP_NOW_EIG",
          "CYP Now on the EIG",
          "Children & Young People Now, Government urged to reconsider Early Intervention Grant changes");

  /**
   * Probation Chiefs Association, "Probation Trust service termination, 1 June 2014": the 35
   * probation trusts succeeded that day by 21 Community Rehabilitation Companies and a National
   * Probation Service.
   */
  public static final PolicyDocument PCA_2014 =
      new PolicyDocument(
          "PCA_2014",
          "PCA 2014",
          "Probation Chiefs Association, Probation Trust service termination, 1 June 2014");

  /**
   * House of Commons Work and Pensions Committee, <i>Work Programme: providers and contracting
   * arrangements</i> (HC 718, 2010–12), chapter 1, paragraph 2: the Work
   * Programme rolled out nationally in June 2011.
   */
  public static final PolicyDocument WPC_HC_718 =
      new PolicyDocument(
          "WPC_HC_718",
          "WPC HC 718",
          "House of Commons Work and Pensions Committee, Work Programme: providers and contracting arrangements (HC 718, 2010-12)");

  private static final List<PolicyDocument> STANDARD =
      List.of(
          OFFER,
          EVIDENCE_CB00,
          LGA_UPDATE,
          TROUBLED_FAMILIES_FRAMEWORK_2012,
          TROUBLED_FAMILIES_FRAMEWORK_2015,
          BUDGET_2014,
          SPENDING_ROUND_2019,
          NAO_FAMILIES_2013,
          DFE_ABSENCE_GUIDE_2016,
          COST_BENEFIT_GUIDANCE_2014,
          GREEN_BOOK,
          EDUCATION_ACT_1996,
          WPC_HC_549,
          POLICE_GRANT_REPORT_2013,
          CYP_NOW_EIG,
          PCA_2014,
          WPC_HC_718);

  /** Validates every part. */
  public PolicyDocument {
    id = nonBlank(id, "policy document id");
    check(ID.matcher(id).matches(), "policy document id", "capitals, digits and underscores, like OFFER", "\"" + id + "\"");
    shortName = nonBlank(shortName, "short name", id);
    title = nonBlank(title, "title", id);
  }

  private static final java.util.Map<String, String> ADDRESSES = java.util.Map.ofEntries(
      java.util.Map.entry("EVIDENCE_CB00",
          "https://committees.parliament.uk/committee/17/communities-and-local-government-committee/news/181874/cb-report-substantive/"),
      java.util.Map.entry("TROUBLED_FAMILIES_FRAMEWORK_2012",
          "https://www.gov.uk/government/publications/the-troubled-families-programme-financial-framework"),
      java.util.Map.entry("TROUBLED_FAMILIES_FRAMEWORK_2015",
          "https://www.gov.uk/government/publications/financial-framework-for-the-expanded-troubled-families-programme"),
      java.util.Map.entry("BUDGET_2014", "https://www.cypnow.co.uk/cyp/news/1142859/budget-2014-troubled-families-expansion-brought-forward"),
      java.util.Map.entry("SPENDING_ROUND_2019",
          "https://localgovernmentlawyer.co.uk/child-protection/392-children-protection-news/42373-ministry-to-provide-165m-funding-for-troubled-families-programme-in-2020-21"),
      java.util.Map.entry("NAO_FAMILIES_2013", "https://www.basw.co.uk/resources/programmes-help-families-facing-multiple-challenges"),
      java.util.Map.entry("DFE_ABSENCE_GUIDE_2016", "https://dera.ioe.ac.uk/25827/1/Guide_to_absence_statistics.pdf"),
      java.util.Map.entry("COST_BENEFIT_GUIDANCE_2014",
          "https://www.gov.uk/government/publications/supporting-public-service-transformation-cost-benefit-analysis-guidance-for-local-partnerships"),
      java.util.Map.entry("GREEN_BOOK", "https://ppponline.affinitext.com/public/book?id=1475&toc_id=508091"),
      java.util.Map.entry("EDUCATION_ACT_1996", "https://www.legislation.gov.uk/ukpga/1996/56/section/8"),
      java.util.Map.entry("WPC_HC_549", "https://publications.parliament.uk/pa/cm201516/cmselect/cmworpen/549/54904.htm"),
      java.util.Map.entry("POLICE_GRANT_REPORT_2013", "https://www.oneeastmidlands.org.uk/node/1952"),
      java.util.Map.entry("CYP_NOW_EIG",
          "https://www.cypnow.co.uk/content/other/government-urged-to-reconsider-early-intervention-grant-changes"),
      java.util.Map.entry("PCA_2014", "http://probationchiefs.org/2014/06/"),
      java.util.Map.entry("WPC_HC_718", "https://publications.parliament.uk/pa/cm201012/cmselect/cmworpen/718/71804.htm"));

  /**
   * Where the document can be read, for a standard document that is published: the address the
   * Sources list gives first for it. Empty for the two that are not published (the Offer and the
   * LGA update) and for an authority's own documents.
   */
  public java.util.Optional<String> address() {
    return STANDARD.contains(this) ? java.util.Optional.ofNullable(ADDRESSES.get(id)) : java.util.Optional.empty();
  }

  /** A document of an authority's own, for local rules and parameters. */
  public static PolicyDocument local(String id, String shortName, String title) {
    return new PolicyDocument(id, shortName, title);
  }

  /** The documents the standard rules, parameters and catalogues cite. */
  public static List<PolicyDocument> standard() {
    return STANDARD;
  }

  /** The standard document with that id, if there is one. */
  public static Optional<PolicyDocument> standard(String id) {
    return STANDARD.stream().filter(d -> d.id.equals(id)).findFirst();
  }

  /** The short name. */
  @Override
  public String toString() {
    return shortName;
  }
}
