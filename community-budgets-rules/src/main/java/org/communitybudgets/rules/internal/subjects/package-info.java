/**
 * The subjects the standard rules decide (contributions to a pool, families, their results and
 * claims) as the engine's parts see them: the kinds of subject of the conditions table and what
 * their placeholders read, the {@code findings} the rules record through, and which subject and
 * family a failing rule was deciding.
 */
package org.communitybudgets.rules.internal.subjects;
