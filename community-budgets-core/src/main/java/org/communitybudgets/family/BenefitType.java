package org.communitybudgets.family;

/**
 * A social security benefit or tax credit an adult may claim. Which of these count as
 * "out-of-work benefits" for the work criterion (TF framework 2012, identification criterion 3,
 * where the list is marked assumed) is a parameter of the rules, not a property of this type.
 */
public enum BenefitType {
  /** Jobseeker's Allowance. */
  JOBSEEKERS_ALLOWANCE,
  /** Employment and Support Allowance. */
  EMPLOYMENT_AND_SUPPORT_ALLOWANCE,
  /** Incapacity Benefit. */
  INCAPACITY_BENEFIT,
  /** Income Support. */
  INCOME_SUPPORT,
  /** Carer's Allowance. */
  CARERS_ALLOWANCE,
  /** Severe Disablement Allowance. */
  SEVERE_DISABLEMENT_ALLOWANCE,
  /** Universal Credit. */
  UNIVERSAL_CREDIT,
  /** Housing Benefit. */
  HOUSING_BENEFIT,
  /** Child Tax Credit. */
  CHILD_TAX_CREDIT,
  /** Working Tax Credit. */
  WORKING_TAX_CREDIT,
  /** Disability Living Allowance. */
  DISABILITY_LIVING_ALLOWANCE
}
