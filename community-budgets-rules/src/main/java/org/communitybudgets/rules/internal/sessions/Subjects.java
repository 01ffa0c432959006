package org.communitybudgets.rules.internal.sessions;

import java.util.List;
import java.util.Optional;

/**
 * What a session needs of the subjects its rules decide, which the subjects provide: the
 * {@code findings} their rules record through, and which subject and family a match is about
 * when a rule fails for it.
 */
public interface Subjects {
  /** The rules' {@code findings} global for one session, recording into the session's findings. */
  Object findings(SessionFindings findings);

  /** The subject of a match, as messages name it: the family, claim or contribution among its facts. */
  Optional<String> subjectOf(List<?> facts);

  /** The id of the family a match's subject is, for setting the family aside in a batch. */
  Optional<String> familyOf(List<?> facts);
}
