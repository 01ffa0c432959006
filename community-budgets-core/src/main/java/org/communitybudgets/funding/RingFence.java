package org.communitybudgets.funding;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;
import static org.communitybudgets.internal.Checks.setOf;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communitybudgets.source.PolicySource;

/**
 * The purposes a ring-fenced funding line may be spent on, and where the ring-fence is set out.
 * From 2011-12 all revenue grants to councils were un-ring-fenced except the simplified school
 * grants and a new public health grant from 2013 (Offer §3); a line without a ring-fence may be
 * spent on any purpose.
 *
 * @param purposes the purposes the line may be spent on; at least one
 * @param source where the ring-fence is set out
 */
public record RingFence(Set<Purpose> purposes, PolicySource source) {
  /** Validates and copies the purposes. */
  public RingFence {
    purposes = setOf(required(purposes, "ring-fence purposes"), "ring-fence purposes");
    check(!purposes.isEmpty(), "ring-fence purposes", "at least one purpose", purposes);
    required(source, "ring-fence source");
  }

  /** A ring-fence to the given purposes. */
  public static RingFence of(Collection<Purpose> purposes, PolicySource source) {
    return new RingFence(new HashSet<>(required(purposes, "ring-fence purposes")), source);
  }

  /** A ring-fence to one purpose. */
  public static RingFence to(Purpose purpose, PolicySource source) {
    return new RingFence(Set.of(required(purpose, "ring-fence purpose")), source);
  }

  /** True if the line may be spent on {@code purpose}. */
  public boolean permits(Purpose purpose) {
    return purposes.contains(required(purpose, "purpose"));
  }

  /** The purposes in the order of {@link Purpose}. */
  public List<Purpose> purposesInOrder() {
    return List.copyOf(EnumSet.copyOf(purposes));
  }

  /** The purposes and the source, e.g. {@code ring-fenced to [PUBLIC_HEALTH] (Offer §3)}. */
  @Override
  public String toString() {
    return "ring-fenced to " + purposesInOrder() + " (" + source + ")";
  }
}
