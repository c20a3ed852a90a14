package org.reversementoring.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Whom the engine's current caller may act for. Participants (everyone outside the program office
 * and the administrators) act only for themselves; the program office, the administrators and
 * calls without an authenticated user (the engine's jobs, the Java API) act for anyone.
 */
public final class ActingUser {

  private static final Set<String> ACTING_FOR_OTHERS = Set.of(ProgramGroup.COORDINATORS.id(), ProgramGroup.ADMINS.id());

  private ActingUser() {
  }

  /** The user id of a participant acting only for themselves; empty for whoever acts for anyone. */
  public static Optional<String> participantId(Authentication authentication) {
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return groups.stream().anyMatch(ACTING_FOR_OTHERS::contains) ? Optional.empty()
        : Optional.of(authentication.getUserId());
  }
}
