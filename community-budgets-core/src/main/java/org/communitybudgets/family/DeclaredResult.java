package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;

/**
 * A phase-1 result declared by the council for the family. Results "are self-declared by the
 * council with local verification and are subject to spot checks" (TF framework 2012); the
 * verification says how it was checked locally.
 *
 * @param kind the result declared
 * @param declaredOn the day of the declaration
 * @param verification how the result was verified locally; non-blank
 */
public record DeclaredResult(ResultKind kind, LocalDate declaredOn, String verification)
    implements Outcome {
  /** Validates the fields. */
  public DeclaredResult {
    required(kind, "result kind");
    required(declaredOn, "date declared", () -> "declared result " + Ids.words(kind));
    verification =
        nonBlank(verification, "verification", () -> "declared result " + Ids.words(kind) + " on " + declaredOn);
  }

  /** The day of the declaration. */
  @Override
  public LocalDate date() {
    return declaredOn;
  }
}
