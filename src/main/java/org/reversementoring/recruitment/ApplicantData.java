package org.reversementoring.recruitment;

import java.time.Instant;
import java.util.List;

/** Everything the program stores about an applicant, as they may download it. */
public record ApplicantData(
    String email,
    String firstName,
    String lastName,
    String occupation,
    String department,
    String location,
    String language,
    String supervisorEmail,
    Integer birthYear,
    List<String> availability,
    String mentorStatus,
    List<Application> applications) {

  public record Application(
      String number,
      String status,
      String statusDescription,
      Instant submittedAt,
      Instant statusChangedAt,
      int trainingYear,
      List<String> topics,
      String motivation,
      String decisionReason) {
  }

  static ApplicantData of(Mentor mentor, List<MentorApplication> applications) {
    return new ApplicantData(mentor.getEmail(), mentor.getFirstName(), mentor.getLastName(),
        mentor.getOccupation(), mentor.getDepartment(), mentor.getLocation(),
        mentor.getLanguage().code(), mentor.getSupervisorEmail(), mentor.getBirthYear(),
        mentor.getAvailability(), mentor.getStatus().name(),
        applications.stream().map(a -> new Application(a.getNumber(), a.getStatus().name(),
            a.getStatus().description(), a.getSubmittedAt(), a.getStatusChangedAt(),
            a.getTrainingYear(), a.getTopicCodes(),
            a.getMotivation(), a.getDecisionReason())).toList());
  }
}
