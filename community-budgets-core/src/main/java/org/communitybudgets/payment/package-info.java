/**
 * Payment-by-results claims, programme phases and authorities' targets for the Troubled Families
 * programme (domain reference §4–5). Amounts and targets by year are parameters of the rules.
 */
package org.communitybudgets.payment;
