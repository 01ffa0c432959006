/**
 * The departmental menu of funding lines a Community Budget may draw on: each {@link
 * org.communitybudgets.funding.FundingLine} of a {@link org.communitybudgets.funding.Department},
 * its ring-fence, the holders and purposes it serves, in the standard {@link
 * org.communitybudgets.funding.FundingCatalogue}; an area's {@link
 * org.communitybudgets.funding.Allocations} of the lines by year.
 */
package org.communitybudgets.funding;
