package org.reversementoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.Mentor;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.ApplicationFixtures;
import org.reversementoring.support.EnrollmentFixtures;
import org.reversementoring.support.ProgramParticipants;
import org.reversementoring.support.TestSmtp;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemDraft;
import org.reversementoring.tandem.TandemService;
import org.springframework.beans.factory.annotation.Autowired;

/** The pool a matching starts from, read from the domain tables in a fixed number of queries. */
@AppTest
class MatchingPoolsTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ApplicationService applications;
  @Autowired MenteeService mentees;
  @Autowired TandemService tandems;
  @Autowired MatchingPools pools;

  @Test
  void qualifiedMentorsComeWithTheirTopicsAndTheExecutivesTheyMentoredEvenUnderANewEnrollment() {
    ProgramParticipants participants = new ProgramParticipants(runtime, tasks, management, applications, mentees);
    Mentor lena = participants.qualifiedMentor(ApplicationFixtures.application("lena.pool@example.com"));
    participants.qualifiedMentor(ApplicationFixtures.application("otto.pool@example.com"));
    Mentee firstTime = participants.waitlistedExecutive(EnrollmentFixtures.enrollment("marc.pool@example.com"));
    Tandem earlier = tandems.form(new TandemDraft(lena.getId(), firstTime.getId(), "Spring 2030",
        LocalDate.of(2030, 3, 4), 80, List.of("Same topics"), false));
    mentees.markMatched(firstTime.getId());
    tandems.close(earlier.getId(), null);
    Mentee again = participants.waitlistedExecutive(EnrollmentFixtures.enrollment("marc.pool@example.com"));
    Mentee newcomer = participants.waitlistedExecutive(EnrollmentFixtures.enrollment("zoe.pool@example.com"));

    MatchingPool pool = pools.load();

    // the pool holds everyone waiting in the app (other tests' people too): these are this test's
    Set<Long> enrollments = Set.of(firstTime.getId(), again.getId(), newcomer.getId());
    Set<String> mentorEmails = Set.of("lena.pool@example.com", "otto.pool@example.com");
    assertThat(pool.mentees()).filteredOn(mentee -> enrollments.contains(mentee.id()))
        .extracting(MenteeCandidate::id).containsExactlyInAnyOrder(again.getId(), newcomer.getId());
    assertThat(pool.mentors()).filteredOn(mentor -> mentorEmails.contains(mentor.email()))
        .extracting(MentorCandidate::email).containsExactlyInAnyOrderElementsOf(mentorEmails);
    assertThat(pool.mentors()).filteredOn(mentor -> mentorEmails.contains(mentor.email())).allSatisfy(mentor ->
        assertThat(mentor.topics()).containsExactly("connected-car", "ai-tools"));
    assertThat(candidate(pool, "lena.pool@example.com").previousMenteeIds()).containsExactly(again.getId());
    assertThat(candidate(pool, "otto.pool@example.com").previousMenteeIds()).isEmpty();
  }

  private static MentorCandidate candidate(MatchingPool pool, String email) {
    return pool.mentors().stream().filter(mentor -> mentor.email().equals(email)).findFirst().orElseThrow();
  }
}
