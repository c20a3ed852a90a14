package org.reversementoring.recruitment;

import java.util.stream.Collectors;
import org.reversementoring.common.Language;
import org.reversementoring.content.TopicNames;

/** The few lines a coordinator or supervisor reads before deciding. */
final class ApplicationSummary {

  private ApplicationSummary() {
  }

  static String of(MentorApplication application, TopicNames names) {
    Mentor mentor = application.getMentor();
    String topics = application.getTopicCodes().stream()
        .map(code -> names.name(code, Language.EN)).collect(Collectors.joining(", "));
    return application.getNumber() + ": " + mentor.getFullName() + " <" + mentor.getEmail() + ">\n"
        + mentor.getOccupation() + ", training year " + application.getTrainingYear() + ", "
        + mentor.getDepartment() + ", " + mentor.getLocation() + "\n"
        + "Topics: " + topics + "\n"
        + "Language: " + (mentor.getLanguage() == Language.DE ? "German" : "English") + "; training supervisor: "
        + mentor.getSupervisorEmail() + "\n"
        + "Motivation:\n" + application.getMotivation();
  }
}
