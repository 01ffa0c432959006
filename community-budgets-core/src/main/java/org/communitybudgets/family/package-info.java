/**
 * Families, their members and the dated facts the Troubled Families criteria read: offences,
 * anti-social behaviour, exclusions, attendance, school placements, benefit claims, employment,
 * progress to work, local concerns and the phase-2 problem indicators; attachment to the
 * programme and measured outcomes (TF frameworks 2012 and 2015). The types hold facts only; thresholds
 * and lists such as which benefits are out-of-work are parameters of the rules.
 */
package org.communitybudgets.family;
