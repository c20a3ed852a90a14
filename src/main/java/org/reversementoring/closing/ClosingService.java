package org.reversementoring.closing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
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
 * The closing of a tandem after its last session: who gives final feedback, the participation
 * certificate and the closed record (what the coordinator reads to decide: {@link FeedbackSummary}).
 * Knows nothing of Camunda.
 */
@Service
@Transactional
public class ClosingService {

  /** Who works the feedback tasks. */
  public record ClosingParticipants(String mentorUserId, String menteeUserId) {
  }

  private final TandemParticipants tandemParticipants;
  private final TandemService tandems;
  private final HeldSessions sessions;
  private final ParticipationCertificate certificate;
  private final ZoneId zone;
  private final Clock clock;
  private final TopicNames topics;

  public ClosingService(TandemParticipants tandemParticipants, TandemService tandems, HeldSessions sessions,
      ParticipationCertificate certificate, TandemProperties properties, Clock clock, TopicNames topics) {
    this.topics = topics;
    this.tandemParticipants = tandemParticipants;
    this.tandems = tandems;
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
