package org.reversementoring.participant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reversementoring.common.Language;
import org.reversementoring.participant.ProgramFacts.Application;
import org.reversementoring.participant.ProgramFacts.Enrollment;
import org.reversementoring.participant.ProgramFacts.Module;
import org.reversementoring.participant.ProgramFacts.Supervised;
import org.reversementoring.participant.ProgramFacts.Tandem;

/**
 * Everything one person's program page shows, for that person only.
 *
 * @param name  the first name, to greet them
 * @param staff whether they work in the program office or own it (links to Tasklist, Cockpit, the report)
 */
public record MyProgram(String userId, String name, Language language, boolean staff,
    Optional<Apprentice> apprentice, Optional<Executive> executive, List<SupervisedApprentice> supervised,
    List<OpenTask> tasks) {

  /** A task assigned to the person, with its link into Tasklist. */
  public record OpenTask(String id, String name, Instant created, String url, String processInstanceId) {
  }

  /** The actions on a tandem: move the next session, ask to end it; null when not possible. */
  public record TandemActions(String moveUrl, String endRequestUrl) {
  }

  /** @param certificates the names of the certificates to download ({@link ProgramCertificates}) */
  public record Apprentice(Application application, List<Module> modules, Optional<Tandem> tandem,
      TandemActions actions, List<JourneyStep> journey, String withdrawUrl, List<String> certificates) {
  }

  public record Executive(Enrollment enrollment, Optional<Tandem> tandem, TandemActions actions,
      List<JourneyStep> journey) {
  }

  /** An apprentice the person supervises, with the person's open tasks for them (consent, check-in). */
  public record SupervisedApprentice(Supervised apprentice, List<OpenTask> tasks) {
  }

  public boolean participant() {
    return apprentice.isPresent() || executive.isPresent() || !supervised.isEmpty();
  }
}
