/**
 * The dated parameter tables: reading and checking the parameter files and overrides (types,
 * domains, dates without gaps or overlaps, the relations between parameters), and the table the
 * rules read on a business date.
 */
package org.communitybudgets.rules.internal.parameters;
