package org.reversementoring.participant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reversementoring.participant.ProgramFacts.Application;
import org.reversementoring.participant.ProgramFacts.Enrollment;
import org.reversementoring.participant.ProgramFacts.Module;
import org.reversementoring.participant.ProgramFacts.Session;
import org.reversementoring.participant.ProgramFacts.Tandem;

/** The journeys of the program's two participant roles, from their records. */
public final class Journeys {

  private static final Set<String> REVIEWED = Set.of("INTERVIEW", "SELECTED");
  private static final List<String> DECISIONS = List.of("SELECTED", "REJECTED", "WAITLISTED");
  private static final Set<String> ENDED_APPLICATION = Set.of("REJECTED", "WAITLISTED", "CONSENT_REFUSED", "WITHDRAWN");

  private Journeys() {
  }

  /**
   * applied → supervisor consent → review → interview → selected → each Academy module → qualified
   * → tandem → each session → final feedback → certificate. The consent is given when the
   * application goes into review, the review ends with the invitation to an interview or a
   * decision, the interview with the decision; each on the day it happened, where that was kept.
   */
  public static List<JourneyStep> apprentice(Application application, List<Module> modules, Optional<Tandem> tandem) {
    String status = application.status();
    Map<String, Instant> entered = application.entered();
    Instant decided = DECISIONS.stream().map(entered::get).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    Instant reviewed = entered.containsKey("INTERVIEW") ? entered.get("INTERVIEW") : decided;
    Instant interviewed = entered.containsKey("INTERVIEW") ? decided : null;
    boolean selected = status.equals("SELECTED");
    Journey journey = new Journey()
        .step("applied", application.submittedAt(), true, application.number())
        .step("consent", entered.get("IN_REVIEW"),
            entered.containsKey("IN_REVIEW") || !status.equals("SUBMITTED") && !status.equals("CONSENT_REFUSED"))
        .step("review", reviewed, reviewed != null || REVIEWED.contains(status))
        .step("interview", interviewed, interviewed != null || selected)
        .step("selected", selected ? entered.getOrDefault("SELECTED", application.statusChangedAt()) : null, selected);
    if (ENDED_APPLICATION.contains(status)) {
      journey.endedWith("application-" + status, application.statusChangedAt());
    }
    boolean qualified = application.mentorStatus().equals("QUALIFIED");
    for (Module module : modules) {
      journey.step(module.passed() == null ? "module" : module.passed() ? "module-passed" : "module-failed",
          module.startsAt(), module.passed() != null, module.name());
    }
    if (modules.isEmpty()) {
      journey.step("academy", null, qualified);
    }
    if (application.mentorStatus().equals("NOT_QUALIFIED")) {
      journey.endedWith("not-qualified", null);
    }
    journey.step("qualified", null, qualified);
    return tandemSteps(journey, tandem, "certificate");
  }

  /** enrolled → confirmed (waitlist) → tandem → each session → final feedback → closed. */
  public static List<JourneyStep> executive(Enrollment enrollment, Optional<Tandem> tandem) {
    String status = enrollment.status();
    Journey journey = new Journey()
        .step("enrolled", enrollment.registeredAt(), true, enrollment.number())
        .step("confirmed", null, status.equals("WAITLISTED") || status.equals("MATCHED"));
    if (status.equals("DECLINED") || status.equals("WITHDRAWN")) {
      journey.endedWith("enrollment-" + status, enrollment.statusChangedAt());
    }
    if (status.equals("WAITLISTED")) {
      journey.step("waitlist", enrollment.statusChangedAt(), false, enrollment.waitlistPlace());
    }
    return tandemSteps(journey, tandem, "closed");
  }

  private static List<JourneyStep> tandemSteps(Journey journey, Optional<Tandem> found, String lastStep) {
    if (found.isEmpty()) {
      return journey.step("tandem-coming", null, false).step("sessions", null, false)
          .step("final-feedback", null, false).step(lastStep, null, false).steps();
    }
    Tandem tandem = found.get();
    journey.step("tandem", tandem.kickoffAt(), !tandem.status().equals("KICKOFF"), tandem.partnerName());
    if (tandem.sessions().isEmpty()) {
      journey.step("sessions", null, false);
    }
    for (Session session : tandem.sessions()) {
      journey.step("session-" + session.status(), session.heldAt() != null ? session.heldAt() : session.plannedAt(),
          !session.planned(), session.position());
    }
    if (tandem.status().equals("ENDED_EARLY")) {
      journey.endedWith("tandem-ENDED_EARLY", tandem.endedAt());
    }
    return journey.step("final-feedback", tandem.feedbackGivenAt(), tandem.feedbackGivenAt() != null)
        .step(lastStep, tandem.status().equals("CLOSED") ? tandem.endedAt() : null, tandem.status().equals("CLOSED"))
        .steps();
  }
}
