package org.reversementoring.worklist;

import static org.reversementoring.common.ProcessVariable.string;

import org.reversementoring.common.ProcessVariable;

/**
 * The variables every task of the program carries as its own (task-local), set when it is
 * created, so that Tasklist's filters show them beside each entry and its search finds them.
 */
public final class WorklistVariables {

  /** The case's number, its process instance's business key (RMA-…, RME-…, RMT-…, a cohort name). */
  public static final ProcessVariable<String> CASE_NUMBER = string("caseNumber");
  /**
   * The words a coordinator recognises the case by, e.g. "Lena Fischer · Aftersales · AI tools";
   * personal: kept while the task is open, never in the engine's history.
   */
  public static final ProcessVariable<String> CASE_LABEL = string("caseLabel");

  private WorklistVariables() {
  }
}
