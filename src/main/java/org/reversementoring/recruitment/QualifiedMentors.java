package org.reversementoring.recruitment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.reversementoring.common.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pool of mentors matching may pair: qualified, not erased, with year of birth and availability. */
@Service
@Transactional(readOnly = true)
public class QualifiedMentors {

  private final MentorRepository mentors;
  private final MentorApplicationRepository applications;

  public QualifiedMentors(MentorRepository mentors, MentorApplicationRepository applications) {
    this.mentors = mentors;
    this.applications = applications;
  }

  public List<QualifiedMentor> all() {
    return mentors.findByStatusAndErasedAtIsNullAndBirthYearIsNotNull(MentorStatus.QUALIFIED).stream()
        .filter(mentor -> !mentor.getAvailability().isEmpty())
        .map(this::toQualified)
        .filter(Objects::nonNull)
        .sorted(Comparator.comparingLong(QualifiedMentor::id))
        .toList();
  }

  private QualifiedMentor toQualified(Mentor mentor) {
    List<MentorApplication> selected = applications.findByMentorOrderBySubmittedAtAsc(mentor).stream()
        .filter(application -> application.getStatus() == ApplicationStatus.SELECTED)
        .toList();
    if (selected.isEmpty()) {
      return null;
    }
    List<String> topics = selected.get(selected.size() - 1).getTopics().stream().map(Topic::code).toList();
    return new QualifiedMentor(mentor.getId(), mentor.getEmail(), mentor.getFullName(),
        mentor.getDepartment(), mentor.getBirthYear(), topics, mentor.getLanguage().code(),
        mentor.getLocation(), mentor.getAvailability(), mentor.getSupervisorEmail(), mentor.getCapacity());
  }
}
