package org.reversementoring.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.InputValidator;
import org.reversementoring.common.ReferenceNumbers;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.content.TopicCatalogue;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers executives' enrollments and keeps the waitlist. Knows nothing of Camunda. */
@Service
@Transactional
public class MenteeService {

  static final String NUMBER_PREFIX = "RME";

  static final int REASON_MAX = 2000;

  private static final String ALREADY_OPEN =
      "there is already an open enrollment for this address; wait for its decision or for matching";

  private final MenteeRepository mentees;
  private final ReferenceNumbers numbers;
  private final InputValidator validator;
  private final Clock clock;
  private final TopicCatalogue topics;

  public MenteeService(MenteeRepository mentees, ReferenceNumbers numbers, InputValidator validator,
      Clock clock, TopicCatalogue topics) {
    this.topics = topics;
    this.mentees = mentees;
    this.numbers = numbers;
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * Validates and stores an enrollment. Refuses, naming the field, bad input and a second open
   * enrollment of the same address (field {@code email}); then nothing is stored and no number
   * is used up.
   */
  public RegisteredMentee register(MenteeForm form) {
    validator.validate(form);
    List<FieldError> errors = form.crossFieldErrors(Year.now(clock), topics.offeredCodes());
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    if (mentees.existsByOpenEmail(form.normalizedEmail())) {
      throw new RejectedInputException("email", ALREADY_OPEN);
    }
    Mentee mentee;
    try {
      // the unique open_email column decides between two simultaneous sign-ups
      mentee = mentees.saveAndFlush(new Mentee(numbers.next(NUMBER_PREFIX, 4), form, clock.instant()));
    } catch (DataIntegrityViolationException simultaneousEnrollment) {
      throw new RejectedInputException("email", ALREADY_OPEN);
    }
    return new RegisteredMentee(mentee.getId(), mentee.getNumber());
  }

  public void attachToProcess(long menteeId, String processInstanceId, String userId) {
    find(menteeId).attachToProcess(processInstanceId, userId);
  }

  /**
   * The coordinator confirmed: the mentee joins the waitlist. Returns the position on it (1 is
   * next). Confirming again returns the position without moving the mentee back.
   */
  public int confirm(long menteeId) {
    Mentee mentee = find(menteeId);
    if (mentee.getStatus() == MenteeStatus.REGISTERED) {
      mentee.changeStatus(MenteeStatus.WAITLISTED, null, clock.instant());
    } else if (mentee.getStatus() != MenteeStatus.WAITLISTED) {
      throw new IllegalStateException(mentee.getNumber() + " is " + mentee.getStatus() + ", cannot be confirmed");
    }
    return (int) mentees.countByStatusAndStatusChangedAtLessThanEqual(
        MenteeStatus.WAITLISTED, mentee.getStatusChangedAt());
  }

  /** The coordinator declined an open enrollment; the reason is kept. Declining twice is harmless. */
  public void decline(long menteeId, String reason) {
    String given = reason == null || reason.isBlank() ? null : reason.strip();
    if (given != null && given.length() > REASON_MAX) {
      throw new RejectedInputException("reason", "must be at most " + REASON_MAX + " characters");
    }
    Mentee mentee = find(menteeId);
    if (mentee.getStatus() == MenteeStatus.DECLINED) {
      return;
    }
    if (!mentee.getStatus().isOpen()) {
      throw new IllegalStateException(mentee.getNumber() + " is " + mentee.getStatus() + ", cannot be declined");
    }
    mentee.changeStatus(MenteeStatus.DECLINED, given, clock.instant());
  }

  /** Matching paired the waitlisted mentee with a mentor. Marking twice is harmless. */
  public void markMatched(long menteeId) {
    Mentee mentee = find(menteeId);
    if (mentee.getStatus() == MenteeStatus.MATCHED) {
      return;
    }
    if (mentee.getStatus() != MenteeStatus.WAITLISTED) {
      throw new IllegalStateException(mentee.getNumber() + " is " + mentee.getStatus() + ", cannot be matched");
    }
    mentee.changeStatus(MenteeStatus.MATCHED, null, clock.instant());
  }

  /**
   * A tandem of this mentee ended early for a rematch: they wait again, at the head of the
   * waitlist. The queue orders by status_changed_at, then id, so theirs is set a second before the
   * longest-waiting mentee's (or now, when nobody waits), and the open enrollment (open_email) is
   * theirs again. Returning twice is harmless. Should the person have enrolled again meanwhile,
   * that newer enrollment waits and this one stays as it is.
   */
  public void returnToWaitlistHead(long menteeId) {
    Mentee mentee = find(menteeId);
    if (mentee.getStatus() == MenteeStatus.WAITLISTED) {
      return;
    }
    if (mentee.getStatus() != MenteeStatus.MATCHED) {
      throw new IllegalStateException(mentee.getNumber() + " is " + mentee.getStatus() + ", cannot return to the waitlist");
    }
    if (mentees.existsByOpenEmail(mentee.getEmail())) {
      return;
    }
    Instant now = clock.instant();
    Instant head = waitlist().stream().findFirst().map(first -> first.getStatusChangedAt().minusSeconds(1))
        .filter(before -> before.isBefore(now)).orElse(now);
    mentee.returnToWaitlist(head);
  }

  /** The place of a waitlisted mentee in the queue, 1 being next. */
  @Transactional(readOnly = true)
  public int waitlistPosition(long menteeId) {
    Mentee mentee = find(menteeId);
    if (mentee.getStatus() != MenteeStatus.WAITLISTED) {
      throw new IllegalStateException(mentee.getNumber() + " is not on the waitlist");
    }
    return waitlist().stream().map(Mentee::getId).toList().indexOf(mentee.getId()) + 1;
  }

  @Transactional(readOnly = true)
  public Mentee find(long menteeId) {
    return mentees.findById(menteeId)
        .orElseThrow(() -> new IllegalArgumentException("No mentee with id " + menteeId));
  }

  /** The emails of these mentees, by id, in one query. */
  @Transactional(readOnly = true)
  public Map<Long, String> emailsOf(Collection<Long> menteeIds) {
    Map<Long, String> emails = new HashMap<>();
    mentees.findAllById(menteeIds).forEach(mentee -> emails.put(mentee.getId(), mentee.getEmail()));
    return emails;
  }

  @Transactional(readOnly = true)
  public Optional<Mentee> findByNumber(String number) {
    return mentees.findByNumber(number);
  }

  /** Waitlisted mentees, longest waiting first: the queue matching works through. */
  @Transactional(readOnly = true)
  public List<Mentee> waitlist() {
    return mentees.findByStatusOrderByStatusChangedAtAscIdAsc(MenteeStatus.WAITLISTED);
  }

  /** Everything stored about the executive behind this account, for them to download. */
  @Transactional(readOnly = true)
  public List<MenteeData> dataOf(String userId) {
    return mentees.findByUserIdOrderByRegisteredAtAsc(userId).stream().map(MenteeData::of).toList();
  }

  /** Erasure on the person's request: open enrollments end, personal data is replaced. */
  public void eraseOnRequest(String userId) {
    mentees.findByUserIdOrderByRegisteredAtAsc(userId).forEach(mentee -> mentee.anonymise(clock.instant()));
  }

  /**
   * Retention: anonymises enrollments declined or withdrawn before the cutoff. Matched executives
   * are kept while their tandem runs. Returns what else must go: account, mails, history.
   */
  public List<ErasedEnrollment> eraseClosedBefore(Instant cutoff) {
    return mentees.findByStatusInAndStatusChangedAtBeforeAndErasedAtIsNull(
            List.of(MenteeStatus.DECLINED, MenteeStatus.WITHDRAWN), cutoff).stream()
        .map(mentee -> {
          ErasedEnrollment erased = new ErasedEnrollment(mentee.getUserId(), mentee.getEmail(), mentee.getProcessInstanceId());
          mentee.anonymise(clock.instant());
          return erased;
        })
        .toList();
  }
}
