/**
 * The published documents the rules and parameters encode ({@link
 * org.communitybudgets.source.PolicyDocument}) and a place in one ({@link
 * org.communitybudgets.source.PolicySource}), which every reason and parameter value cites.
 */
package org.communitybudgets.source;
