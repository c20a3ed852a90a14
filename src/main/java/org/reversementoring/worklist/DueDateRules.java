package org.reversementoring.worklist;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The program's rules for when the tasks of the program office and its helpers (coordinators,
 * program organizers, Academy trainers, training supervisors) are due: the one place for these
 * periods. Every such task gets its due date from here when it is created; the models' reminder
 * and escalation timers read their periods from here ({@code ${dueDates.reminder('…')}}, {@code
 * ${dueDates.due('…')}}); the morning digest lists a task as escalated when its escalation
 * point passes. Participants' own tasks (apprentices, executives) have their reminders in the
 * models and no due date.
 *
 * <p>A staff task not listed (a step added to a model later) is due after {@link #DEFAULT}.
 */
@Component("dueDates")
public class DueDateRules {

  /** The groups whose tasks are due by these rules; a supervisor's task is listed by its key. */
  public static final Set<String> STAFF_GROUPS =
      Set.of("coordinators", "program-organizers", "academy-trainers", "training-supervisors");

  /** A staff task without a rule of its own: due after 5 days, escalated 2 days later. */
  public static final DueDateRule DEFAULT = new DueDateRule(days(5), null, days(2));

  private static final Map<String, DueDateRule> RULES = Map.ofEntries(
      // training supervisor: a reminder mail halfway; at the due date the coordinators chase it
      Map.entry("Task_GiveSupervisorConsent", new DueDateRule(days(10), days(5), days(0))),
      Map.entry("Task_ChaseSupervisorConsent", new DueDateRule(days(3), null, days(2))),
      Map.entry("Task_ReviewApplication", new DueDateRule(days(5), null, days(2))),
      // the interview has to be arranged and held first
      Map.entry("Task_RecordInterviewResult", new DueDateRule(days(14), null, days(3))),
      Map.entry("Task_ConfirmEnrollment", new DueDateRule(days(5), null, days(2))),
      Map.entry("Task_PlanCohort", new DueDateRule(days(7), null, days(3))),
      // the trainer records a module's result after the module has been held
      Map.entry("Task_RecordModuleResult", new DueDateRule(days(3), null, days(2))),
      // a reminder mail two days before the due date
      Map.entry("Task_ReviewMatchingProposal", new DueDateRule(days(5), days(3), days(2))),
      // program organizers: a reminder mail after two days to agree or re-plan a date; a chase
      // goes to the coordinators when it is due
      Map.entry("Task_AgreeKickoffDate", new DueDateRule(days(4), days(2), days(2))),
      Map.entry("Task_ReplanSession", new DueDateRule(days(4), days(2), days(2))),
      Map.entry("Task_ChaseSessionLog", new DueDateRule(days(7), null, days(0))),
      Map.entry("Task_ChaseMissingFeedback", new DueDateRule(days(3), null, days(0))),
      Map.entry("Task_FollowUpWithTandem", new DueDateRule(days(5), null, days(2))),
      Map.entry("Task_MidProgramCheckIn", new DueDateRule(days(14), null, days(7))),
      Map.entry("Task_ClarifyEarlyEnding", new DueDateRule(days(3), null, days(2))),
      Map.entry("Task_FollowUpMissingFeedback", new DueDateRule(days(5), null, days(2))),
      Map.entry("Task_ExtendOrClose", new DueDateRule(days(7), null, days(3))));

  /**
   * The rule of a task: its own, else the default when the task is offered to a staff group;
   * empty for a participant's task.
   */
  public Optional<DueDateRule> ruleFor(String taskKey, Collection<String> candidateGroups) {
    DueDateRule own = RULES.get(taskKey);
    if (own != null) {
      return Optional.of(own);
    }
    return candidateGroups.stream().anyMatch(STAFF_GROUPS::contains) ? Optional.of(DEFAULT) : Optional.empty();
  }

  /** The keys of the tasks with a rule of their own. */
  public Set<String> listedTasks() {
    return RULES.keySet();
  }

  /** For a model's escalation timer: the task's due period as an ISO 8601 duration ({@code P10D}). */
  public String due(String taskKey) {
    return listed(taskKey).due().toString();
  }

  /** For a model's reminder timer: when the reminder goes out, counted from the task's start. */
  public String reminder(String taskKey) {
    Period reminder = listed(taskKey).reminder();
    if (reminder == null) {
      throw new IllegalArgumentException("Task " + taskKey + " has no reminder in the due-date rules");
    }
    return reminder.toString();
  }

  private DueDateRule listed(String taskKey) {
    DueDateRule rule = RULES.get(taskKey);
    if (rule == null) {
      throw new IllegalArgumentException("Task " + taskKey + " has no rule of its own in the due-date rules");
    }
    return rule;
  }

  private static Period days(int days) {
    return Period.ofDays(days);
  }

  /**
   * When a task is due, reminded and escalated.
   *
   * @param due        after its creation, in the program's days (same local time)
   * @param reminder   after its creation, when the model reminds whoever must act; null for none
   * @param escalation after the due date, when it counts as escalated (the digest says so)
   */
  public record DueDateRule(Period due, Period reminder, Period escalation) {

    public Instant dueAt(Instant created, ZoneId zone) {
      return created.atZone(zone).plus(due).toInstant();
    }

    public Instant escalatesAt(Instant dueAt, ZoneId zone) {
      return dueAt.atZone(zone).plus(escalation).toInstant();
    }
  }
}
