package org.reversementoring.content;

import org.reversementoring.common.Language;

/** One text in the program's two languages. */
public record Wording(String en, String de) {

  public String in(Language language) {
    return language == Language.DE ? de : en;
  }
}
