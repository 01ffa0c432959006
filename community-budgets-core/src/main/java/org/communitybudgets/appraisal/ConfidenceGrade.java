package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How far a figure of an appraisal can be trusted, from 1 (the best evidence: an independently
 * evaluated, local, recent figure) to 6 (an assumption or an old, distant estimate). The 2014 cost
 * benefit analysis guidance for local partnerships gives every cost and benefit such a grade and
 * corrects it for optimism bias by its grade (CBA guidance 2014); the correction for each grade
 * is an {@link AppraisalParameters} value.
 *
 * @param grade the grade, within 1–6
 */
public record ConfidenceGrade(int grade) implements Comparable<ConfidenceGrade> {
  /** The best grade. */
  public static final int BEST = 1;

  /** The worst grade. */
  public static final int WORST = 6;

  private static final List<ConfidenceGrade> ALL =
      IntStream.rangeClosed(BEST, WORST).mapToObj(ConfidenceGrade::new).toList();

  /** Validates the range. */
  public ConfidenceGrade {
    check(grade >= BEST && grade <= WORST, "confidence grade", "within " + BEST + "–" + WORST, grade);
  }

  /** The grade {@code grade}, 1 to 6. */
  public static ConfidenceGrade of(int grade) {
    return new ConfidenceGrade(grade);
  }

  /** Every grade, best first. */
  public static List<ConfidenceGrade> all() {
    return ALL;
  }

  @Override
  public int compareTo(ConfidenceGrade other) {
    return Integer.compare(grade, other.grade);
  }

  /** The grade as {@code grade 3}. */
  @Override
  public String toString() {
    return "grade " + grade;
  }
}
