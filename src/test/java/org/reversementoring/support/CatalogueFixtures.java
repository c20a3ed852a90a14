package org.reversementoring.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reversementoring.academy.AcademyModule;
import org.reversementoring.common.Language;
import org.reversementoring.content.OfferedTopics;
import org.reversementoring.content.TopicNames;

/**
 * The program's content as a new installation has it (V14__program_content.sql), for tests
 * without a database: the seven topics of the integration contract and the three Academy modules.
 */
public final class CatalogueFixtures {

  private static final Map<String, List<String>> TOPIC_NAMES = new LinkedHashMap<>();

  static {
    TOPIC_NAMES.put("mobile-devices", List.of("Mobile devices", "Mobile Endgeräte"));
    TOPIC_NAMES.put("social-media", List.of("Social media", "Soziale Medien"));
    TOPIC_NAMES.put("connected-car", List.of("Connected car apps", "Connected-Car-Apps"));
    TOPIC_NAMES.put("ai-tools", List.of("AI tools", "KI-Werkzeuge"));
    TOPIC_NAMES.put("cyber-security", List.of("Cyber security", "Cybersicherheit"));
    TOPIC_NAMES.put("collaboration-tools", List.of("Collaboration tools", "Kollaborationswerkzeuge"));
    TOPIC_NAMES.put("online-payments", List.of("Online shopping and payments", "Online-Shopping und Bezahlen"));
  }

  /** The integration contract's topic codes, in the catalogue's order. */
  public static final List<String> TOPICS = List.copyOf(TOPIC_NAMES.keySet());

  public static final OfferedTopics OFFERED = new OfferedTopics(TOPICS, Set.of());

  public static final TopicNames NAMES = (code, language) -> TOPIC_NAMES.containsKey(code)
      ? TOPIC_NAMES.get(code).get(language == Language.DE ? 1 : 0) : code;

  public static final List<AcademyModule> MODULES = List.of(
      new AcademyModule("mentoring-basics", "Mentoring basics", Duration.ofHours(3)),
      new AcademyModule("teaching-adults", "Teaching adults and executives", Duration.ofHours(3)),
      new AcademyModule("communication-feedback", "Communication and feedback", Duration.ofHours(3)));

  private CatalogueFixtures() {
  }
}
