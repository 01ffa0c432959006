package org.communitybudgets.family;

/** The kinds of statutory or early help by which a child is known to need help (TF framework 2015). */
public enum HelpKind {
  /** A child in need, assessed under section 17 of the Children Act 1989. */
  CHILD_IN_NEED,
  /** A child subject to a child protection plan. */
  CHILD_PROTECTION_PLAN,
  /** A child with an early help assessment. */
  EARLY_HELP_ASSESSMENT,
  /** A child looked after by the authority. */
  LOOKED_AFTER
}
