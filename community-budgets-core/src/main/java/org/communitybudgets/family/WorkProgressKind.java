package org.communitybudgets.family;

/** The steps towards work that earn the phase-1 progress-to-work result (TF framework 2012). */
public enum WorkProgressKind {
  /** The adult volunteered for the Work Programme. */
  VOLUNTEERED_FOR_WORK_PROGRAMME,
  /** The adult attached to provision funded by the European Social Fund. */
  ATTACHED_TO_ESF_PROVISION
}
