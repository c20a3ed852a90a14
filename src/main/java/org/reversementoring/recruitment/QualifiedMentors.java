package org.reversementoring.recruitment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pool of mentors matching may pair: qualified, not erased, with year of birth and availability. */
@Service
@Transactional(readOnly = true)
public class QualifiedMentors {

  private final MentorApplicationRepository applications;

  public QualifiedMentors(MentorApplicationRepository applications) {
    this.applications = applications;
  }

  /** One query for the whole pool: a program with thousands of former mentors matches as fast. */
  public List<QualifiedMentor> all() {
    Map<Long, MentorApplication> latestSelected = new HashMap<>();
    for (MentorApplication application
        : applications.findWithMentorsInStatus(ApplicationStatus.SELECTED, MentorStatus.QUALIFIED)) {
      latestSelected.put(application.getMentor().getId(), application);
    }
    return latestSelected.values().stream()
        .filter(application -> !application.getMentor().getAvailability().isEmpty())
        .map(QualifiedMentors::toQualified)
        .sorted(Comparator.comparingLong(QualifiedMentor::id))
        .toList();
  }

  private static QualifiedMentor toQualified(MentorApplication application) {
    Mentor mentor = application.getMentor();
    List<String> topics = application.getTopicCodes();
    return new QualifiedMentor(mentor.getId(), mentor.getEmail(), mentor.getFullName(),
        mentor.getDepartment(), mentor.getBirthYear(), topics, mentor.getLanguage().code(),
        mentor.getLocation(), mentor.getAvailability(), mentor.getSupervisorEmail(), mentor.getCapacity());
  }
}
