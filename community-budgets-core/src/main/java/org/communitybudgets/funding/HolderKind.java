package org.communitybudgets.funding;

/**
 * A kind of local body that holds a funding line and stays accountable for it (Evidence CB00 §4:
 * "Local agencies remain accountable for the resources that they invest"). The kinds named in the
 * departmental menu (Offer, annex) and the bodies that replaced them from 2013.
 */
public enum HolderKind {
  /** An upper-tier council: county, unitary, metropolitan or London borough. */
  COUNCIL("council"),
  /** A Jobcentre Plus district, led by its district manager. */
  JOBCENTRE_PLUS_DISTRICT("Jobcentre Plus district"),
  /** A Work Programme prime contractor. */
  WORK_PROGRAMME_PRIME_CONTRACTOR("Work Programme prime contractor"),
  /** A provider of European Social Fund provision under DWP contract. */
  ESF_PROVIDER("ESF provider"),
  /** A local partnership responsible for drug and alcohol treatment (a drug action team). */
  DRUG_AND_ALCOHOL_TREATMENT_PARTNERSHIP("drug and alcohol treatment partnership"),
  /** A Drug Interventions Programme partnership. */
  DRUG_INTERVENTIONS_PROGRAMME_PARTNERSHIP("DIP partnership"),
  /** A police force, led by its chief constable. */
  POLICE_FORCE("police force"),
  /** A Police and Crime Commissioner (elected from 15 November 2012). */
  POLICE_AND_CRIME_COMMISSIONER("Police and Crime Commissioner"),
  /** A Youth Offending Team. */
  YOUTH_OFFENDING_TEAM("Youth Offending Team"),
  /** A probation trust. */
  PROBATION_TRUST("probation trust"),
  /** The National Offender Management Service. */
  NOMS("NOMS"),
  /** An NHS Primary Care Trust (abolished at the end of March 2013). */
  PRIMARY_CARE_TRUST("Primary Care Trust"),
  /** A clinical commissioning group (GP consortium), from April 2013. */
  CLINICAL_COMMISSIONING_GROUP("clinical commissioning group"),
  /** The NHS Commissioning Board, for specialised services. */
  NHS_COMMISSIONING_BOARD("NHS Commissioning Board"),
  /** A school or academy. */
  SCHOOL("school"),
  /** A fire and rescue authority. */
  FIRE_AND_RESCUE_AUTHORITY("fire and rescue authority"),
  /** A social landlord or housing association. */
  HOUSING_PROVIDER("housing provider"),
  /** A voluntary or community sector organisation. */
  VOLUNTARY_SECTOR("voluntary sector organisation");

  private final String label;

  HolderKind(String label) {
    this.label = label;
  }

  /** The kind in words, e.g. {@code Youth Offending Team}. */
  public String label() {
    return label;
  }
}
