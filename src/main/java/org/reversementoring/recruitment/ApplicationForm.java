package org.reversementoring.recruitment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.reversementoring.common.EmailAddress;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.Language;
import org.reversementoring.common.WeeklySlots;
import org.reversementoring.content.OfferedTopics;
import org.reversementoring.identity.PersonName;

/**
 * What an apprentice submits to apply; field names are the start form's keys. Year of birth and
 * weekly slots came after the brief's REST contract, so they are optional there (the form asks
 * for them): a mentor without them is left out of matching until they give them.
 */
public record ApplicationForm(
    @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
    String firstName,
    @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
    String lastName,
    @NotBlank(message = "must not be empty") @Size(max = 254, message = "must be at most 254 characters")
    @Email(regexp = EmailAddress.PATTERN, message = "must be a valid email address")
    String email,
    @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
    String occupation,
    @NotNull(message = "must be given") @Min(value = 1, message = "must be between 1 and 4")
    @Max(value = 4, message = "must be between 1 and 4")
    Integer trainingYear,
    @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
    String department,
    @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
    String location,
    @NotBlank(message = "must not be empty") @Size(max = 254, message = "must be at most 254 characters")
    @Email(regexp = EmailAddress.PATTERN, message = "must be a valid email address")
    String supervisorEmail,
    @NotEmpty(message = "choose at least one topic") @Size(max = 7, message = "choose at most 7 topics")
    List<String> topics,
    @NotBlank(message = "must not be empty") @Size(max = 2000, message = "must be at most 2000 characters")
    String motivation,
    @NotNull(message = "must be de or en") @Pattern(regexp = "de|en", message = "must be de or en")
    String language,
    Integer birthYear,
    @Size(max = 10, message = "choose at most 10 slots")
    List<String> availability,
    @AssertTrue(message = "must be accepted to apply")
    boolean privacyConsent) {


  /** Apprentices start at 14 at the earliest. */
  public static final int MINIMUM_AGE = 14;

  public static final int MAXIMUM_AGE = 70;

  /**
   * Checks that need more than one annotation: the topic catalogue, the two addresses, the year of
   * birth against the current year and the availability slots.
   */
  List<FieldError> crossFieldErrors(Year currentYear, OfferedTopics offered) {
    List<FieldError> errors = new ArrayList<>();
    if (topics != null) {
      offered.refusal(topics).ifPresent(refusal -> errors.add(new FieldError("topics", refusal)));
      if (topics.stream().distinct().count() != topics.size()) {
        errors.add(new FieldError("topics", "names a topic twice"));
      }
    }
    if (email != null && email.equalsIgnoreCase(supervisorEmail)) {
      errors.add(new FieldError("supervisorEmail", "must be your training supervisor's address, not yours"));
    }
    int earliest = currentYear.getValue() - MAXIMUM_AGE;
    int latest = currentYear.getValue() - MINIMUM_AGE;
    if (birthYear != null && (birthYear < earliest || birthYear > latest)) {
      errors.add(new FieldError("birthYear", "must be between " + earliest + " and " + latest));
    }
    WeeklySlots.check("availability", availability).ifPresent(errors::add);
    return errors;
  }

  /** This form under other names, e.g. those of the applicant's own account. */
  ApplicationForm withNames(PersonName name) {
    return new ApplicationForm(name.firstName(), name.lastName(), email, occupation, trainingYear, department,
        location, supervisorEmail, topics, motivation, language, birthYear, availability, privacyConsent);
  }

  String normalizedEmail() {
    return EmailAddress.normalized(email);
  }

  String normalizedSupervisorEmail() {
    return EmailAddress.normalized(supervisorEmail);
  }

  Language languageValue() {
    return Language.byCode(language).orElseThrow();
  }
}
