package org.reversementoring.closing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reversementoring.common.Language;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemParticipants;
import org.reversementoring.tandem.TandemProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final feedback in words for the coordinators, in the reader's language (words
 * {@code feedback-summary.*} and {@code missing-feedback.*} in messages/documents).
 */
@Component
public class FeedbackSummary {

  private final TandemParticipants tandemParticipants;
  private final FinalFeedbackService feedback;
  private final HeldSessions sessions;
  private final ZoneId zone;
  private final MessageSource messages;

  FeedbackSummary(TandemParticipants tandemParticipants, FinalFeedbackService feedback, HeldSessions sessions,
      TandemProperties properties, MessageSource messages) {
    this.tandemParticipants = tandemParticipants;
    this.feedback = feedback;
    this.sessions = sessions;
    this.zone = properties.zone();
    this.messages = messages;
  }

  /** Who has not answered yet, by name and role, e.g. "Zoë Nowak (mentor, zoe@example.com)". */
  @Transactional(readOnly = true)
  public String missing(long tandemId, boolean mentorAnswered, boolean menteeAnswered, Language language) {
    TandemParticipants.Participants participants = tandemParticipants.of(tandemId);
    Locale locale = language.locale();
    List<String> missing = new ArrayList<>();
    if (!mentorAnswered) {
      missing.add(words("missing-feedback.mentor", locale, participants.mentor().getFullName(),
          participants.mentor().getEmail()));
    }
    if (!menteeAnswered) {
      missing.add(words("missing-feedback.executive", locale, participants.mentee().getFullName(),
          participants.mentee().getEmail()));
    }
    return missing.isEmpty() ? words("missing-feedback.none", locale) : String.join("\n", missing);
  }

  /** The final feedback and the sessions held, for "Extend or close". */
  @Transactional(readOnly = true)
  public String of(long tandemId, Language language) {
    TandemParticipants.Participants participants = tandemParticipants.of(tandemId);
    Tandem tandem = participants.tandem();
    Locale locale = language.locale();
    int held = sessions.of(tandemId).size();
    StringBuilder text = new StringBuilder()
        .append(words("feedback-summary.tandem", locale, tandem.getNumber(), participants.mentor().getFullName(),
            participants.mentee().getFullName())).append('\n')
        .append(tandem.getSessionCount() == null ? words("feedback-summary.held", locale, held)
            : words("feedback-summary.held-of", locale, held, tandem.getSessionCount())).append('\n');
    DateTimeFormatter day = DateTimeFormatter.ofPattern(words("feedback-summary.date-pattern", locale), locale);
    for (FeedbackRole role : FeedbackRole.values()) {
      String who = words("feedback-summary." + (role == FeedbackRole.MENTOR ? "mentor" : "executive"), locale);
      FinalFeedback answer = feedback.answers(tandemId).stream().filter(f -> f.getRole() == role).findFirst()
          .orElse(null);
      text.append('\n');
      if (answer == null) {
        text.append(words("feedback-summary.none", locale, who)).append('\n');
        continue;
      }
      text.append(words("feedback-summary.answer", locale, who, answer.getOverallRating(),
          yesOrNo(answer.isWouldRecommend(), locale), yesOrNo(answer.isWouldTakePartAgain(), locale),
          day.format(answer.getSubmittedAt().atZone(zone)))).append('\n');
      text.append("  ").append(words("feedback-summary.learned", locale, answer.getLearned())).append('\n');
      if (answer.getComment() != null) {
        text.append("  ").append(words("feedback-summary.comment", locale, answer.getComment())).append('\n');
      }
    }
    return text.toString().strip();
  }

  private String yesOrNo(boolean answer, Locale locale) {
    return words(answer ? "feedback-summary.yes" : "feedback-summary.no", locale);
  }

  private String words(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
