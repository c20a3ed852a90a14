package org.reversementoring.content;

import org.reversementoring.common.Language;

/** A topic's name by its code, retired topics included; an unknown code stays as it is. */
@FunctionalInterface
public interface TopicNames {

  String name(String code, Language language);
}
