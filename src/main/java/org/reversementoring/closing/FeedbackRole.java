package org.reversementoring.closing;

/** Who gives a final feedback: the apprentice (mentor) or the executive (mentee). */
public enum FeedbackRole {
  MENTOR, MENTEE;

  /** "mentor" or "mentee", as BPMN fields name it. */
  public static FeedbackRole of(String name) {
    return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
  }
}
