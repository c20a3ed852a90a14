package org.reversementoring.tandem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.tandem.TandemVariables;

/**
 * What the mentor agreed at the kickoff: two to four goals in words, the session cadence, the
 * number and length of sessions, and the vocational-school blocks or holidays to skip. Built
 * with {@link #of}, which refuses every bad field at once, naming it. Plain Java.
 *
 * @param goals        2-4 goals, each one line
 * @param cadenceWeeks weeks between sessions, 1-4
 * @param sessionCount sessions planned, 1-12
 * @param sessionMinutes minutes per session, 30-120
 * @param skipPeriods  periods without sessions, sorted, not overlapping
 */
public record GoalsAndCadence(List<String> goals, int cadenceWeeks, int sessionCount, int sessionMinutes,
    List<SkipPeriod> skipPeriods) {

  public static final int DEFAULT_CADENCE_WEEKS = 2;
  /** As in the source program: four sessions of one hour. */
  public static final int DEFAULT_SESSION_COUNT = 4;
  public static final int DEFAULT_SESSION_MINUTES = 60;

  public static final int MIN_GOALS = 2;
  public static final int MAX_GOALS = 4;
  public static final int MAX_GOAL_LENGTH = 300;
  public static final int MAX_TEXT_LENGTH = 2000;
  public static final int MAX_SKIP_PERIODS = 12;
  public static final int MAX_SKIP_DAYS = 92;

  // field names as the form and the REST API send them (TandemVariables)
  static final String GOALS = TandemVariables.GOALS.name();
  static final String CADENCE_WEEKS = TandemVariables.CADENCE_WEEKS.name();
  static final String SESSION_COUNT = TandemVariables.SESSION_COUNT.name();
  static final String SESSION_MINUTES = TandemVariables.SESSION_MINUTES.name();
  static final String SKIP_PERIODS = TandemVariables.SKIP_PERIODS.name();

  private static final Pattern PERIOD = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern BULLET = Pattern.compile("^(?:[-*\u2022]|\\d{1,2}[.)])\\s*");

  /** A vocational-school block or holiday, both days included. */
  public record SkipPeriod(LocalDate from, LocalDate to) {

    @Override
    public String toString() {
      return from + ".." + to;
    }
  }

  public GoalsAndCadence {
    goals = List.copyOf(goals);
    skipPeriods = List.copyOf(skipPeriods);
  }

  /**
   * Checks and normalises the mentor's input. Missing numbers take the defaults (every two weeks,
   * four sessions of 60 minutes); goals are one per line, blank lines and list bullets dropped;
   * skip periods are one {@code yyyy-mm-dd..yyyy-mm-dd} range per line.
   *
   * @throws RejectedInputException naming every refused field
   */
  public static GoalsAndCadence of(String goalsText, Integer cadenceWeeks, Integer sessionCount,
      Integer sessionMinutes, String skipPeriodsText) {
    List<FieldError> errors = new ArrayList<>();
    List<String> goals = goals(goalsText, errors);
    int cadence = number(CADENCE_WEEKS, cadenceWeeks, DEFAULT_CADENCE_WEEKS, 1, 4, errors);
    int count = number(SESSION_COUNT, sessionCount, DEFAULT_SESSION_COUNT, 1, 12, errors);
    int minutes = number(SESSION_MINUTES, sessionMinutes, DEFAULT_SESSION_MINUTES, 30, 120, errors);
    List<SkipPeriod> periods = skipPeriods(skipPeriodsText, errors);
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    return new GoalsAndCadence(goals, cadence, count, minutes, periods);
  }

  /** The goals as stored and shown: one per line. */
  public String goalsText() {
    return String.join("\n", goals);
  }

  /** The skip periods as stored and shown: one range per line, empty when there are none. */
  public String skipPeriodsText() {
    return skipPeriods.stream().map(SkipPeriod::toString).collect(Collectors.joining("\n"));
  }

  private static List<String> goals(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(GOALS, "must name " + MIN_GOALS + " to " + MAX_GOALS + " goals, one per line"));
      return List.of();
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      errors.add(new FieldError(GOALS, "must be at most " + MAX_TEXT_LENGTH + " characters"));
      return List.of();
    }
    List<String> goals = text.lines().map(String::strip).map(line -> BULLET.matcher(line).replaceFirst("").strip())
        .filter(line -> !line.isEmpty()).toList();
    if (goals.size() < MIN_GOALS || goals.size() > MAX_GOALS) {
      errors.add(new FieldError(GOALS, "must name " + MIN_GOALS + " to " + MAX_GOALS + " goals, one per line (found "
          + goals.size() + ")"));
    } else if (goals.stream().anyMatch(goal -> goal.length() > MAX_GOAL_LENGTH)) {
      errors.add(new FieldError(GOALS, "each goal must be at most " + MAX_GOAL_LENGTH + " characters"));
    } else if (goals.stream().map(String::toLowerCase).distinct().count() < goals.size()) {
      errors.add(new FieldError(GOALS, "names a goal twice"));
    }
    return goals;
  }

  private static int number(String field, Integer value, int defaultValue, int min, int max, List<FieldError> errors) {
    if (value == null) {
      return defaultValue;
    }
    if (value < min || value > max) {
      errors.add(new FieldError(field, "must be between " + min + " and " + max));
    }
    return value;
  }

  private static List<SkipPeriod> skipPeriods(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      errors.add(new FieldError(SKIP_PERIODS, "must be at most " + MAX_TEXT_LENGTH + " characters"));
      return List.of();
    }
    List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (lines.size() > MAX_SKIP_PERIODS) {
      errors.add(new FieldError(SKIP_PERIODS, "must list at most " + MAX_SKIP_PERIODS + " periods"));
      return List.of();
    }
    List<SkipPeriod> periods = new ArrayList<>();
    for (String line : lines) {
      Matcher matcher = PERIOD.matcher(line);
      if (!matcher.matches()) {
        errors.add(new FieldError(SKIP_PERIODS, "'" + shorten(line)
            + "' is not a period; write one per line as yyyy-mm-dd..yyyy-mm-dd, e.g. 2031-04-06..2031-04-17"));
        return List.of();
      }
      LocalDate from;
      LocalDate to;
      try {
        from = LocalDate.parse(matcher.group(1));
        to = LocalDate.parse(matcher.group(2));
      } catch (DateTimeParseException e) {
        errors.add(new FieldError(SKIP_PERIODS, "'" + shorten(line) + "' is not a real date"));
        return List.of();
      }
      if (to.isBefore(from)) {
        errors.add(new FieldError(SKIP_PERIODS, "'" + line + "' ends before it begins"));
        return List.of();
      }
      if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_SKIP_DAYS) {
        errors.add(new FieldError(SKIP_PERIODS, "'" + line + "' is longer than " + MAX_SKIP_DAYS + " days"));
        return List.of();
      }
      periods.add(new SkipPeriod(from, to));
    }
    periods.sort(Comparator.comparing(SkipPeriod::from));
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).from().isAfter(periods.get(i - 1).to())) {
        errors.add(new FieldError(SKIP_PERIODS, "'" + periods.get(i - 1) + "' and '" + periods.get(i) + "' overlap"));
        return List.of();
      }
    }
    return periods;
  }

  private static String shorten(String line) {
    return line.length() <= 40 ? line : line.substring(0, 40) + "…";
  }
}
