package org.reversementoring.common;

import java.util.Optional;

/** The language a person of the program reads, by their user id; empty for someone it does not know. */
public interface PersonLanguages {

  Optional<Language> of(String userId);
}
