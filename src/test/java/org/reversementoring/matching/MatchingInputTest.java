package org.reversementoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.support.DomainTestBeans;

/** The start form and the coordinator's vetoes and fixes, refused field by field. */
class MatchingInputTest {

  private final MatchingPlans plans = new MatchingPlans(Clock.fixed(DomainTestBeans.START, ZoneOffset.UTC));

  private final List<Proposal> proposals = List.of(
      new Proposal(1, 10, 80, List.of(Reason.sentence("x")), false), new Proposal(2, 11, 70, List.of(Reason.sentence("y")), false));

  private final MatchingPool pool = new MatchingPool(List.of(), List.of(),
      Map.of(1L, person(1, "lena@example.com"), 2L, person(2, "zoë.müller@example.com")),
      Map.of(10L, person(10, "marc@example.com"), 11L, person(11, "ines@example.com")));

  @Test
  void acceptsACohortAndAStartDateFromTodayOnTrimmed() {
    assertThat(plans.check("  Spring 2031 ", "2031-03-03"))
        .isEqualTo(new MatchingPlan("Spring 2031", LocalDate.of(2031, 3, 3)));
    assertThat(plans.check("Spring", "2031-04-01T00:00:00").startsOn()).isEqualTo(LocalDate.of(2031, 4, 1));
  }

  @Test
  void refusesEachBadStartFieldByName() {
    assertRefused(() -> plans.check(null, "2031-04-01"), "cohortName: must not be empty");
    assertRefused(() -> plans.check("x".repeat(101), "2031-04-01"), "cohortName: must be at most 100 characters");
    assertRefused(() -> plans.check("Spring", "2031-03-02"), "tandemStartDate: must be today or later");
    assertRefused(() -> plans.check("Spring", "next monday"), "tandemStartDate: must be a date like 2027-03-01");
    assertRefused(() -> plans.check("Spring", null), "tandemStartDate: must be a date");
  }

  @Test
  void vetoesNameProposedPairsByTheirNumber() {
    assertThat(CoordinatorChoices.vetoes(" 2, #1 ;2 ", proposals)).containsExactly(new Pair(2, 11), new Pair(1, 10));
    assertThat(CoordinatorChoices.vetoes("  ", proposals)).isEmpty();
    assertRefused(() -> CoordinatorChoices.vetoes("3", proposals),
        "vetoes: there is no proposed pair 3; the proposal numbers go from 1 to 2");
    assertRefused(() -> CoordinatorChoices.vetoes("1", List.of()), "vetoes: there is no proposed pair 1; nothing is proposed");
    assertRefused(() -> CoordinatorChoices.vetoes("1-2", proposals), "vetoes: '1-2' is not a proposal number");
    assertRefused(() -> CoordinatorChoices.vetoes("1,".repeat(10_001), proposals), "vetoes: must be at most 20000 characters");
  }

  @Test
  void fixesNameMentorThenExecutiveByEmailInAnySeparator() {
    assertThat(CoordinatorChoices.fixes("LENA@example.com + marc@example.com\n\nzoë.müller@example.com = ines@example.com", pool))
        .containsExactly(new Pair(1, 10), new Pair(2, 11));
    assertThat(CoordinatorChoices.fixes("lena@example.com, ines@example.com", pool)).containsExactly(new Pair(1, 11));
  }

  @Test
  void refusesFixesNamingTheLineAndWhatIsWrong() {
    assertRefused(() -> CoordinatorChoices.fixes("marc@example.com + lena@example.com", pool),
        "fixes: line 1: marc@example.com is not a qualified mentor with a free place");
    assertRefused(() -> CoordinatorChoices.fixes("lena@example.com + nobody@example.com", pool),
        "fixes: line 1: nobody@example.com is not an executive on the waitlist");
    assertRefused(() -> CoordinatorChoices.fixes("lena@example.com + marc@example.com\n<b>lena</b>", pool),
        "fixes: line 2 must name two email addresses");
  }

  @Test
  void pairSetsSurviveTheirVariableForm() {
    Set<Pair> pairs = Set.of(new Pair(12, 3), new Pair(2, 40));
    assertThat(Pairs.format(pairs)).isEqualTo("2:40,12:3");
    assertThat(Pairs.parse(Pairs.format(pairs))).containsExactlyInAnyOrderElementsOf(pairs);
    assertThat(Pairs.parse(null)).isEmpty();
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(RejectedInputException.class).hasMessageStartingWith(message);
  }

  private static MatchingPool.Person person(long id, String email) {
    return new MatchingPool.Person(id, "Person " + id, email, null, "IT", "Munich");
  }
}
