package org.reversementoring.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;

/** A mail to a group goes out once per language its members read, each member getting exactly one. */
class AddresseesTest {

  private final RecipientDirectory directory = mock(RecipientDirectory.class);
  private final Addressees addressees = new Addressees(directory, new ProgramProperties("http://mentoring.test",
      "secret", new ProgramProperties.Mail("office@example.com", "program-office@example.com")));

  @Test
  void aGermanAndAnEnglishCoordinatorEachGetTheMailOnceInTheirLanguage() {
    when(directory.coordinatorEmailsByLanguage()).thenReturn(new TreeMap<>(Map.of(
        Language.DE, List.of("dora@example.com"), Language.EN, List.of("carla@example.com", "chris@example.com"))));

    List<MailMessage> sent = MailMessage.builder("pi-1/Task_Tell", "tandem-end-requested")
        .toEach(addressees.coordinators(), language -> List.of(language.code()));

    assertThat(sent).extracting(MailMessage::to).containsExactly(List.of("dora@example.com"),
        List.of("carla@example.com", "chris@example.com"));
    assertThat(sent).extracting(MailMessage::language).containsExactly(Language.DE, Language.EN);
    assertThat(sent).extracting(MailMessage::greetingName).containsExactly("zusammen", "colleague");
    assertThat(sent).extracting(MailMessage::args).containsExactly(List.of("de"), List.of("en"));
    assertThat(sent).extracting(MailMessage::stepKey).as("the English one under the key such mails always had")
        .containsExactly("pi-1/Task_Tell/de", "pi-1/Task_Tell");
  }

  @Test
  void aGroupReadingOneLanguageGetsOneMail() {
    when(directory.coordinatorEmailsByLanguage()).thenReturn(Map.of(Language.DE, List.of("dora@example.com")));

    assertThat(MailMessage.builder("pi-1/Task_Tell", "tandem-end-requested").toEach(addressees.coordinators()))
        .singleElement().satisfies(mail -> {
          assertThat(mail.language()).isEqualTo(Language.DE);
          assertThat(mail.to()).containsExactly("dora@example.com");
        });
  }

  @Test
  void withoutMembersTheProgramOfficeReadsInEnglishAlsoForTheOrganizers() {
    when(directory.coordinatorEmailsByLanguage()).thenReturn(Map.of());
    when(directory.organizerEmailsByLanguage()).thenReturn(Map.of());

    assertThat(addressees.organizers()).singleElement().satisfies(office -> {
      assertThat(office.to()).containsExactly("program-office@example.com");
      assertThat(office.language()).isEqualTo(Language.EN);
    });
  }
}
