package org.communitybudgets.decision;

/** How a reason bears on its decision. */
public enum Effect {
  /** A condition was met: part of why. */
  MET,
  /** A condition was not met: part of why not. Such a reason names the unmet condition. */
  NOT_MET,
  /** A finding to note that does not by itself decide the verdict (e.g. a whole line moved). */
  FLAG
}
