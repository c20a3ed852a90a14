package org.reversementoring.enrollment;

import java.time.Instant;
import java.util.List;

/** One enrollment as the executive may download it. */
public record MenteeData(String number, String status, String email, String firstName, String lastName,
    String department, String managementLevel, int birthYear, List<String> topics, String language,
    String location, List<String> availability, List<String> exclusions, Instant registeredAt,
    String decisionReason, String processInstanceId) {

  static MenteeData of(Mentee mentee) {
    return new MenteeData(mentee.getNumber(), mentee.getStatus().name(), mentee.getEmail(),
        mentee.getFirstName(), mentee.getLastName(), mentee.getDepartment(), mentee.getManagementLevel(),
        mentee.getBirthYear(), mentee.getTopicCodes(), mentee.getLanguage(), mentee.getLocation(),
        mentee.getAvailability(), mentee.getExclusions(), mentee.getRegisteredAt(),
        mentee.getDecisionReason(), mentee.getProcessInstanceId());
  }

  public boolean isOpen() {
    return MenteeStatus.valueOf(status).isOpen();
  }
}
