package org.reversementoring.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.calendar.CalendarEvent;
import org.reversementoring.calendar.CalendarFiles;
import org.reversementoring.common.Language;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mail with a calendar invitation leaves through real SMTP with the text and HTML parts as
 * before and an {@code invitation.ics} that calendars recognise as an iTIP REQUEST.
 */
@AppTest
class MailerAttachmentTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired Mailer mailer;
  @Autowired CalendarFiles calendarFiles;

  @Test
  void anInvitationArrivesAsInvitationIcsOfTypeTextCalendarWithMethodRequest() throws Exception {
    String to = "zoe.lukasiewicz-mueller@example.com";
    CalendarEvent module = new CalendarEvent(CalendarEvent.uidOf("academy", 7, "mentoring-basics"), 0,
        "Mentoring basics: Zoë, Łukasiewicz; Müller", "Bring your laptop.", null,
        URI.create("https://meet.example.com/academy"),
        ZonedDateTime.of(LocalDateTime.of(2026, 3, 2, 9, 0), ZoneId.of("Europe/Berlin")),
        ZonedDateTime.of(LocalDateTime.of(2026, 3, 2, 12, 0), ZoneId.of("Europe/Berlin")),
        new CalendarEvent.Organizer("mentoring@example.com", "Program Office"), List.of(to));
    MailMessage mail = MailMessage.builder("calendar-test/" + System.nanoTime(), "account-activation")
        .to(Addressee.named(to, "Zoë", Language.EN)).args("zoe", 7)
        .personalAction("http://mentoring.test/activate?token=t")
        .attach(MailAttachment.calendarRequest(calendarFiles.request(List.of(module)))).build();

    mailer.send(mail);

    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessagesForDomain(to)[0];
    assertThat(MimeParts.part(received, "text/plain")).as("the text part is still there").contains("Zoë");
    assertThat(MimeParts.part(received, "text/html")).as("the HTML part is still there").contains("Zoë");

    List<Part> attachments = attachments(received);
    assertThat(attachments).hasSize(1);
    Part ics = attachments.get(0);
    assertThat(ics.getFileName()).isEqualTo("invitation.ics");
    ContentType type = new ContentType(ics.getContentType());
    assertThat(type.getBaseType()).isEqualToIgnoringCase("text/calendar");
    assertThat(type.getParameter("method")).isEqualTo("REQUEST");
    assertThat(type.getParameter("charset")).isEqualToIgnoringCase("UTF-8");

    byte[] bytes = ics.getInputStream().readAllBytes();
    assertThat(new String(bytes, StandardCharsets.UTF_8)).as("CRLF survives the transfer encoding")
        .contains("METHOD:REQUEST\r\n");
    Calendar calendar = new CalendarBuilder()
        .build(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    assertThat(calendar.getRequiredProperty(Property.METHOD).getValue()).isEqualTo("REQUEST");
    VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
    assertThat(event.getRequiredProperty(Property.UID).getValue()).isEqualTo("academy-7-mentoring-basics@reverse-mentoring");
    assertThat(event.getRequiredProperty(Property.SUMMARY).getValue()).isEqualTo("Mentoring basics: Zoë, Łukasiewicz; Müller");
  }

  private static List<Part> attachments(Part part) throws Exception {
    List<Part> found = new ArrayList<>();
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      found.add(part);
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        found.addAll(attachments(body));
      }
    }
    return found;
  }
}
