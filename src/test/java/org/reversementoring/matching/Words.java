package org.reversementoring.matching;

import java.util.List;
import org.reversementoring.common.Language;
import org.reversementoring.support.CatalogueFixtures;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The matching's words as the app has them (messages/matching), for tests without the app. */
final class Words {

  static final MatchingWords WORDS = new MatchingWords(messages(), CatalogueFixtures.NAMES);
  static final MatchingWords.In EN = WORDS.in(Language.EN);
  static final MatchingWords.In DE = WORDS.in(Language.DE);

  private Words() {
  }

  /** "id: reason" for each mentee left over, in English. */
  static List<String> unmatchedMentees(MatchingResult result) {
    return result.unmatchedMentees().stream().map(u -> u.menteeId() + ": " + EN.reason(u.reason())).toList();
  }

  /** "id, free places: reason" for each mentor with free places, in English. */
  static List<String> unmatchedMentors(MatchingResult result) {
    return result.unmatchedMentors().stream()
        .map(u -> u.mentorId() + ", " + u.freePlaces() + ": " + EN.reason(u.reason())).toList();
  }

  static List<String> english(List<Reason> reasons) {
    return reasons.stream().map(EN::reason).toList();
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages/matching");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
