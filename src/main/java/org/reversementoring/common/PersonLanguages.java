package org.reversementoring.common;

import java.util.Optional;

/** The language a person of the program reads, by their user id; empty for someone it does not know. */
public interface PersonLanguages {

  Optional<Language> of(String userId);

  /**
   * The language the person chose themselves (in an application, an enrollment or on their
   * program page), never one taken from someone else; empty while they chose none.
   */
  Optional<Language> chosen(String userId);
}
