package org.reversementoring.content;

/** What part of the program's content a change is about. */
public enum ContentKind {
  TOPIC, MODULE, NEWS, FAQ
}
