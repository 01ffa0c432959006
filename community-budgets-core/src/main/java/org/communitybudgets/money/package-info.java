/**
 * Exact amounts of money in pounds and pence ({@link org.communitybudgets.money.Money}) and shares
 * ({@link org.communitybudgets.money.Percentage}), with the rounding each operation uses stated.
 */
package org.communitybudgets.money;
