package org.reversementoring.enrollment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.reversementoring.common.Language;
import org.reversementoring.content.TopicNames;

/** The few lines a coordinator reads before confirming an enrollment. */
final class MenteeSummary {

  private static final Map<String, String> LEVELS = Map.of(
      "team-lead", "Team lead",
      "head-of-department", "Head of department",
      "director", "Director",
      "board", "Board member");

  private MenteeSummary() {
  }

  static String levelName(String code) {
    return LEVELS.getOrDefault(code, code);
  }

  static String of(Mentee mentee, TopicNames names) {
    List<String> topics = mentee.getTopicCodes();
    String ranked = IntStream.range(0, topics.size())
        .mapToObj(i -> (i + 1) + ". " + names.name(topics.get(i), Language.EN))
        .collect(Collectors.joining(", "));
    int excluded = mentee.getExclusions().size();
    return mentee.getNumber() + ": " + mentee.getFullName() + " <" + mentee.getEmail() + ">\n"
        + levelName(mentee.getManagementLevel()) + ", " + mentee.getDepartment() + ", "
        + mentee.getLocation() + ", born " + mentee.getBirthYear() + "\n"
        + "Topics (most wanted first): " + ranked + "\n"
        + "Language: " + (mentee.getLanguageValue() == Language.DE ? "German" : "English")
        + "; available: " + String.join(", ", mentee.getAvailability()) + "\n"
        + "Exclusions: " + (excluded == 0 ? "none" : excluded == 1 ? "1 person" : excluded + " people");
  }
}
