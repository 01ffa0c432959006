/**
 * The domain's JSON and YAML form: {@link org.communitybudgets.json.DomainJson} gives Jackson mappers
 * that read and write every domain type (records by their components, money as decimal strings,
 * indicators by their {@code "indicator"} name), refusing unknown fields; {@link
 * org.communitybudgets.json.JsonProblems} puts a reading error in a user's words.
 */
package org.communitybudgets.json;
