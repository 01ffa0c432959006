package org.communitybudgets.source;

/** The documents that the library's rules, parameters and catalogues cite. */
public enum PolicyDocument {
  /**
   * DCLG, <i>Community Budgets: the offer to local areas</i>, with its annex "Menu of Government
   * support options" (2010–11). Paragraphs are cited as §N; the annex as "menu".
   */
  OFFER("Offer", "DCLG, Community Budgets: the offer to local areas, with its annex Menu of Government support options (2010-11)"),
  /**
   * DCLG written evidence to the Communities and Local Government Committee inquiry on Community
   * Budgets (CB 00, April 2013). Answers are cited as §N, notes as note [N].
   */
  EVIDENCE_CB00("Evidence CB00", "DCLG, written evidence to the CLG Committee inquiry on Community Budgets (CB 00, April 2013)"),
  /** Local Government Association board paper, <i>Community Budgets – update</i> (March 2011). */
  LGA_UPDATE("LGA update", "Local Government Association board paper, Community Budgets - update (March 2011)"),
  /**
   * DCLG, <i>The Troubled Families programme: Financial framework for the payment-by-results
   * scheme for local authorities</i> (March 2012).
   */
  TROUBLED_FAMILIES_FRAMEWORK_2012("TF framework 2012", "DCLG, The Troubled Families programme: Financial framework for the payment-by-results scheme for local authorities (March 2012)"),
  /** DCLG, <i>Financial framework for the expanded Troubled Families programme</i> (5 March 2015). */
  TROUBLED_FAMILIES_FRAMEWORK_2015("TF framework 2015", "DCLG, Financial framework for the expanded Troubled Families programme (5 March 2015)"),
  /**
   * HM Treasury, Public Service Transformation Network and New Economy, <i>Supporting public
   * service transformation: cost benefit analysis guidance for local partnerships</i> (2014).
   */
  COST_BENEFIT_GUIDANCE_2014("CBA guidance 2014", "HM Treasury, PSTN and New Economy, Supporting public service transformation: cost benefit analysis guidance for local partnerships (2014)"),
  /**
   * The library's domain reference, which gathers the figures quoted from the frameworks and marks
   * those that are assumed. Cited as §N.
   */
  DOMAIN_REFERENCE("Domain reference", "community-budgets domain reference");

  private final String shortName;
  private final String title;

  PolicyDocument(String shortName, String title) {
    this.shortName = shortName;
    this.title = title;
  }

  /** The short name used in citations, e.g. {@code Offer}. */
  public String shortName() {
    return shortName;
  }

  /** The full title and date. */
  public String title() {
    return title;
  }
}
