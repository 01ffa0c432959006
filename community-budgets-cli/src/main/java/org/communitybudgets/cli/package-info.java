/**
 * The {@code community-budgets} command line ({@link org.communitybudgets.cli.CommunityBudgetsCli}):
 * identify, results, claims, assess, cohort, test, compare, report, rules and parameters over data
 * files, for people who have data and no Java.
 */
package org.communitybudgets.cli;
