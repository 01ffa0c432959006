/**
 * What the engine's parts share: the text of a rule, parameter or conditions file with the path it
 * is reported under, and the problems found in such files. The parts sit in the packages below,
 * one a job, none of them API: {@code parameters} reads and checks the dated parameter tables;
 * {@code conditions} reads the conditions table, each condition's why-not; {@code ruleset}
 * compiles and loads a rule set; {@code sessions} runs guarded rule sessions and turns what their
 * rules recorded into reasons. None of them knows a subject or the engine: {@code subjects} gives
 * them what they need of the subjects the standard rules decide.
 */
package org.communitybudgets.rules.internal;
