/**
 * The door to the rules: {@link org.communitybudgets.rules.CommunityBudgetsEngine} and its builder
 * (local rules, switched-off rules, parameter overrides, session guards), batches ({@link
 * org.communitybudgets.rules.BatchOptions}, {@link org.communitybudgets.rules.BatchResult}), the
 * parameter reference ({@link org.communitybudgets.rules.Parameter}), rule coverage ({@link
 * org.communitybudgets.rules.RuleCoverage}), the errors ({@link
 * org.communitybudgets.rules.RuleSetException}, {@link org.communitybudgets.rules.RuleFailureException}),
 * and what a rule reads and writes: {@link org.communitybudgets.rules.Policy} (the dated
 * parameters) and {@link org.communitybudgets.rules.Findings} (the reasons).
 */
package org.communitybudgets.rules;
