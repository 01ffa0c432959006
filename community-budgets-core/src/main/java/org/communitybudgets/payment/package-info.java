/**
 * Payment-by-results claims, programme phases and authorities' targets for the Troubled Families
 * programme (TF frameworks 2012 and 2015). Amounts and targets by year are parameters of the rules.
 */
package org.communitybudgets.payment;
