package org.communitybudgets.server;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as the credentials say: the client's name, the rule sets granted to it, and
 * whether it may deploy rule sets.
 *
 * @param name the client's name, for the service's logs and the decision's record
 * @param ruleSets the rule sets it may use beside the standard one; {@code *} grants every one
 * @param admin whether it may deploy and replace rule sets
 */
record Caller(String name, Set<String> ruleSets, boolean admin) {
  /** The authority that grants a rule set, followed by its name. */
  static final String RULE_SET = "RULE_SET_";
  static final String ADMIN = "ROLE_ADMIN";
  static final String EVERY = "*";

  /** The caller of the request being served. */
  static Caller current() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a == null) {
      return new Caller("anonymous", Set.of(), false);
    }
    Set<String> sets = new java.util.TreeSet<>();
    boolean admin = false;
    for (GrantedAuthority g : a.getAuthorities()) {
      String s = g.getAuthority();
      if (s == null) {
        continue;
      }
      if (s.startsWith(RULE_SET)) {
        sets.add(s.substring(RULE_SET.length()));
      } else if (s.equals(ADMIN)) {
        admin = true;
      }
    }
    return new Caller(a.getName(), sets, admin);
  }

  /** Whether the caller may use the rule set. */
  boolean mayUse(String ruleSet) {
    return ruleSet.equals(RuleSet.STANDARD) || ruleSets.contains(EVERY) || ruleSets.contains(ruleSet);
  }
}
