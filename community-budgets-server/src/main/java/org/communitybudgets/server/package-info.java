/**
 * The decision service: the engine over HTTP, for systems not on the JVM. {@link
 * org.communitybudgets.server.DecisionServer} starts it; its addresses, settings and answers are
 * in docs/service.md and in the OpenAPI document it serves at {@code /v1/openapi.json}. Every
 * decision passes through one place, which gives it an id and tells the service's listeners.
 */
package org.communitybudgets.server;
