package org.reversementoring.upgrade;

import java.util.List;

/**
 * An instance the old release was left in: the name of its wait state, the process it was started
 * as, its business key (call activities pass it on, so it finds the called instances too), and
 * what it waits for in the old model's words ("task Task_GiveSupervisorConsent", "timer
 * Timer_ConsentReminder", "job Task_ConfirmReceipt", "message SubstituteMentor").
 */
record WaitingInstance(String waitState, String processKey, String businessKey, List<String> waitsFor) {
}
