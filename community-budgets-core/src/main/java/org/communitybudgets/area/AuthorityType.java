package org.communitybudgets.area;

/** The type of an upper-tier authority . */
public enum AuthorityType {
  /** A county council, over district councils. */
  COUNTY,
  /** A unitary authority. */
  UNITARY,
  /** A metropolitan borough council. */
  METROPOLITAN_BOROUGH,
  /** A London borough council. */
  LONDON_BOROUGH
}
