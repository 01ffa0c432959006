package org.communitybudgets.rules.internal;

/**
 * The text of one rule or parameter file and the path it is reported under.
 *
 * @param path the path shown in problems and hashed into the fingerprint
 * @param text the file's contents
 */
public record RuleSource(String path, String text) {}
