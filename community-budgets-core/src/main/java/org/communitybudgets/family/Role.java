package org.communitybudgets.family;

/**
 * A member's relation within the household. Whether a member is a child in law is decided by
 * age, from the date of birth ({@link Member#isUnder}), not by role: a 17-year-old parent is a
 * {@link #PARENT_OR_CARER} and a child under 18.
 */
public enum Role {
  /** A parent, step-parent or carer of the household's children. */
  PARENT_OR_CARER,
  /** A son or daughter, or a child cared for, in the household. */
  CHILD,
  /** Any other adult living in the household, such as a grandparent or lodger. */
  OTHER_ADULT
}
