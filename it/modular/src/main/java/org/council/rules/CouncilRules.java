package org.council.rules;

/** Where the council's rule files are. */
public final class CouncilRules {
  /** The classpath folder of the council's rule files. */
  public static final String FOLDER = "org/council/rules";

  private CouncilRules() {}
}
