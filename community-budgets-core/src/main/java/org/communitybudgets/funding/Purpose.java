package org.communitybudgets.funding;

/**
 * What money is spent on. A pool states its purposes; a ring-fenced funding line states the
 * purposes it may be spent on, and pools only for those (Offer §3: simplified school grants and the
 * public health grant stay ring-fenced).
 */
public enum Purpose {
  /** Families with multiple problems: the first purpose of Community Budgets (Offer §1). */
  FAMILIES_WITH_MULTIPLE_PROBLEMS,
  /** Early intervention for vulnerable children, young people and families. */
  EARLY_INTERVENTION,
  /** Schools and the education of pupils. */
  SCHOOLS,
  /** Public health: health improvement by the council. */
  PUBLIC_HEALTH,
  /** NHS health care. */
  HEALTH_CARE,
  /** Mental health services. */
  MENTAL_HEALTH,
  /** Drug and alcohol treatment. */
  DRUG_AND_ALCOHOL,
  /** Adult and children's social care. */
  SOCIAL_CARE,
  /** Support for older people. */
  OLDER_PEOPLE,
  /** Youth justice. */
  YOUTH_JUSTICE,
  /** Offender management and reducing reoffending. */
  REDUCING_REOFFENDING,
  /** Crime, drugs and community safety. */
  COMMUNITY_SAFETY,
  /** Work, welfare-to-work and skills. */
  WORK_AND_SKILLS,
  /** Housing. */
  HOUSING,
  /** Services run for and with a neighbourhood. */
  NEIGHBOURHOOD_SERVICES
}
