/**
 * Synthetic Troubled Families cohorts: {@link org.communitybudgets.cohort.SyntheticCohort} makes,
 * from a seed, every family an authority (or the whole programme) works with in one phase, with
 * the claims made for it, as {@link org.communitybudgets.cohort.CohortFamily} records; about one
 * in a hundred carries data the domain rejects, as real extracts do. The same seed always gives
 * the same cohort, so a cohort of 400,000 families streams without being held in memory. The
 * command line's {@code cohort} command writes one to a file; the report and the benchmarks run on
 * them.
 */
package org.communitybudgets.cohort;
