package org.reversementoring.participant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the records say about a participant, read for their program page. */
public final class ProgramFacts {

  private ProgramFacts() {
  }

  /**
   * The latest application of an apprentice; {@code entered} says when it first entered each
   * status it went through (only the submission and the latest status for applications made
   * before that was kept).
   */
  public record Application(long mentorId, String number, String status, Instant submittedAt,
      Instant statusChangedAt, String mentorStatus, String processInstanceId, Map<String, Instant> entered) {

    public Application {
      entered = Map.copyOf(entered);
    }
  }

  /** An Academy module the apprentice takes; {@code passed} is null until the trainer records it. */
  public record Module(long enrollmentId, String key, String name, String cohort, String location,
      Instant startsAt, Instant endsAt, Boolean passed) {
  }

  public record Session(int position, Instant plannedAt, int plannedMinutes, String status, Instant heldAt) {

    public boolean planned() {
      return status.equals("PLANNED");
    }
  }

  /** A tandem seen from one side: the partner is the other one. */
  public record Tandem(long id, String number, String side, String partnerName, String status, Instant kickoffAt,
      List<String> goals, Integer cadenceWeeks, Integer sessionMinutes, List<Session> sessions,
      Instant feedbackGivenAt, Instant endedAt, String processInstanceId) {

    public boolean running() {
      return status.equals("KICKOFF") || status.equals("ACTIVE");
    }

    public Optional<Session> nextSession() {
      return sessions.stream().filter(Session::planned).findFirst();
    }

    public long held() {
      return sessions.stream().filter(session -> session.status().equals("HELD")).count();
    }

    public long stillPlanned() {
      return sessions.stream().filter(Session::planned).count();
    }
  }

  /** An executive's latest enrollment; the waitlist place only while waiting. */
  public record Enrollment(String number, String status, Instant registeredAt, Instant statusChangedAt,
      Integer waitlistPlace) {
  }

  /** An apprentice whose training supervisor the person is. */
  public record Supervised(String name, Application application, List<Module> modules, Optional<Tandem> tandem) {
  }
}
