package org.reversementoring.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;
import org.springframework.stereotype.Component;

/** Checks the matching start form: a cohort name and a tandem start date not in the past. */
@Component
public class MatchingPlans {

  /** The start form's fields, as refusals name them. */
  public static final String COHORT_NAME = "cohortName";
  public static final String TANDEM_START_DATE = "tandemStartDate";
  static final int MAX_NAME = 100;

  private final Clock clock;

  public MatchingPlans(Clock clock) {
    this.clock = clock;
  }

  public MatchingPlan check(Object cohortName, Object startDate) {
    List<FieldError> errors = new ArrayList<>();
    String name = cohortName == null ? "" : cohortName.toString().strip();
    if (name.isEmpty()) {
      errors.add(new FieldError(COHORT_NAME, "must not be empty"));
    } else if (name.length() > MAX_NAME) {
      errors.add(new FieldError(COHORT_NAME, "must be at most " + MAX_NAME + " characters"));
    }
    LocalDate startsOn = null;
    String date = startDate == null ? "" : startDate.toString().strip();
    try {
      startsOn = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
      // the clock's zone is the program's: today in Berlin, not on the server
      if (startsOn.isBefore(LocalDate.now(clock))) {
        errors.add(new FieldError(TANDEM_START_DATE, "must be today or later"));
      }
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(TANDEM_START_DATE, "must be a date like 2027-03-01"));
    }
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    return new MatchingPlan(name, startsOn);
  }
}
