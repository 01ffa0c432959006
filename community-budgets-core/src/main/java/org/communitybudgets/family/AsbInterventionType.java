package org.communitybudgets.family;

/**
 * A kind of formal intervention for anti-social behaviour. The first four are those named in the
 * phase-1 crime/ASB criterion (TF framework 2012, identification criterion 1); the last two
 * replaced the ASBO and the ASB injunction under the Anti-social Behaviour, Crime and Policing Act
 * 2014 (Parts 1 and 2, in force from 20 October 2014), so phase-2 families carry them. Which kinds
 * meet a criterion is for the rules.
 */
public enum AsbInterventionType {
  /** An anti-social behaviour order. */
  ASBO("ASBO"),
  /** An anti-social behaviour injunction. */
  ASB_INJUNCTION("ASB injunction"),
  /** An acceptable behaviour contract. */
  ACCEPTABLE_BEHAVIOUR_CONTRACT("acceptable behaviour contract"),
  /**
   * A housing-related intervention for anti-social behaviour: a notice seeking possession, a
   * demotion of tenancy, or eviction for anti-social behaviour.
   */
  HOUSING_ASB_INTERVENTION("housing ASB intervention"),
  /** A civil injunction under Part 1 of the 2014 Act, the successor of the ASB injunction. */
  CIVIL_INJUNCTION("civil injunction"),
  /** A criminal behaviour order under Part 2 of the 2014 Act, the successor of the ASBO on conviction. */
  CRIMINAL_BEHAVIOUR_ORDER("criminal behaviour order");

  private final String label;

  AsbInterventionType(String label) {
    this.label = label;
  }

  /** The usual name, e.g. {@code ASBO} or {@code acceptable behaviour contract}. */
  @Override
  public String toString() {
    return label;
  }
}
