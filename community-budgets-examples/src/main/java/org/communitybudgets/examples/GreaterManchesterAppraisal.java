package org.communitybudgets.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the cost-benefit appraisal of Greater Manchester's troubled-families case ({@link
 * org.communitybudgets.report.GreaterManchesterAppraisal}, in the report module): the headline
 * outputs, the years, who invests and who benefits, the cashable savings by agency and year, and
 * two ways of sharing the savings.
 */
public final class GreaterManchesterAppraisal {
  private GreaterManchesterAppraisal() {}

  /**
   * Prints the appraisal.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(org.communitybudgets.report.GreaterManchesterAppraisal.text());
  }
}
