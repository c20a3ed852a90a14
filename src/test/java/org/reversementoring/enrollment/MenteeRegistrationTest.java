package org.reversementoring.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.identity.ParticipantDirectory;
import org.reversementoring.identity.PersonName;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.identity.SelfRegistration;

/** An enrollment registers under the executive's own names and gives them an account. */
class MenteeRegistrationTest {

  private final MenteeService mentees = mock(MenteeService.class);
  private final ParticipantDirectory participants = mock(ParticipantDirectory.class);
  private final SelfRegistration selfRegistration = mock(SelfRegistration.class);
  private final MenteeRegistration registration = new MenteeRegistration(mentees, participants, selfRegistration);

  @Test
  void registersUnderTheAccountsNamesAndCreatesTheAccount() {
    MenteeForm submitted = MenteeServiceTest.form(" Clara.Hoffmann@Example.com ").build();
    when(selfRegistration.namesFor(" Clara.Hoffmann@Example.com ", new PersonName("Clara", "Hoffmann")))
        .thenReturn(new PersonName("Clara", "Hoffmann-Weiß"));
    RegisteredMentee stored = new RegisteredMentee(5L, "RME-2031-0005");
    when(mentees.register(any())).thenReturn(stored);
    when(participants.ensureParticipant("clara.hoffmann@example.com", "Clara", "Hoffmann-Weiß", ProgramGroup.MENTEES))
        .thenReturn("clara");

    assertThat(registration.register(submitted, "pi-1")).isEqualTo(stored);

    verify(mentees).register(submitted.withNames(new PersonName("Clara", "Hoffmann-Weiß")));
    verify(mentees).attachToProcess(5L, "pi-1", "clara");
  }

  @Test
  void anExecutiveEnrollingSomeoneElseCreatesNothing() {
    MenteeForm submitted = MenteeServiceTest.form("someone@example.com").build();
    when(selfRegistration.namesFor(any(), any())).thenThrow(new RejectedInputException("email", "not yours"));

    assertThatThrownBy(() -> registration.register(submitted, "pi-1")).isInstanceOf(RejectedInputException.class);
    verifyNoInteractions(mentees, participants);
  }
}
