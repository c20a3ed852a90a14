package org.reversementoring.privacy;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.reversementoring.academy.ModuleResults;
import org.reversementoring.enrollment.ErasedEnrollment;
import org.reversementoring.enrollment.MenteeData;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.identity.AccountActivation;
import org.reversementoring.identity.CompanyAccounts;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.notification.NotificationRepository;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.ErasedPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person: anonymises their records as apprentice and as executive (statistics stay),
 * removes the free text of their tandems (goals, notes, comments, check-in remarks; a running
 * tandem ends), deletes their account, the
 * engine's history of their cases and the log of mails sent to them. Runs on their request and,
 * for closed cases, after the retention period.
 */
@Service
public class PersonalDataErasure {

  private final ApplicationService applications;
  private final MenteeService mentees;
  private final ParticipantDirectory participants;
  private final AccountActivation activation;
  private final CompanyAccounts companyAccounts;
  private final ModuleResults moduleResults;
  private final NotificationRepository notifications;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final RetentionProperties retention;
  private final TandemRecords tandems;
  private final IdentityService identity;
  private final Clock clock;

  PersonalDataErasure(ApplicationService applications, MenteeService mentees, ParticipantDirectory participants,
      AccountActivation activation, ModuleResults moduleResults, NotificationRepository notifications, RuntimeService runtime, HistoryService history,
      RetentionProperties retention, TandemRecords tandems, Clock clock, CompanyAccounts companyAccounts,
      IdentityService identity) {
    this.identity = identity;
    this.companyAccounts = companyAccounts;
    this.tandems = tandems;
    this.applications = applications;
    this.mentees = mentees;
    this.participants = participants;
    this.activation = activation;
    this.moduleResults = moduleResults;
    this.notifications = notifications;
    this.runtime = runtime;
    this.history = history;
    this.retention = retention;
    this.clock = clock;
  }

  /** Erases everyone whose cases closed longer ago than the retention period. */
  @Transactional
  public int eraseExpired() {
    java.time.Instant cutoff = clock.instant().minus(retention.closedCases());
    List<ErasedPerson> erased = applications.eraseClosedBefore(cutoff);
    erased.forEach(this::removeTraces);
    List<ErasedEnrollment> enrollments = mentees.eraseClosedBefore(cutoff);
    for (ErasedEnrollment enrollment : enrollments) {
      deleteHistory(java.util.Collections.singletonList(enrollment.processInstanceId()));
      // someone who enrolled again keeps the account and the log of that enrollment
      if (enrollment.userId() != null && mentees.dataOf(enrollment.userId()).isEmpty()) {
        notifications.deleteByRecipients(enrollment.email());
        removeAccount(enrollment.userId());
      }
    }
    return erased.size() + enrollments.size();
  }

  /**
   * Erases the person behind this account now, as apprentice and as executive. Cases still
   * running end without further mail. Returns the numbers of the cases that were ended, or
   * empty if the account has no records.
   */
  @Transactional
  public java.util.Optional<List<String>> eraseOnRequest(String userId) {
    List<MenteeData> enrollments = mentees.dataOf(userId);
    List<String> open = runningCasesOf(userId);
    open.forEach(number -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).list()
        // a tandem's closing runs under the same number and goes with its lifecycle
        .forEach(instance -> runtime.deleteProcessInstanceIfExists(instance.getId(), "Erased at the person's request",
            false, true, false, false)));

    tandems.eraseFreeText(userId, clock.instant());
    java.util.Optional<ErasedPerson> erased = applications.eraseOnRequest(userId);
    erased.ifPresent(this::removeTraces);
    if (!enrollments.isEmpty()) {
      mentees.eraseOnRequest(userId);
      deleteHistory(enrollments.stream().map(MenteeData::processInstanceId).toList());
      enrollments.stream().map(MenteeData::email).distinct().forEach(notifications::deleteByRecipients);
      removeAccount(userId);
    }
    return erased.isPresent() || !enrollments.isEmpty() ? java.util.Optional.of(open) : java.util.Optional.empty();
  }

  /**
   * {@link #eraseOnRequest} for the person asking, who may not end their own cases or delete
   * their account in the engine: having checked who asks, the program takes these steps on their
   * behalf (without the engine's current authentication, which is theirs).
   */
  @Transactional
  public java.util.Optional<List<String>> eraseOnTheirBehalf(String userId) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return eraseOnRequest(userId);
    } finally {
      identity.setAuthentication(caller);
    }
  }

  /** The numbers of the person's applications, enrollments and tandems that still run. */
  @Transactional(readOnly = true)
  public List<String> runningCasesOf(String userId) {
    List<String> open = new java.util.ArrayList<>(applications.openApplicationsOf(userId));
    mentees.dataOf(userId).stream().filter(MenteeData::isOpen).map(MenteeData::number).forEach(open::add);
    open.addAll(tandems.runningTandemNumbers(userId));
    return open;
  }

  private void removeTraces(ErasedPerson person) {
    deleteHistory(person.processInstanceIds());
    moduleResults.eraseRemarksOf(person.mentorId());
    tandems.eraseFreeTextOfMentor(person.mentorId(), clock.instant());
    removeAccount(person.userId());
    notifications.deleteByRecipients(person.email());
  }

  /** The engine's history of the person's ended cases. */
  private void deleteHistory(List<String> processInstanceIds) {
    List<String> ended = processInstanceIds.stream().filter(java.util.Objects::nonNull)
        .filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() == 0)
        .toList();
    if (!ended.isEmpty()) {
      history.deleteHistoricProcessInstancesIfExists(ended);
    }
  }

  /** The account goes with its activation links and its company sign-on link. */
  private void removeAccount(String userId) {
    activation.forget(userId);
    companyAccounts.unlink(userId);
    participants.removeParticipant(userId);
  }
}
