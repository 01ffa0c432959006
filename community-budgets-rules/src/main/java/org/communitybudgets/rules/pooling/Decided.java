package org.communitybudgets.rules.pooling;

/**
 * A fact the engine inserts when any rule records a finding about a contribution, so that a rule
 * can match contributions no other rule has decided ({@code not Decided(contribution == $c.id())}).
 *
 * @param contribution the contribution's id
 */
public record Decided(String contribution) {}
