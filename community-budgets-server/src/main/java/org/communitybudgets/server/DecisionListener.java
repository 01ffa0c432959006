package org.communitybudgets.server;

/**
 * Told of every decision the service makes, single or in a stream, on the thread that answers the
 * request, before the answer is written. A listener must not fail the decision: what it throws is
 * logged and the answer goes out.
 */
interface DecisionListener {
  void decided(DecisionRecord decision);
}
