package org.reversementoring.content;

/** What a change did to an item. */
public enum ContentAction {
  ADDED, CHANGED, RETIRED, REINSTATED, REMOVED
}
