package org.reversementoring.academy;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.reversementoring.calendar.CalendarEvent;
import org.reversementoring.calendar.CalendarFiles;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.notification.MailAttachment;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.Mailer;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorApplication;
import org.reversementoring.recruitment.WithdrawLinks;
import org.springframework.stereotype.Service;

/**
 * Mails of the Academy qualification. Each step writes to the mentor and, where the issue asks
 * for it, a copy to the training supervisor and the coordinators: the supervisor releases the
 * apprentice from work, the coordinators follow up.
 */
@Service
public class AcademyMails {

  private final ApplicationService applications;
  private final SeatAllocation seats;
  private final ModuleSchedule schedule;
  private final AcademyProperties academy;
  private final CalendarFiles calendars;
  private final QualificationCertificate certificates;
  private final WithdrawLinks withdrawLinks;
  private final ParticipantDirectory participants;
  private final Mailer mailer;
  private final ProgramProperties properties;
  /** Module times are planned and shown in the program's zone. */
  private final ZoneId zone;

  public AcademyMails(ApplicationService applications, SeatAllocation seats, ModuleSchedule schedule,
      AcademyProperties academy, CalendarFiles calendars, QualificationCertificate certificates,
      WithdrawLinks withdrawLinks, ParticipantDirectory participants, Mailer mailer,
      ProgramProperties properties) {
    this.zone = properties.zone();
    this.applications = applications;
    this.seats = seats;
    this.schedule = schedule;
    this.academy = academy;
    this.calendars = calendars;
    this.certificates = certificates;
    this.withdrawLinks = withdrawLinks;
    this.participants = participants;
    this.mailer = mailer;
    this.properties = properties;
  }

  /**
   * @param moduleKey the module a reminder is about, else null
   * @param taskId    the task a mail asks to work on, else null
   */
  public void send(String template, long applicationId, Long enrollmentId, String moduleKey,
      String stepKey, String processInstanceId, String taskId) {
    MentorApplication application = applications.find(applicationId);
    Mentor mentor = application.getMentor();
    Enrollment enrollment = enrollmentId == null ? null : seats.find(enrollmentId);
    List<Object> args = List.of(application.getNumber(), mentor.getFullName(),
        enrollment == null ? "" : enrollment.getCohort().getName(),
        moduleKey == null ? "" : moduleName(moduleKey),
        enrollment == null ? "" : enrollment.getCohort().getLocation(),
        enrollment == null ? "" : dates(enrollment, mentor.getLanguage()));
    String taskUrl = taskId == null ? null : properties.taskUrl(taskId);
    String withdrawUrl = withdrawLinks.urlFor(application);
    List<MailAttachment> attachments = attachmentsFor(template, mentor, enrollment);

    switch (template) {
      case "academy-cohort-needed" -> mailer.send(new MailMessage(stepKey, template, coordinators(),
          "colleague", Language.EN, args, null, taskUrl, null, null, processInstanceId, taskId, List.of()));
      default -> {
        mailer.send(new MailMessage(stepKey, template, List.of(mentor.getEmail()), mentor.getFirstName(),
            mentor.getLanguage(), args, null, null, null, withdrawUrl, processInstanceId, null, attachments));
        if (!"academy-module-reminder".equals(template)) {
          List<String> copyTo = new ArrayList<>(List.of(mentor.getSupervisorEmail()));
          if (!"academy-invitation".equals(template) && !"academy-seat-released".equals(template)) {
            copyTo.addAll(coordinators());
          }
          // the copy carries the mentor's files: the supervisor files the certificate in the training record
          mailer.send(new MailMessage(stepKey + "/copy", template + "-copy", copyTo, "colleague",
              mentor.getLanguage(), args, null, null, null, null, processInstanceId, null, attachments));
        }
      }
    }
  }

  private List<MailAttachment> attachmentsFor(String template, Mentor mentor, Enrollment enrollment) {
    return switch (template) {
      case "academy-invitation" -> List.of(MailAttachment.calendarRequest(calendars.request(events(mentor, enrollment))));
      case "academy-seat-released" -> List.of(MailAttachment.calendarCancel(calendars.cancel(events(mentor, enrollment))));
      case "academy-qualified" -> List.of(new MailAttachment("qualification-certificate.pdf", "application/pdf",
          certificates.pdf(mentor.getFullName(), enrollment.getCohort().getName(),
              academy.modules().stream().map(AcademyModule::name).toList(),
              LocalDate.ofInstant(enrollment.getCompletedAt(), zone))));
      default -> List.of();
    };
  }

  /** One calendar entry per module of the enrollment; the UID stays the same for updates and cancellation. */
  private List<CalendarEvent> events(Mentor mentor, Enrollment enrollment) {
    AcademyCohort cohort = enrollment.getCohort();
    boolean online = cohort.getLocation().startsWith("http");
    return schedule.modulesFor(enrollment.getId()).stream()
        .map(key -> cohort.module(key).orElseThrow())
        .map(module -> new CalendarEvent(
            CalendarEvent.uidOf("academy", enrollment.getId(), module.getModuleKey()), 0,
            "Reverse Mentoring Academy: " + moduleName(module.getModuleKey()),
            cohort.getName() + ", trainer " + cohort.getTrainerName(),
            online ? null : cohort.getLocation(), online ? URI.create(cohort.getLocation()) : null,
            module.getStartsAt().atZone(zone), module.getEndsAt().atZone(zone),
            organizer(), List.of(mentor.getEmail(), mentor.getSupervisorEmail())))
        .toList();
  }

  /** The module dates in words, for readers whose mail program ignores the calendar file. */
  private String dates(Enrollment enrollment, Language language) {
    java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter
        .ofPattern(language == Language.DE ? "EEE d. MMMM yyyy, HH:mm" : "EEE d MMMM yyyy, HH:mm", language.locale());
    java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
    return schedule.modulesFor(enrollment.getId()).stream()
        .map(key -> enrollment.getCohort().module(key).orElseThrow())
        .map(module -> moduleName(module.getModuleKey()) + ": "
            + day.format(module.getStartsAt().atZone(zone)) + "–"
            + time.format(module.getEndsAt().atZone(zone)))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private CalendarEvent.Organizer organizer() {
    return CalendarEvent.Organizer.of(properties.mail().from());
  }

  private String moduleName(String moduleKey) {
    return academy.module(moduleKey).map(AcademyModule::name).orElse(moduleKey);
  }

  private List<String> coordinators() {
    List<String> members = participants.emailsOf(ProgramGroup.COORDINATORS);
    return members.isEmpty() ? List.of(properties.mail().coordinatorsAddress()) : members;
  }
}
