package org.reversementoring.recruitment;

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

/** An application registers under the applicant's own names and gives applicant and supervisor accounts. */
class ApplicationRegistrationTest {

  private final ApplicationService applications = mock(ApplicationService.class);
  private final ParticipantDirectory participants = mock(ParticipantDirectory.class);
  private final SelfRegistration selfRegistration = mock(SelfRegistration.class);
  private final ApplicationRegistration registration =
      new ApplicationRegistration(applications, participants, selfRegistration);

  @Test
  void registersUnderTheAccountsNamesAndCreatesBothAccounts() {
    ApplicationForm submitted = ApplicationServiceTest.form("Zoe@Example.com").build();
    when(selfRegistration.namesFor("Zoe@Example.com", new PersonName(submitted.firstName(), submitted.lastName())))
        .thenReturn(new PersonName("Zoë", "Łukasiewicz-Müller"));
    RegisteredApplication stored = new RegisteredApplication(7L, "RMA-2026-0001", 2, 0);
    when(applications.register(any())).thenReturn(stored);
    when(participants.ensureParticipant("zoe@example.com", "Zoë", "Łukasiewicz-Müller", ProgramGroup.MENTORS))
        .thenReturn("zoe");
    when(participants.ensureParticipant("sven.vogel@example.com", "", "",
        ProgramGroup.TRAINING_SUPERVISORS)).thenReturn("sven");

    ApplicationRegistration.Registered registered = registration.register(submitted, "pi-1");

    assertThat(registered).isEqualTo(new ApplicationRegistration.Registered(stored, "sven"));
    verify(applications).register(submitted.withNames(new PersonName("Zoë", "Łukasiewicz-Müller")));
    verify(applications).attachToProcess(7L, "pi-1", "zoe");
  }

  @Test
  void aMentorRegisteringSomeoneElseCreatesNothing() {
    ApplicationForm submitted = ApplicationServiceTest.form("someone@example.com").build();
    when(selfRegistration.namesFor(any(), any())).thenThrow(new RejectedInputException("email", "not yours"));

    assertThatThrownBy(() -> registration.register(submitted, "pi-1")).isInstanceOf(RejectedInputException.class);
    verifyNoInteractions(applications, participants);
  }
}
