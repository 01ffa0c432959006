package org.communitybudgets.rules.pooling;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.pool.Agreement;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.pool.SavingsSharingTerms;

/**
 * The pool being assessed, as the rules about the pool as a whole see it on the business date.
 * One such fact is inserted per assessment.
 */
public final class PoolCase {
  private final Pool pool;
  private final LocalDate asOf;

  PoolCase(Pool pool, LocalDate asOf) {
    this.pool = pool;
    this.asOf = asOf;
  }

  /** The pool. */
  public Pool pool() {
    return pool;
  }

  /** The pool's id. */
  public String id() {
    return pool.id().value();
  }

  /** The business date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The agreement in force on the business date (the one signed last, if several are). */
  public Optional<Agreement> agreementInForce() {
    return pool.agreementInForceOn(asOf);
  }

  /** The savings-sharing terms of the agreement in force, if it has any. */
  public Optional<SavingsSharingTerms> savingsSharing() {
    return agreementInForce().flatMap(Agreement::savingsSharing);
  }

  /** True if the agreement in force sets out how savings are shared. */
  public boolean sharesSavings() {
    return savingsSharing().isPresent();
  }

  @Override
  public String toString() {
    return "pool " + id() + " on " + asOf;
  }
}
