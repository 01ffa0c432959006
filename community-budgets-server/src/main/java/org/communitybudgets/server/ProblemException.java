package org.communitybudgets.server;

/** Ends a request with a problem. */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  ProblemException(Problem.Kind kind, String detail) {
    this(new Problem(kind, detail));
  }

  Problem problem() {
    return problem;
  }
}
