package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.optional;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A family's attachment to the programme: the day the authority began working with it, which
 * earns the attachment fee (TF framework 2012).
 *
 * @param attachedOn the day of attachment, within the dates an indicator may carry
 *     ({@link Indicator#EARLIEST_DATE}–{@link Indicator#LATEST_DATE})
 * @param keyWorker the name or reference of the family's key worker, if recorded; non-blank
 */
public record Attachment(LocalDate attachedOn, Optional<String> keyWorker) {
  /** Validates the fields. */
  public Attachment {
    required(attachedOn, "attachment date");
    check(!attachedOn.isBefore(Indicator.EARLIEST_DATE) && !attachedOn.isAfter(Indicator.LATEST_DATE), "attachment date",
        "within " + Indicator.EARLIEST_DATE + "–" + Indicator.LATEST_DATE, attachedOn);
    optional(keyWorker, "key worker");
    keyWorker = keyWorker.map(k -> nonBlank(k, "key worker", () -> "attachment on " + attachedOn));
  }

  /** An attachment with no key worker recorded. */
  public static Attachment on(LocalDate attachedOn) {
    return new Attachment(attachedOn, Optional.empty());
  }

  /** An attachment with a key worker. */
  public static Attachment on(LocalDate attachedOn, String keyWorker) {
    return new Attachment(attachedOn, Optional.of(required(keyWorker, "key worker")));
  }
}
