package org.reversementoring.enrollment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reversementoring.common.EmailAddress;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.Language;
import org.reversementoring.common.WeeklySlots;
import org.reversementoring.content.OfferedTopics;
import org.reversementoring.identity.PersonName;

/**
 * What an executive submits to enrol as mentee; field names are the start form's keys and the
 * {@code mentee-enrollment} start variables. {@code exclusions} may be missing (no one excluded).
 */
public record MenteeForm(
    @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
    String firstName,
    @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
    String lastName,
    @NotBlank(message = "must not be empty") @Size(max = 254, message = "must be at most 254 characters")
    @Email(regexp = EmailAddress.PATTERN, message = "must be a valid email address")
    String email,
    @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
    String department,
    @NotNull(message = MANAGEMENT_LEVEL_MESSAGE)
    @Pattern(regexp = MANAGEMENT_LEVELS, message = MANAGEMENT_LEVEL_MESSAGE)
    String managementLevel,
    @NotNull(message = "must be given")
    Integer birthYear,
    @NotEmpty(message = "choose at least one topic") @Size(max = 7, message = "choose at most 7 topics")
    List<String> topics,
    @NotNull(message = "must be de or en") @Pattern(regexp = "de|en", message = "must be de or en")
    String language,
    @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
    String location,
    @NotEmpty(message = "choose at least one slot") @Size(max = 10, message = "choose at most 10 slots")
    List<String> availability,
    @Size(max = 20, message = "name at most 20 people")
    List<String> exclusions) {

  /** The management levels the form offers, as codes. */
  public static final String MANAGEMENT_LEVELS = "team-lead|head-of-department|director|board";

  static final String MANAGEMENT_LEVEL_MESSAGE = "must be one of team-lead, head-of-department, director, board";

  public static final int EARLIEST_BIRTH_YEAR = 1940;

  public static final int MINIMUM_AGE = 18;

  private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(EmailAddress.PATTERN);

  /**
   * Checks that need more than one annotation: the topic catalogue, the year of birth against the
   * current year, the slots and the excluded addresses. Assumes the annotations passed.
   */
  public List<FieldError> crossFieldErrors(Year currentYear, OfferedTopics offered) {
    List<FieldError> errors = new ArrayList<>();
    if (topics != null) {
      offered.refusal(topics).ifPresent(refusal -> errors.add(new FieldError("topics", refusal)));
      if (topics.stream().distinct().count() != topics.size()) {
        errors.add(new FieldError("topics", "names a topic twice"));
      }
    }
    int latestBirthYear = currentYear.getValue() - MINIMUM_AGE;
    if (birthYear != null && (birthYear < EARLIEST_BIRTH_YEAR || birthYear > latestBirthYear)) {
      errors.add(new FieldError("birthYear",
          "must be between " + EARLIEST_BIRTH_YEAR + " and " + latestBirthYear));
    }
    WeeklySlots.check("availability", availability).ifPresent(errors::add);
    if (exclusions != null) {
      firstOf(exclusions, address -> !isEmail(address))
          .ifPresent(address -> errors.add(new FieldError("exclusions",
              "'" + address + "' is not a valid email address")));
      if (email != null && exclusions.stream()
          .anyMatch(address -> address != null && address.strip().equalsIgnoreCase(email.strip()))) {
        errors.add(new FieldError("exclusions", "must name other people, not yourself"));
      }
    }
    return errors;
  }

  /** The same form under the names the person is registered with. */
  public MenteeForm withNames(PersonName name) {
    return new MenteeForm(name.firstName(), name.lastName(), email, department, managementLevel, birthYear, topics,
        language, location, availability, exclusions);
  }

  String normalizedEmail() {
    return EmailAddress.normalized(email);
  }

  /** Excluded addresses lower-cased, each once, in the order given. */
  List<String> normalizedExclusions() {
    if (exclusions == null) {
      return List.of();
    }
    Set<String> unique = new LinkedHashSet<>();
    exclusions.stream().map(EmailAddress::normalized).forEach(unique::add);
    return List.copyOf(unique);
  }

  Language languageValue() {
    return Language.byCode(language).orElseThrow();
  }

  /** The first offending entry, written as text ("null" for a missing one). */
  private static java.util.Optional<String> firstOf(List<String> values,
      java.util.function.Predicate<String> offends) {
    for (String value : values) {
      if (offends.test(value)) {
        return java.util.Optional.of(String.valueOf(value));
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean isEmail(String address) {
    return address != null && address.strip().length() <= 254 && EMAIL.matcher(address.strip()).matches();
  }
}
