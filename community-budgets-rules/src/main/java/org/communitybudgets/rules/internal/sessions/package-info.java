/**
 * Guarded rule sessions: a firing limit and a time budget a session, a failing rule named with its
 * subject, the findings its rules recorded with the why-not of each expected condition none met,
 * coverage counts, and the order a decision's reasons are given in.
 */
package org.communitybudgets.rules.internal.sessions;
