package org.reversementoring.academy;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/** Dates and modules the qualification model asks for in its timer and loop expressions. */
@Component("moduleSchedule")
public class ModuleSchedule {

  static final Duration REMINDER_BEFORE = Duration.ofDays(2);

  private final SeatAllocation seats;
  private final ModuleResults results;

  public ModuleSchedule(SeatAllocation seats, ModuleResults results) {
    this.seats = seats;
    this.results = results;
  }

  /**
   * The modules of this enrollment: all of them, or on a retake the failed ones. The engine
   * evaluates this again for every pass of the sequential loop, so it must not change meanwhile.
   */
  public List<String> modulesFor(Long enrollmentId) {
    return results.modulesToTake(enrollmentId);
  }

  public Date reminderAt(Long enrollmentId, String moduleKey) {
    return Date.from(module(enrollmentId, moduleKey).getStartsAt().minus(REMINDER_BEFORE));
  }

  public Date endsAt(Long enrollmentId, String moduleKey) {
    return Date.from(module(enrollmentId, moduleKey).getEndsAt());
  }

  private CohortModule module(Long enrollmentId, String moduleKey) {
    return seats.find(enrollmentId).getCohort().module(moduleKey).orElseThrow();
  }
}
