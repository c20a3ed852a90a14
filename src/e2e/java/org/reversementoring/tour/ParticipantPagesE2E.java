package org.reversementoring.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.reversementoring.academy.AcademyVariables;
import org.reversementoring.common.Language;
import org.reversementoring.enrollment.EnrollmentVariables;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.matching.MatchingResult;
import org.reversementoring.matching.Proposal;
import org.reversementoring.matching.Reason;
import org.reversementoring.matching.process.TandemFormation;
import org.reversementoring.participant.PersonLanguage;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemService;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The participants' own pages (My program) in headless Chromium against the demo app, each person
 * in their language: Marc, a German executive, logs in once, reads his page in German, follows the
 * link in his mail to the German form, confirms his kickoff and sees his tandem running; Zoë, an
 * English apprentice, sees her Academy dates and downloads them as a calendar file; Sven, a German
 * training supervisor, sees Lena's status and consents from his page. What leads up to each step
 * (applications, enrollments, the tandem matching hands over) runs through the processes' Java API.
 * Screenshots in target/e2e/ParticipantPagesE2E/.
 */
class ParticipantPagesE2E extends DemoAppBrowserTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter PAGE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private static final String MARC = "marc.weber@example.com";
  private static final String ZOE = "zoe.lukasiewicz-mueller@example.com";
  private static final String LENA = "lena.fischer@example.com";
  private static final String SVEN = "sven.vogel@example.com";
  private static final String GRACE = "grace.miller@example.com";

  @Autowired PersonLanguage languages;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired TandemService tandems;
  @Autowired TandemFormation formation;

  @Test
  void aGermanExecutiveConfirmsHisKickoffFromTheMailAndSeesHisTandemRunWithoutLoggingInAgain() {
    languages.change("marc", Language.DE);
    Tandem tandem = marcsTandemWaitingForHisConfirmation();

    programPage.open();
    browser.logIn("marc");
    assertThat(programPage.title()).isEqualTo("Mein Programm");
    assertThat(programPage.greeting()).startsWith("Hallo Marc");
    assertThat(programPage.headings()).contains("Ihre offenen Aufgaben", "Ihre Anmeldung als Führungskraft",
        "Wo Sie stehen", "Ihr Tandem " + tandem.getNumber());
    assertThat(programPage.openTasks()).containsExactly("Kickoff bestätigen");
    assertThat(programPage.section("executive")).contains("Stand: Einem Mentor zugeordnet", "Ihr Mentor: Jonas Keller",
        "Auftakt: Ziele und Rhythmus vereinbaren");
    assertThat(programPage.stateOf("Tandem mit Jonas Keller")).isEqualTo("jetzt");
    browser.screenshot("01-marc-program-page-kickoff");

    mailbox.open();
    assertThat(mailbox.subjectsTo(MARC)).contains("Bitte bestätigen Sie die Ziele Ihres Tandems " + tandem.getNumber());
    browser.screenshot("02-marc-mailbox");
    mailbox.followTaskLink(MARC, "Bitte bestätigen Sie die Ziele Ihres Tandems");

    assertThat(tasklist.taskName()).as("the link opens his task, named in his German, no login on the way")
        .isEqualTo("Kickoff bestätigen");
    assertThat(tasklist.formHeading()).isEqualTo("Kickoff bestätigen");
    assertThat(tasklist.labels()).contains("Ziele und Rhythmus", "Ihre Antwort", "Ziele und Rhythmus bestätigen",
        "Den Mentor um Änderungen bitten");
    assertThat(tasklist.value("Ziele und Rhythmus")).contains("Termine: 4 zu je 60 Minuten, alle 2 Wochen",
        "Ziele:\n- Mit KI-Werkzeugen Protokolle schreiben\n- Einen Teamkanal moderieren", "Ohne Termine: (keine)");
    tasklist.choose("Ziele und Rhythmus bestätigen");
    browser.screenshot("03-marc-confirms-kickoff-in-german");
    tasklist.complete();
    jobExecutorDone();

    tasklist.backToProgramPage();
    assertThat(programPage.title()).as("still logged in").isEqualTo("Mein Programm");
    assertThat(programPage.openTasks()).isEmpty();
    assertThat(programPage.section("tasks")).contains("Keine offenen Aufgaben.");
    assertThat(programPage.section("executive")).contains("Treffen laufen", "Ziele",
        "Mit KI-Werkzeugen Protokolle schreiben", "Einen Teamkanal moderieren", "Alle 2 Wochen, 60 Minuten",
        "Treffen: 0 gehalten, 4 geplant", "Nächstes Treffen");
    assertThat(programPage.stateOf("Tandem mit Jonas Keller")).isEqualTo("erledigt");
    assertThat(programPage.stateOf("Treffen 1")).isEqualTo("jetzt");
    browser.screenshot("04-marc-program-page-tandem-running");
  }

  @Test
  void anApprenticeSeesHerAcademyDatesAndDownloadsThemAsACalendarFile() throws IOException {
    languages.change("zoe", Language.EN);
    LocalDateTime firstModule = LocalDate.now(BERLIN).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
        .atTime(9, 0);
    planAcademyCohort(firstModule);
    Map<String, Object> application = ApplicationFixtures.application(ZOE, GRACE);
    participants().selectedApprentice(application);

    programPage.open();
    browser.logIn("zoe");
    assertThat(programPage.title()).isEqualTo("My program");
    assertThat(programPage.section("apprentice")).contains("Status: Selected as mentor");
    assertThat(programPage.headings()).contains("Academy dates");
    assertThat(programPage.academyDates()).containsExactly(
        module("Mentoring basics", firstModule),
        module("Teaching adults and executives", firstModule.plusWeeks(1)),
        module("Communication and feedback", firstModule.plusWeeks(2)));
    assertThat(programPage.stateOf("Academy: Mentoring basics")).isEqualTo("now");
    browser.screenshot("05-zoe-academy-dates");

    assertThat(programPage.calendarLink()).isEqualTo("Download all your coming dates (calendar file)");
    String calendar = Files.readString(programPage.downloadCalendar(), StandardCharsets.UTF_8);
    browser.screenshot("06-zoe-downloads-calendar");
    assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("METHOD:REQUEST");
    assertThat(calendar.split("BEGIN:VEVENT", -1)).as("one event per module").hasSize(4);
    for (LocalDateTime start : List.of(firstModule, firstModule.plusWeeks(1), firstModule.plusWeeks(2))) {
      assertThat(calendar).contains("DTSTART:" + utc(start), "DTEND:" + utc(start.plusHours(3)));
    }
    assertThat(calendar).contains("SUMMARY:Reverse Mentoring Academy: Mentoring basics",
            "SUMMARY:Reverse Mentoring Academy: Teaching adults and executives",
            "SUMMARY:Reverse Mentoring Academy: Communication and feedback")
        .containsPattern("UID:academy-\\d+-mentoring-basics@reverse-mentoring")
        .containsPattern("UID:academy-\\d+-teaching-adults@reverse-mentoring")
        .containsPattern("UID:academy-\\d+-communication-feedback@reverse-mentoring");
  }

  @Test
  void aGermanTrainingSupervisorSeesHisApprenticesStatusAndConsentsFromHisPage() {
    languages.change("sven", Language.DE);
    Map<String, Object> application = ApplicationFixtures.application(LENA, SVEN);
    RecruitmentVariables.FIRST_NAME.putIn(application, "Lena");
    RecruitmentVariables.LAST_NAME.putIn(application, "Fischer");
    RecruitmentVariables.LANGUAGE.putIn(application, "de");
    String number = runtime.startProcessInstanceByKey(RecruitmentVariables.PROCESS_KEY, application).getBusinessKey();
    jobExecutorDone();

    programPage.open();
    browser.logIn("sven");
    assertThat(programPage.title()).isEqualTo("Mein Programm");
    assertThat(programPage.headings()).contains("Ihre Auszubildenden");
    assertThat(programPage.apprentice("Lena Fischer")).satisfies(lena -> {
      assertThat(lena.get(0)).isEqualTo("Lena Fischer\n" + number);
      assertThat(lena.get(1)).isEqualTo("Eingereicht: wartet auf Ihre Zustimmung");
      assertThat(lena.get(3)).isEqualTo("Zustimmung als Ausbilderin oder Ausbilder geben");
    });
    browser.screenshot("07-sven-sees-lena-submitted");

    programPage.openTask("Zustimmung als Ausbilderin oder Ausbilder geben");
    assertThat(tasklist.formHeading()).isEqualTo("Auszubildende für das Reverse Mentoring freistellen");
    assertThat(tasklist.labels()).contains("Bewerbung", "Ihre Entscheidung", "Ich stimme zu", "Ich stimme nicht zu");
    tasklist.choose("Ich stimme zu");
    browser.screenshot("08-sven-consents-in-german");
    tasklist.complete();
    jobExecutorDone();

    tasklist.backToProgramPage();
    assertThat(programPage.apprentice("Lena Fischer")).satisfies(lena -> {
      assertThat(lena.get(1)).isEqualTo("In Prüfung beim Programmbüro");
      assertThat(lena.get(3)).as("no task left for him").isEmpty();
    });
    browser.screenshot("09-sven-sees-lena-in-review");
  }

  /**
   * Marc enrols in German and waits; a coordinator approves a qualified apprentice as his mentor (the
   * matching's approval: he is matched, the tandem formed and its process started) and the mentor
   * records the goals: Marc has his task and its mail.
   */
  private Tandem marcsTandemWaitingForHisConfirmation() {
    Map<String, Object> application =
        ApplicationFixtures.application("jonas.keller@example.com", "anke.roth@example.com");
    RecruitmentVariables.FIRST_NAME.putIn(application, "Jonas");
    RecruitmentVariables.LAST_NAME.putIn(application, "Keller");
    long mentorId = participants().qualifiedMentor(application).getId();
    Map<String, Object> enrollment = EnrollmentFixtures.enrollment(MARC);
    EnrollmentVariables.FIRST_NAME.putIn(enrollment, "Marc");
    EnrollmentVariables.LAST_NAME.putIn(enrollment, "Weber");
    EnrollmentVariables.LANGUAGE.putIn(enrollment, "de");
    long menteeId = participants().waitlistedExecutive(enrollment).getId();
    LocalDate monday = LocalDate.now(BERLIN).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    Proposal pair = new Proposal(mentorId, menteeId, 87, List.of(Reason.sentence("Both want AI tools")), false);
    formation.form("Browser round", monday, new MatchingResult(List.of(pair), List.of(), List.of(), List.of()));
    jobExecutorDone();
    Tandem tandem = tandems.findByMentee(menteeId);

    Map<String, Object> agreed = new HashMap<>();
    TandemVariables.GOALS.putIn(agreed, "Mit KI-Werkzeugen Protokolle schreiben\nEinen Teamkanal moderieren");
    agreed.put(TandemVariables.CADENCE_WEEKS.name(), 2L);
    agreed.put(TandemVariables.SESSION_COUNT.name(), 4L);
    agreed.put(TandemVariables.SESSION_MINUTES.name(), 60L);
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(tandem.getNumber())
        .taskDefinitionKey("Task_AgreeGoalsAndCadence").singleResult().getId(), agreed);
    jobExecutorDone();
    return tandem;
  }

  /** Carla's plan, as her start form sends it: three modules a week apart, three hours each. */
  private void planAcademyCohort(LocalDateTime firstModule) {
    Map<String, Object> plan = new HashMap<>();
    AcademyVariables.COHORT_NAME.putIn(plan, "Academy browser cohort");
    AcademyVariables.COHORT_LOCATION.putIn(plan, "Academy, room 3.14, Munich");
    AcademyVariables.TRAINER_NAME.putIn(plan, "Tina Kramer");
    AcademyVariables.TRAINER_EMAIL.putIn(plan, "tina.kramer@example.com");
    AcademyVariables.CAPACITY.putIn(plan, 10);
    AcademyVariables.FIRST_MODULE_START.putIn(plan, firstModule.truncatedTo(ChronoUnit.MINUTES).toString());
    AcademyVariables.DAYS_BETWEEN_MODULES.putIn(plan, 7);
    runtime.startProcessInstanceByKey(AcademyVariables.PLAN_PROCESS_KEY, plan);
    jobExecutorDone();
  }

  /** A row of the Academy dates as the page shows it, times in Berlin. */
  private static List<String> module(String name, LocalDateTime start) {
    return List.of(name, PAGE_TIME.format(start) + "–" + start.plusHours(3).toLocalTime(),
        "Academy, room 3.14, Munich", "no result yet");
  }

  private static String utc(LocalDateTime berlin) {
    return ICS_UTC.format(berlin.atZone(BERLIN).withZoneSameInstant(ZoneOffset.UTC));
  }

  private ProgramParticipants participants() {
    return new ProgramParticipants(runtime, tasks, this::jobExecutorDone, applications, mentees);
  }
}
