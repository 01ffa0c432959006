/**
 * Rule files compiled to Drools' executable model when a program is built ({@link
 * org.communitybudgets.rules.compile.RuleModelCompiler}), so that the engine starts with them as fast
 * as with the standard rules. Needs {@code org.drools:drools-model-codegen} at build time only.
 */
package org.communitybudgets.rules.compile;
