package org.communitybudgets.family;

/** The two kinds of exclusion from school (TF framework 2012, identification criterion 2). */
public enum ExclusionKind {
  /** An exclusion for a fixed number of days. */
  FIXED_TERM,
  /** A permanent exclusion: the child is removed from the school's roll. */
  PERMANENT
}
