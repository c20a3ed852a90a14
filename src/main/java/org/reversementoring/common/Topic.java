package org.reversementoring.common;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one catalogue of digital topics, used by mentors, mentees, matching and reports. */
public enum Topic {
  MOBILE_DEVICES("mobile-devices", "Mobile devices", "Mobile Endgeräte"),
  SOCIAL_MEDIA("social-media", "Social media", "Soziale Medien"),
  CONNECTED_CAR("connected-car", "Connected car apps", "Connected-Car-Apps"),
  AI_TOOLS("ai-tools", "AI tools", "KI-Werkzeuge"),
  CYBER_SECURITY("cyber-security", "Cyber security", "Cybersicherheit"),
  COLLABORATION_TOOLS("collaboration-tools", "Collaboration tools", "Kollaborationswerkzeuge"),
  ONLINE_PAYMENTS("online-payments", "Online shopping and payments", "Online-Shopping und Bezahlen");

  private final String code;
  private final String englishName;
  private final String germanName;

  Topic(String code, String englishName, String germanName) {
    this.code = code;
    this.englishName = englishName;
    this.germanName = germanName;
  }

  public String code() {
    return code;
  }

  public String displayName(Language language) {
    return language == Language.DE ? germanName : englishName;
  }

  private static final Map<String, Topic> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Topic::code, topic -> topic));

  public static Optional<Topic> byCode(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }
}
