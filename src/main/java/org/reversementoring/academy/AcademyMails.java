package org.reversementoring.academy;

import static org.reversementoring.academy.AcademyVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reversementoring.calendar.AcademyModuleEvents;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.Addressees;
import org.reversementoring.notification.MailAttachment;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.ProcessMails;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.recruitment.MentorApplication;
import org.reversementoring.recruitment.WithdrawLinks;
import org.springframework.stereotype.Service;

/**
 * Mails of the Academy qualification. The model names the recipients: the {@code mentor} alone,
 * the {@code mentor-and-supervisor} or the {@code mentor-supervisor-and-coordinators} (the
 * others get a copy, template {@code <template>-copy}: the supervisor releases the apprentice
 * from work, the coordinators follow up), or the {@code coordinators} (a task waits for them).
 * Placeholders: {0} application number, {1} mentor's name, {2} cohort, {3} module, {4} cohort's
 * location, {5} module dates in words. The mentor's mails carry the withdraw link; the copies
 * carry the mentor's files too (the supervisor files the certificate in the training record).
 *
 * <p>Step keys: a mail step of the model is passed once per enrollment (retakes) and per module
 * (the loop), so its key ends in {@code /<enrollmentId>/<moduleKey>} ({@code null} for either
 * when there is none), the copy's in {@code /copy} after that.
 */
@Service
public class AcademyMails implements ProcessMails {

  static final String INVITATION_TEMPLATE = "academy-invitation";
  static final String SEAT_RELEASED_TEMPLATE = "academy-seat-released";
  static final String QUALIFIED_TEMPLATE = "academy-qualified";
  static final String CERTIFICATE_FILE = "qualification-certificate.pdf";

  private final ApplicationService applications;
  private final SeatAllocation seats;
  private final ModuleSchedule schedule;
  private final AcademyModules academy;
  private final AcademyModuleEvents calendar;
  private final QualificationCertificate certificates;
  private final WithdrawLinks withdrawLinks;
  private final Addressees addressees;
  /** Module times are planned and shown in the program's zone. */
  private final ZoneId zone;

  public AcademyMails(ApplicationService applications, SeatAllocation seats, ModuleSchedule schedule,
      AcademyModules academy, AcademyModuleEvents calendar, QualificationCertificate certificates,
      WithdrawLinks withdrawLinks, Addressees addressees, ProgramProperties properties) {
    this.applications = applications;
    this.seats = seats;
    this.schedule = schedule;
    this.academy = academy;
    this.calendar = calendar;
    this.certificates = certificates;
    this.withdrawLinks = withdrawLinks;
    this.addressees = addressees;
    this.zone = properties.zone();
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(PROCESS_KEY, PLAN_PROCESS_KEY);
  }

  @Override
  public List<MailMessage> mails(MailStep step) {
    Map<String, Object> variables = step.variables();
    MentorApplication application = applications.find(APPLICATION_ID.from(variables));
    Long enrollmentId = ENROLLMENT_ID.optionalFrom(variables).orElse(null);
    String moduleKey = MODULE_KEY.optionalFrom(variables).orElse(null);
    Enrollment enrollment = enrollmentId == null ? null : seats.find(enrollmentId);
    Letter letter = letter(step.template(), application, enrollment, moduleKey);
    if ("coordinators".equals(step.recipient())) {
      return step.mail().toEach(addressees.coordinators(), letter::args);
    }
    MailMessage.Builder toMentor = step.mail().keyPart(enrollmentId).keyPart(moduleKey);
    Mentor mentor = application.getMentor();
    // the supervisor's copy in their language, the program office's in each language its members read
    MailMessage supervisorCopy = letter.copy(copy(step, enrollmentId, moduleKey),
        List.of(mentor.getSupervisorEmail()), supervisorLanguage(mentor));
    return switch (step.recipient()) {
      case "mentor" -> List.of(letter.toMentor(toMentor));
      case "mentor-and-supervisor" -> List.of(letter.toMentor(toMentor), supervisorCopy);
      case "mentor-supervisor-and-coordinators" -> Stream.concat(Stream.of(letter.toMentor(toMentor), supervisorCopy),
          letter.copies(() -> copy(step, enrollmentId, moduleKey).keyPart("office"), addressees.coordinators()).stream())
          .toList();
      default -> throw step.unknownRecipient();
    };
  }

  private static MailMessage.Builder copy(MailStep step, Long enrollmentId, String moduleKey) {
    return MailMessage.builder(step.key(), step.template() + "-copy")
        .keyPart(enrollmentId).keyPart(moduleKey).keyPart("copy").processInstance(step.processInstanceId());
  }

  /**
   * The mails of a seat given back on withdrawal, a step of {@code mentor-recruitment}: to the
   * mentor, and a copy to the supervisor, each with the file that cancels the module dates.
   */
  public List<MailMessage> seatReleased(MentorApplication application, Enrollment enrollment, String stepKey,
      String processInstanceId) {
    Letter letter = letter(SEAT_RELEASED_TEMPLATE, application, enrollment, null);
    return List.of(
        letter.toMentor(MailMessage.builder(stepKey, SEAT_RELEASED_TEMPLATE).processInstance(processInstanceId)),
        letter.copy(MailMessage.builder(stepKey, SEAT_RELEASED_TEMPLATE + "-copy").keyPart("copy")
            .processInstance(processInstanceId), List.of(application.getMentor().getSupervisorEmail()),
            supervisorLanguage(application.getMentor())));
  }

  /** The supervisor's own language, else their apprentice's. */
  private Language supervisorLanguage(Mentor mentor) {
    return addressees.supervisorLanguage(mentor.getSupervisorEmail(), mentor.getLanguage());
  }

  /** What the mentor's mail and its copy share; the words (the dates) in the reader's language. */
  private record Letter(Mentor mentor, Function<Language, List<Object>> words, String withdrawUrl,
      Function<Language, List<MailAttachment>> files) {

    List<Object> args(Language language) {
      return words.apply(language);
    }

    MailMessage toMentor(MailMessage.Builder mail) {
      return mail.to(Addressee.named(mentor.getEmail(), mentor.getFirstName(), mentor.getLanguage()))
          .args(args(mentor.getLanguage())).withdrawUrl(withdrawUrl).attachments(files.apply(mentor.getLanguage())).build();
    }

    /** One copy per language the group reads. */
    List<MailMessage> copies(Supplier<MailMessage.Builder> mail, List<Addressee> groups) {
      return groups.stream().map(group -> copy(mail.get().toGroup(group), group.to(), group.language()))
          .toList();
    }

    /** Without the mentor's links, with the mentor's files (a calendar file in the readers' language). */
    MailMessage copy(MailMessage.Builder mail, List<String> readers, Language language) {
      return mail.to(Addressee.colleagues(readers, language)).args(args(language)).attachments(files.apply(language))
          .build();
    }
  }

  private Letter letter(String template, MentorApplication application, Enrollment enrollment, String moduleKey) {
    Mentor mentor = application.getMentor();
    Function<Language, List<Object>> args = language -> List.of(application.getNumber(), mentor.getFullName(),
        enrollment == null ? "" : enrollment.getCohort().getName(),
        moduleKey == null ? "" : academy.moduleName(moduleKey, mentor.getLanguage()),
        enrollment == null ? "" : enrollment.getCohort().getLocation(),
        enrollment == null ? "" : dates(enrollment, language));
    return new Letter(mentor, args, withdrawLinks.urlFor(application), files(template, mentor, enrollment));
  }

  /**
   * The files of a mail, by the language it is read in: a calendar file in the reader's; the
   * certificate, made once, is the mentor's, in theirs.
   */
  private Function<Language, List<MailAttachment>> files(String template, Mentor mentor, Enrollment enrollment) {
    return switch (template) {
      case INVITATION_TEMPLATE -> language -> List.of(MailAttachment.calendarRequest(
          calendar.invitation(seat(mentor, enrollment, language), language)));
      case SEAT_RELEASED_TEMPLATE -> language -> List.of(MailAttachment.calendarCancel(
          calendar.cancellation(seat(mentor, enrollment, language), language)));
      case QUALIFIED_TEMPLATE -> {
        List<MailAttachment> certificate = List.of(new MailAttachment(CERTIFICATE_FILE, "application/pdf",
            certificates.pdf(mentor.getFullName(), enrollment.getCohort().getName(),
                academy.namesOf(enrollment.getCohort(), mentor.getLanguage()),
                LocalDate.ofInstant(enrollment.getCompletedAt(), zone), mentor.getLanguage())));
        yield language -> certificate;
      }
      default -> language -> List.of();
    };
  }

  /** The mentor's seat as the calendar sees it: mentor and supervisor invited, module names in this language. */
  private AcademyModuleEvents.Seat seat(Mentor mentor, Enrollment enrollment, Language language) {
    AcademyCohort cohort = enrollment.getCohort();
    return new AcademyModuleEvents.Seat(enrollment.getId(), cohort.getName(), cohort.getTrainerName(),
        cohort.getLocation(), modulesOf(enrollment).stream()
            .map(module -> new AcademyModuleEvents.Module(module.getModuleKey(),
                academy.moduleName(module.getModuleKey(), language), module.getStartsAt(),
                module.getEndsAt()))
            .toList(),
        List.of(mentor.getEmail(), mentor.getSupervisorEmail()));
  }

  /** The module dates in words, for readers whose mail program ignores the calendar file. */
  private String dates(Enrollment enrollment, Language language) {
    DateTimeFormatter day = DateTimeFormatter
        .ofPattern(language == Language.DE ? "EEE d. MMMM yyyy, HH:mm" : "EEE d MMMM yyyy, HH:mm", language.locale());
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
    return modulesOf(enrollment).stream()
        .map(module -> academy.moduleName(module.getModuleKey(), language) + ": "
            + day.format(module.getStartsAt().atZone(zone)) + "–"
            + time.format(module.getEndsAt().atZone(zone)))
        .collect(Collectors.joining("; "));
  }

  /** The modules the mentor takes in this enrollment, in the order they are held. */
  private List<CohortModule> modulesOf(Enrollment enrollment) {
    return schedule.modulesFor(enrollment.getId()).stream()
        .map(key -> enrollment.getCohort().module(key).orElseThrow())
        .toList();
  }
}
