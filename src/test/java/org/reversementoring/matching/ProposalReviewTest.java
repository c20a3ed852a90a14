package org.reversementoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.RejectedInputException;

/**
 * The coordinator's review of a proposal: vetoes and fixes only with "recompute", added to those
 * of earlier rounds, a new veto lifting a fix of the same pair and the other way round.
 */
class ProposalReviewTest {

  private final List<Proposal> proposals = List.of(
      new Proposal(1, 10, 82, List.of(Reason.sentence("x")), false), new Proposal(2, 11, 64, List.of(Reason.sentence("y")), false));

  private final MatchingPool pool = new MatchingPool(List.of(), List.of(),
      Map.of(1L, person(1, "lena@example.com")), Map.of(11L, person(11, "ines@example.com")));

  private int poolReads;
  private final Supplier<MatchingPool> countedPool = () -> {
    poolReads++;
    return pool;
  };

  @Test
  void recomputeAddsThisRoundsVetoesAndFixesToEarlierOnes() {
    ChosenPairs earlier = ChosenPairs.parse("2:11", null);

    Optional<ChosenPairs> chosen = CoordinatorChoices.review("recompute", "1", "lena@example.com + ines@example.com",
        earlier, proposals, countedPool);

    assertThat(chosen).hasValueSatisfying(pairs -> {
      assertThat(pairs.vetoed()).containsExactly(new Pair(2, 11), new Pair(1, 10));
      assertThat(pairs.fixed()).containsExactly(new Pair(1, 11));
      assertThat(pairs.vetoedText()).isEqualTo("1:10,2:11");
      assertThat(pairs.fixedText()).isEqualTo("1:11");
    });
  }

  @Test
  void aNewVetoLiftsAnEarlierFixOfTheSamePairAndANewFixAnEarlierVeto() {
    ChosenPairs earlier = new ChosenPairs(Set.of(new Pair(1, 11)), Set.of(new Pair(1, 10), new Pair(3, 12)));

    ChosenPairs after = earlier.plus(Set.of(new Pair(1, 10)), Set.of(new Pair(1, 11)));

    assertThat(after.vetoed()).containsExactly(new Pair(1, 10));
    assertThat(after.fixed()).containsExactlyInAnyOrder(new Pair(3, 12), new Pair(1, 11));
    assertThat(earlier.vetoed()).as("earlier rounds stay as they were").containsExactly(new Pair(1, 11));
  }

  @Test
  void recomputeWithoutChoicesKeepsEarlierOnesAndReadsNoPool() {
    ChosenPairs earlier = ChosenPairs.parse("1:10,2:11", "3:12");

    assertThat(CoordinatorChoices.review("recompute", null, " ", earlier, proposals, countedPool)).contains(earlier);
    assertThat(poolReads).as("the pool is read only for fixes").isZero();
  }

  @Test
  void approveAndCancelKeepNothingAndRefuseChoicesNamingTheField() {
    ChosenPairs earlier = ChosenPairs.parse("1:10", null);

    assertThat(CoordinatorChoices.review("approve", null, "", earlier, proposals, countedPool)).isEmpty();
    assertThat(CoordinatorChoices.review("cancel", " ", null, earlier, proposals, countedPool)).isEmpty();
    assertRefused(() -> CoordinatorChoices.review("approve", "2", null, earlier, proposals, countedPool),
        "vetoes: applies only with Recompute; clear it to approve");
    assertRefused(() -> CoordinatorChoices.review("cancel", "2", "a@example.com + b@example.com", earlier, proposals,
        countedPool), "vetoes: applies only with Recompute; clear it to cancel");
    assertRefused(() -> CoordinatorChoices.review("cancel", null, "a@example.com + b@example.com", earlier, proposals,
        countedPool), "fixes: applies only with Recompute; clear it to cancel");
    assertThat(poolReads).isZero();
  }

  @Test
  void anyOtherDecisionIsRefusedNamingTheField() {
    ChosenPairs none = ChosenPairs.parse(null, null);
    for (Object decision : new Object[] {null, "maybe", "Approve", true}) {
      assertRefused(() -> CoordinatorChoices.review(decision, null, null, none, proposals, countedPool),
          "matchingDecision: must be one of approve, recompute, cancel");
    }
  }

  @Test
  void badChoicesAreRefusedAsTheirParsersRefuseThem() {
    ChosenPairs none = ChosenPairs.parse(null, null);
    assertRefused(() -> CoordinatorChoices.review("recompute", "7", null, none, proposals, countedPool),
        "vetoes: there is no proposed pair 7");
    assertRefused(() -> CoordinatorChoices.review("recompute", null, "ines@example.com + lena@example.com", none,
        proposals, countedPool), "fixes: line 1: ines@example.com is not a qualified mentor with a free place");
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(RejectedInputException.class).hasMessageStartingWith(message);
  }

  private static MatchingPool.Person person(long id, String email) {
    return new MatchingPool.Person(id, "Person " + id, email, null, "IT", "Munich");
  }
}
