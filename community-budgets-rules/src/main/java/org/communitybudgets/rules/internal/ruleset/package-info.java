/**
 * Compiling and loading a rule set: the standard rules (from the executable model the build
 * generated, or from source), a council's compiled and local rules, rules switched off, parameter
 * overrides and local conditions tables, into one knowledge base with every problem reported at
 * once, and the rule set's fingerprint.
 */
package org.communitybudgets.rules.internal.ruleset;
