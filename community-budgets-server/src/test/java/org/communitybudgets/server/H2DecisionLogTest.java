package org.communitybudgets.server;

/** The decision log on its embedded default: an H2 file. */
class H2DecisionLogTest extends DecisionLogContract {
  @Override
  LogDatabase database() {
    return LogDatabase.h2(Service.temporaryFolder());
  }
}
