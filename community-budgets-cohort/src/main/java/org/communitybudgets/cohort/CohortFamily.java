package org.communitybudgets.cohort;

import java.util.List;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.payment.Claim;

/**
 * One family of a {@link SyntheticCohort}, as an authority's extract would give it: a family the
 * domain accepts, with the claims the authority made for it, or a record whose data the domain
 * rejects, with the error that says which value of which field was wrong.
 */
public sealed interface CohortFamily permits CohortFamily.Valid, CohortFamily.Invalid {
  /** The position of the family in the cohort, counting from 0. */
  long index();

  /** The family's id. */
  FamilyId id();

  /** The authority working with the family. */
  AreaId authority();

  /**
   * The family, for a batch to decide: the family of a valid record; for an invalid one, the
   * domain's error, thrown, so that the batch gives the record a failure at its index.
   *
   * @throws IllegalArgumentException for a record whose data the domain rejects
   */
  Family toFamily();

  /**
   * A family with valid data.
   *
   * @param index the position in the cohort
   * @param family the family
   * @param claims the payment-by-results claims the authority made for it, in date order
   */
  record Valid(long index, Family family, List<Claim> claims) implements CohortFamily {
    /** Copies the claims. */
    public Valid {
      claims = List.copyOf(claims);
    }

    @Override
    public FamilyId id() {
      return family.id();
    }

    @Override
    public AreaId authority() {
      return family.authority();
    }

    @Override
    public Family toFamily() {
      return family;
    }
  }

  /**
   * A record whose data breaks one of the domain's rules, so no family could be built from it.
   *
   * @param index the position in the cohort
   * @param id the family's id
   * @param authority the authority
   * @param error what was wrong: the field, the value and whose it was
   */
  record Invalid(long index, FamilyId id, AreaId authority, String error) implements CohortFamily {
    @Override
    public Family toFamily() {
      throw new IllegalArgumentException(error);
    }
  }
}
