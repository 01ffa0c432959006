/**
 * Places: the councils and partnerships of the Community Budget areas and pilots ({@link
 * org.communitybudgets.area.Area}, {@link org.communitybudgets.area.AreaCatalogue}), by their
 * {@link org.communitybudgets.area.AreaId}.
 */
package org.communitybudgets.area;
