package org.reversementoring.language;

import java.util.List;
import java.util.Optional;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeRepository;
import org.reversementoring.identity.Participant;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorRepository;
import org.springframework.stereotype.Service;

/**
 * A person's language as their records give it: an apprentice's from their application, an
 * executive's from their latest enrollment, a training supervisor's from their latest
 * apprentice (as their mails are). Staff have none.
 */
@Service
class RecordedLanguages implements PersonLanguages {

  private final MentorRepository mentors;
  private final MenteeRepository mentees;
  private final ParticipantDirectory participants;

  RecordedLanguages(MentorRepository mentors, MenteeRepository mentees, ParticipantDirectory participants) {
    this.mentors = mentors;
    this.mentees = mentees;
    this.participants = participants;
  }

  @Override
  public Optional<Language> of(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return mentors.findByUserId(userId).map(Mentor::getLanguage)
        .or(() -> latest(mentees.findByUserIdOrderByRegisteredAtAsc(userId)).map(Mentee::getLanguageValue))
        .or(() -> participants.findById(userId).map(Participant::email)
            .flatMap(mentors::findFirstBySupervisorEmailOrderByIdDesc).map(Mentor::getLanguage));
  }

  private static Optional<Mentee> latest(List<Mentee> enrollments) {
    return enrollments.isEmpty() ? Optional.empty() : Optional.of(enrollments.get(enrollments.size() - 1));
  }
}
