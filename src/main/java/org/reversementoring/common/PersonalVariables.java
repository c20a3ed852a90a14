package org.reversementoring.common;

import java.util.Set;

/**
 * Process variables of one capability that hold personal data or free text. They live in the
 * domain tables, which withdrawal and retention clean; the engine's history never records them.
 */
public interface PersonalVariables {

  Set<String> names();
}
