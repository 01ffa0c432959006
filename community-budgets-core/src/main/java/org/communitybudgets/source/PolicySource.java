package org.communitybudgets.source;

import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

/**
 * Where a rule, a parameter or a catalogue entry comes from: a document and the place in it.
 *
 * @param document the document
 * @param location the paragraph, table row or section, e.g. {@code "§5"} or {@code "menu, DWP, row 1"}
 */
public record PolicySource(PolicyDocument document, String location) {
  /** Validates both parts. */
  public PolicySource {
    required(document, "policy document");
    location = nonBlank(location, "location in " + document.shortName());
  }

  /** A place in the Offer to local areas and its menu. */
  public static PolicySource offer(String location) {
    return new PolicySource(PolicyDocument.OFFER, location);
  }

  /** A place in DCLG's written evidence CB00 (April 2013). */
  public static PolicySource evidenceCb00(String location) {
    return new PolicySource(PolicyDocument.EVIDENCE_CB00, location);
  }

  /** A place in the LGA board paper of March 2011. */
  public static PolicySource lgaUpdate(String location) {
    return new PolicySource(PolicyDocument.LGA_UPDATE, location);
  }

  /** A place in the phase-1 Troubled Families financial framework (March 2012). */
  public static PolicySource troubledFamiliesFramework2012(String location) {
    return new PolicySource(PolicyDocument.TROUBLED_FAMILIES_FRAMEWORK_2012, location);
  }

  /** A place in the expanded (phase-2) Troubled Families financial framework (March 2015). */
  public static PolicySource troubledFamiliesFramework2015(String location) {
    return new PolicySource(PolicyDocument.TROUBLED_FAMILIES_FRAMEWORK_2015, location);
  }

  /** A place in the NAO's report on the programmes to help families (HC 878, 2013). */
  public static PolicySource naoFamilies2013(String location) {
    return new PolicySource(PolicyDocument.NAO_FAMILIES_2013, location);
  }

  /** A place in the 2014 HM Treasury / New Economy cost-benefit analysis guidance. */
  public static PolicySource costBenefitGuidance2014(String location) {
    return new PolicySource(PolicyDocument.COST_BENEFIT_GUIDANCE_2014, location);
  }

  /** The short citation, e.g. {@code Offer §5}. */
  @Override
  public String toString() {
    return document.shortName() + " " + location;
  }
}
