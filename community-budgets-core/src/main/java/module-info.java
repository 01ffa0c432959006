/**
 * The Community Budgets domain in plain Java: money and financial years, funding lines and the
 * departmental menu, areas, pools and agreements, families and their indicators, the decisions and
 * their reasons, the cost-benefit appraisal. Every type is an immutable value; nothing here needs
 * Drools.
 *
 * <p>Every package is exported except {@code org.communitybudgets.internal}, which holds the
 * argument checks and the table reader the domain uses itself; the rules module's own values use
 * the same checks, so it alone may read them.
 */
@SuppressWarnings("module") // the rules module, compiled after this one, is not found here
module org.communitybudgets.core {
  requires com.google.common;

  exports org.communitybudgets;
  exports org.communitybudgets.appraisal;
  exports org.communitybudgets.area;
  exports org.communitybudgets.decision;
  exports org.communitybudgets.family;
  exports org.communitybudgets.funding;
  exports org.communitybudgets.money;
  exports org.communitybudgets.payment;
  exports org.communitybudgets.pool;
  exports org.communitybudgets.source;
  exports org.communitybudgets.time;

  exports org.communitybudgets.internal to org.communitybudgets.rules;
}
