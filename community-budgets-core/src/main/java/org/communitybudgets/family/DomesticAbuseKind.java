package org.communitybudgets.family;

/** The ways domestic violence or abuse affecting a family comes to be recorded (TF framework 2015). */
public enum DomesticAbuseKind {
  /** A police call-out to a domestic incident at the household. */
  POLICE_CALL_OUT,
  /** A referral to a multi-agency risk assessment conference (MARAC) for high-risk cases. */
  MARAC_REFERRAL,
  /** A referral to a specialist domestic abuse service. */
  SPECIALIST_SERVICE_REFERRAL
}
