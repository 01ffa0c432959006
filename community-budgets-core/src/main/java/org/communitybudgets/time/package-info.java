/**
 * The calendars the programmes are run by: {@link org.communitybudgets.time.FinancialYear} (April to
 * March), {@link org.communitybudgets.time.SpendingReviewPeriod}, {@link
 * org.communitybudgets.time.SchoolTerm} and {@link org.communitybudgets.time.DateRange}.
 */
package org.communitybudgets.time;
