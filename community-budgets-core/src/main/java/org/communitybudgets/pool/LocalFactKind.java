package org.communitybudgets.pool;

import org.communitybudgets.source.PolicySource;

/**
 * A local fact that the conditions of the departmental menu read when they decide whether a
 * holder's contribution may be pooled or aligned (Offer, annex "Menu of Government support
 * options"; the Offer's menu). A fact is recorded per budget holder with the dates it holds and
 * where it is evidenced; see {@link LocalFact}.
 */
public enum LocalFactKind {
  /**
   * Welfare-to-work objectives and priorities are improved by the Community Budget: Jobcentre Plus
   * district managers may pool and align discretionary funding "where welfare to work objectives
   * and priorities are improved by Community Budgets" (menu, DWP, row 1).
   */
  WELFARE_TO_WORK_OBJECTIVES_IMPROVED(
      "welfare-to-work objectives improved", PolicySource.offer("menu, DWP, row 1")),
  /**
   * A share of the holder's provision is targeted on families with multiple problems: "A
   * proportion of the ESF provision to be targeted on families with multiple problems" (menu, DWP,
   * row 3). The only kind that carries a share.
   */
  TARGETED_ON_FAMILIES_WITH_MULTIPLE_PROBLEMS(
      "targeted on families with multiple problems", PolicySource.offer("menu, DWP, row 3")),
  /**
   * The management of drug-misusing offenders from custody to sentence and post-sentence is being
   * delivered: the first proviso on pooling the Drug Interventions Programme main grant (menu, Home
   * Office, row 1).
   */
  OFFENDER_MANAGEMENT_DELIVERED(
      "offender management delivered", PolicySource.offer("menu, Home Office, row 1")),
  /**
   * Reducing-reoffending outcomes are improved: the second proviso on pooling the Drug
   * Interventions Programme main grant (menu, Home Office, row 1).
   */
  REDUCING_REOFFENDING_OUTCOMES_IMPROVED(
      "reducing-reoffending outcomes improved", PolicySource.offer("menu, Home Office, row 1")),
  /**
   * The holder considers pooling appropriate: police forces may pool and align "where they
   * consider it appropriate" (menu, Home Office, row 1, related supporting activities).
   */
  HOLDER_CONSIDERS_APPROPRIATE(
      "holder considers it appropriate",
      PolicySource.offer("menu, Home Office, row 1, related supporting activities")),
  /**
   * Core youth justice services are being delivered: the proviso on pooling or aligning Youth
   * Offending Team grant (menu, Ministry of Justice, row 1).
   */
  CORE_YOUTH_JUSTICE_SERVICES_DELIVERED(
      "core youth justice services delivered",
      PolicySource.offer("menu, Ministry of Justice, row 1")),
  /**
   * Pooling or alignment has been agreed at local level: Youth Offending Team grant (menu, Ministry
   * of Justice, row 1) and Probation / NOMS interventions funding (menu, Ministry of Justice, row 2)
   * may be pooled or aligned "as agreed at local level".
   */
  AGREED_LOCALLY(
      "agreed at local level", PolicySource.offer("menu, Ministry of Justice, rows 1–2")),
  /**
   * The holder wishes to contribute: Primary Care Trust funding is suitable for pooling "where PCTs
   * wish to contribute" (menu, Department of Health, row 1); also a holder's consent in general.
   */
  HOLDER_WISHES_TO_CONTRIBUTE(
      "holder wishes to contribute", PolicySource.offer("menu, Department of Health, row 1")),
  /**
   * A joint commissioning arrangement is in place: GP consortia pathfinders are encouraged "to
   * discuss with local authorities the potential for joint commissioning arrangements" (menu,
   * Department of Health, row 2, related supporting activities).
   */
  JOINT_COMMISSIONING_ARRANGEMENT(
      "joint commissioning arrangement",
      PolicySource.offer("menu, Department of Health, row 2, related supporting activities")),
  /**
   * The people whose data is shared have given informed consent: data is shared "via informed
   * consent" (menu, DWP, row 1, related supporting activities).
   */
  INFORMED_CONSENT_FOR_DATA_SHARING(
      "informed consent for data sharing",
      PolicySource.offer("menu, DWP, row 1, related supporting activities")),
  /**
   * Sharing the data is lawful and proportionate: data is shared "Where it would be legal and
   * proportionate" (menu, DWP, row 1, related supporting activities).
   */
  DATA_SHARING_LAWFUL_AND_PROPORTIONATE(
      "data sharing lawful and proportionate",
      PolicySource.offer("menu, DWP, row 1, related supporting activities")),
  /**
   * An estates business case for co-location is proven: "Co-location of Jobcentre plus or other
   * premises will be supported where estates business cases are proven" (menu, DWP, row 1, related
   * supporting activities).
   */
  ESTATES_BUSINESS_CASE_PROVEN(
      "estates business case proven",
      PolicySource.offer("menu, DWP, row 1, related supporting activities")),
  /**
   * Pooling a line that is not on the menu has been agreed with its department: the menu "is not
   * designed to be exhaustive or to rule out pooling of other funds but to form the basis of
   * further discussions" (Offer §8; menu preamble: "other proposals from individual areas will be
   * considered").
   */
  AGREED_WITH_DEPARTMENT("agreed with the department", PolicySource.offer("§8; menu, preamble")),
  /**
   * The pool targets families with multiple problems, the focus of the first Community Budgets
   * (Offer §1) and the purpose pooling at source commits funding to (Offer §5).
   */
  FAMILIES_TARGETED("families with multiple problems targeted", PolicySource.offer("§1, §5"));

  private final String label;
  private final PolicySource source;

  LocalFactKind(String label, PolicySource source) {
    this.label = label;
    this.source = source;
  }

  /** The fact in words, e.g. {@code core youth justice services delivered}. */
  public String label() {
    return label;
  }

  /** The menu row or paragraph whose condition reads this fact. */
  public PolicySource source() {
    return source;
  }

  /**
   * True if a fact of this kind carries a share: only {@link
   * #TARGETED_ON_FAMILIES_WITH_MULTIPLE_PROBLEMS}, whose share is the proportion of the provision
   * targeted.
   */
  public boolean carriesShare() {
    return this == TARGETED_ON_FAMILIES_WITH_MULTIPLE_PROBLEMS;
  }
}
