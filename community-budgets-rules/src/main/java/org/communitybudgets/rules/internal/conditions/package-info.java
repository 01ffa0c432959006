/**
 * The conditions table: each condition a rule expects a subject to meet, with the why-not a subject
 * that meets none of its rules is told, written from placeholders that read the business date's
 * parameters and the facts of the kinds of subject the table is read with.
 */
package org.communitybudgets.rules.internal.conditions;
