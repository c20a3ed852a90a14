package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.closing.ClosingVariables;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.JourneyDriver;
import org.reversementoring.support.Mails;
import org.reversementoring.support.ProgramAnswers;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.support.TestSmtp;
import org.reversementoring.tandem.TandemVariables;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One tandem from kickoff to close on the real app: kickoff invitation, four sessions each
 * reminded with its calendar entry, logged and rated, the supervisor's check-in, final feedback
 * from both, closing with the mentor's certificate, thanks to both and the supervisor told; each
 * participant's personal links reach that participant alone.
 */
@AppTest
class TandemKickoffToCloseJourneyTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  private static final String MENTOR = "kim.whole-tandem@example.com";
  private static final String EXECUTIVE = "ruth.whole-tandem@example.com";

  @Autowired ProcessEngine engine;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired TandemService tandems;
  @Autowired TandemSessionRepository sessions;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTandemRunsFromKickoffThroughItsSessionsToItsClose() throws Exception {
    ProgramParticipants participants = new ProgramParticipants(engine.getRuntimeService(), engine.getTaskService(),
        engine.getManagementService(), applications, mentees);
    Mentor mentor = participants.qualifiedMentor(ApplicationFixtures.application(MENTOR));
    Mentee executive = participants.waitlistedExecutive(EnrollmentFixtures.enrollment(EXECUTIVE));
    Tandem tandem = tandems.form(new TandemDraft(mentor.getId(), executive.getId(), "Whole tandem",
        LocalDate.now().plusDays(7), 75, List.of("shares 1 of 2 topics"), false));
    engine.getRuntimeService().startProcessInstanceByKey(TandemVariables.PROCESS_KEY, tandem.getNumber(),
        Map.of(TandemVariables.TANDEM_ID.name(), tandem.getId()));

    new JourneyDriver(engine, new ProgramAnswers(), TandemVariables.PROCESS_KEY, ClosingVariables.PROCESS_KEY)
        .driveUntilEnded();

    assertThat(tandems.find(tandem.getId()).getStatus()).isEqualTo(TandemStatus.CLOSED);
    List<TandemSession> held = sessions.findAll().stream().filter(s -> s.getTandemId() == tandem.getId()).toList();
    assertThat(held).hasSize(4).allSatisfy(session -> {
      assertThat(session.getStatus()).isEqualTo(SessionStatus.HELD);
      assertThat(session.getRating()).isEqualTo(5);
    });

    List<MimeMessage> toExecutive = Mails.to(smtp.getReceivedMessages(), EXECUTIVE);
    List<MimeMessage> reminders = toExecutive.stream()
        .filter(mail -> Mails.subject(mail).startsWith("Tandem " + tandem.getNumber() + ": session ")).toList();
    assertThat(reminders).as("one reminder per session").hasSize(4);
    for (int position = 1; position <= 4; position++) {
      VEvent event = event(reminders.get(position - 1));
      assertThat(event.getUid().orElseThrow().getValue())
          .isEqualTo("tandem-" + tandem.getId() + "-session-" + position + "@reverse-mentoring");
    }
    assertThat(toExecutive).extracting(Mails::subject).contains("Thank you for tandem " + tandem.getNumber());

    MimeMessage certificate = Mails.to(smtp.getReceivedMessages(), MENTOR).stream()
        .filter(mail -> Mails.subject(mail).equals("Your certificate of participation for tandem " + tandem.getNumber()))
        .findFirst().orElseThrow();
    try (PDDocument pdf = Loader.loadPDF(Mails.attachment(certificate,
        "participation-certificate-" + tandem.getNumber() + ".pdf"))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains(tandem.getNumber()).contains("4");
    }
    assertThat(Mails.to(smtp.getReceivedMessages(), mentor.getSupervisorEmail())).extracting(Mails::subject)
        .as("in the language the supervisor chose (Sven: German)")
        .anyMatch(subject -> subject.startsWith("Tandem " + tandem.getNumber() + " von ") && subject.endsWith(" ist abgeschlossen"));

    // from the application to the close, the mentor's personal links reached the mentor alone
    List<String> mentorsLinks = Mails.to(smtp.getReceivedMessages(), MENTOR).stream()
        .flatMap(mail -> Mails.personalLinks(mail).stream()).toList();
    assertThat(mentorsLinks).anyMatch(link -> link.startsWith("/activate?")).anyMatch(link -> link.startsWith("/withdraw?"))
        .anyMatch(link -> link.startsWith("/sessions/move?")).anyMatch(link -> link.startsWith("/tandems/end?"));
    assertThat(Mails.to(smtp.getReceivedMessages(), mentor.getSupervisorEmail())).flatExtracting(Mails::personalLinks)
        .doesNotContainAnyElementsOf(mentorsLinks);
    assertThat(smtp.getReceivedMessages()).filteredOn(mail -> !Mails.personalLinks(mail).isEmpty())
        .as("every mail with a personal link has one recipient")
        .allSatisfy(mail -> assertThat(Mails.addresses(mail)).hasSize(1));
  }

  private static VEvent event(MimeMessage mail) throws Exception {
    Calendar calendar = Mails.calendar(mail);
    return (VEvent) calendar.getComponents("VEVENT").get(0);
  }
}
