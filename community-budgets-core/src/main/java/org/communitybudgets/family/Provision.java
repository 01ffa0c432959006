package org.communitybudgets.family;

/**
 * Where a child of school age is educated (TF framework 2012, identification criterion 2:
 * "in a pupil referral unit/alternative provision because previously excluded, or not on a school
 * roll").
 */
public enum Provision {
  /** On the roll of a mainstream or special school. */
  MAINSTREAM_ROLL,
  /** In a pupil referral unit. */
  PUPIL_REFERRAL_UNIT,
  /** In alternative provision arranged by the authority or a school. */
  ALTERNATIVE_PROVISION,
  /** On no school's roll and not otherwise educated. */
  NOT_ON_ROLL,
  /** Educated at home by choice of the parents. */
  ELECTIVE_HOME_EDUCATION
}
