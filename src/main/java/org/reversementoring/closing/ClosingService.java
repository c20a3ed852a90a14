package org.reversementoring.closing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reversementoring.common.Language;
import org.reversementoring.content.TopicNames;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemParticipants;
import org.reversementoring.tandem.TandemProperties;
import org.reversementoring.tandem.TandemService;
import org.reversementoring.tandem.TandemStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closing of a tandem after its last session: who gives final feedback, what the
 * coordinator sees to decide, the participation certificate and the closed record. Knows
 * nothing of Camunda.
 */
@Service
@Transactional
public class ClosingService {

  /** Who works the feedback tasks. */
  public record ClosingParticipants(String mentorUserId, String menteeUserId) {
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final TandemParticipants tandemParticipants;
  private final TandemService tandems;
  private final FinalFeedbackService feedback;
  private final HeldSessions sessions;
  private final ParticipationCertificate certificate;
  private final ZoneId zone;
  private final Clock clock;
  private final TopicNames topics;

  public ClosingService(TandemParticipants tandemParticipants, TandemService tandems, FinalFeedbackService feedback,
      HeldSessions sessions, ParticipationCertificate certificate, TandemProperties properties, Clock clock,
      TopicNames topics) {
    this.topics = topics;
    this.tandemParticipants = tandemParticipants;
    this.tandems = tandems;
    this.feedback = feedback;
    this.sessions = sessions;
    this.certificate = certificate;
    this.zone = properties.zone();
    this.clock = clock;
  }

  /** The Camunda users of mentor and executive; the tandem must still run. */
  @Transactional(readOnly = true)
  public ClosingParticipants prepare(long tandemId) {
    TandemParticipants.Participants participants = tandemParticipants.of(tandemId);
    Tandem tandem = participants.tandem();
    if (!TandemStatus.RUNNING.contains(tandem.getStatus())) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + " is " + tandem.getStatus());
    }
    if (participants.mentor().getUserId() == null || participants.mentee().getUserId() == null) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + ": mentor or mentee has no account");
    }
    return new ClosingParticipants(participants.mentor().getUserId(), participants.mentee().getUserId());
  }

  /** Who has not answered yet, by name and role, e.g. "Zoë Nowak (mentor)". */
  @Transactional(readOnly = true)
  public String missing(long tandemId, boolean mentorAnswered, boolean menteeAnswered) {
    TandemParticipants.Participants participants = tandemParticipants.of(tandemId);
    List<String> missing = new ArrayList<>();
    if (!mentorAnswered) {
      missing.add(participants.mentor().getFullName() + " (mentor, " + participants.mentor().getEmail() + ")");
    }
    if (!menteeAnswered) {
      missing.add(participants.mentee().getFullName() + " (executive, " + participants.mentee().getEmail() + ")");
    }
    return missing.isEmpty() ? "Both have answered." : String.join("\n", missing);
  }

  /** The final feedback and the sessions held in words, for "Extend or close" (forms are in English). */
  @Transactional(readOnly = true)
  public String summary(long tandemId) {
    TandemParticipants.Participants participants = tandemParticipants.of(tandemId);
    Tandem tandem = participants.tandem();
    List<HeldSessions.HeldSession> held = sessions.of(tandemId);
    StringBuilder text = new StringBuilder();
    text.append("Tandem ").append(tandem.getNumber()).append(": ").append(participants.mentor().getFullName())
        .append(" (mentor) and ").append(participants.mentee().getFullName()).append(" (executive)\n");
    text.append("Sessions held: ").append(held.size());
    if (tandem.getSessionCount() != null) {
      text.append(" (").append(tandem.getSessionCount()).append(" agreed)");
    }
    text.append('\n');
    for (FeedbackRole role : FeedbackRole.values()) {
      String who = role == FeedbackRole.MENTOR ? "Mentor" : "Executive";
      FinalFeedback answer = feedback.answers(tandemId).stream().filter(f -> f.getRole() == role).findFirst()
          .orElse(null);
      text.append('\n').append(who).append(": ");
      if (answer == null) {
        text.append("no final feedback\n");
        continue;
      }
      text.append("rating ").append(answer.getOverallRating()).append(" of 5, would recommend: ")
          .append(answer.isWouldRecommend() ? "yes" : "no").append(", would take part again: ")
          .append(answer.isWouldTakePartAgain() ? "yes" : "no").append(" (")
          .append(DAY.format(answer.getSubmittedAt().atZone(zone))).append(")\n");
      text.append("  Learned: ").append(answer.getLearned()).append('\n');
      if (answer.getComment() != null) {
        text.append("  Comment: ").append(answer.getComment()).append('\n');
      }
    }
    return text.toString().strip();
  }

  /**
   * The mentor's certificate of participation as PDF, in the mentor's language, dated the day the
   * tandem closed (today while it is closing), so one downloaded later says the same as the one mailed.
   */
  @Transactional(readOnly = true)
  public byte[] certificate(long tandemId) {
    TandemParticipants.Participants participants = tandemParticipants.of(tandemId);
    Tandem tandem = participants.tandem();
    List<HeldSessions.HeldSession> held = sessions.of(tandemId);
    Language language = participants.mentor().getLanguage();
    return certificate.pdf(new ParticipationCertificate.Content(tandem.getNumber(),
        participants.mentor().getFullName(), participants.mentee().getFullName(), tandem.getCohortName(),
        held.stream().map(s -> LocalDate.ofInstant(s.heldAt(), zone)).toList(),
        topicNames(held, language, topics), tandem.getEndedAt() == null ? LocalDate.now(clock.withZone(zone))
            : LocalDate.ofInstant(tandem.getEndedAt(), zone)), language);
  }

  /** Topics covered over all sessions held, in the order first covered, as display names. */
  public static List<String> topicNames(List<HeldSessions.HeldSession> held, Language language, TopicNames names) {
    Set<String> codes = new LinkedHashSet<>();
    held.forEach(session -> codes.addAll(session.topics()));
    return codes.stream().map(code -> names.name(code, language)).toList();
  }

  /** Marks the tandem closed with the coordinator's note. */
  public void close(long tandemId, String note) {
    tandems.close(tandemId, note);
  }
}
