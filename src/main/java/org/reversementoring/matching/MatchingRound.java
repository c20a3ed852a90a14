package org.reversementoring.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.content.TopicCatalogue;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemDraft;
import org.reversementoring.tandem.TandemService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One matching run: check the plan and propose on the current pool, and turn an approved proposal
 * into tandems.
 */
@Service
@Transactional
public class MatchingRound {

  static final String STALE = "the waitlist or the mentors' free places changed since this proposal was made; choose Recompute";

  private final MatchingPools pools;
  private final MatchingPlans plans;
  private final MenteeService mentees;
  private final TandemService tandems;
  private final MatchingProperties properties;
  private final TandemMatcher matcher;

  public MatchingRound(MatchingPools pools, MatchingPlans plans, MenteeService mentees, TandemService tandems,
      MatchingProperties properties, TopicCatalogue topics) {
    this.matcher = new TandemMatcher(topics);
    this.pools = pools;
    this.plans = plans;
    this.mentees = mentees;
    this.tandems = tandems;
    this.properties = properties;
  }

  /** The checked plan, the proposal and its summary in words. */
  public record Outcome(MatchingPlan plan, MatchingResult result, String summary) {
  }

  @Transactional(readOnly = true)
  public MatchingPool pool() {
    return pools.load();
  }

  /**
   * Checks the start form's cohort name and start date (see {@link MatchingPlans}; each round
   * again), then proposes tandems around the pairs the coordinator chose so far.
   */
  @Transactional(readOnly = true)
  public Outcome propose(String cohortName, String startDate, ChosenPairs chosen) {
    MatchingPlan plan = plans.check(cohortName, startDate);
    MatchingPool pool = pools.load();
    MatchingResult result = matcher.match(pool.mentors(), pool.mentees(), properties.rules(), chosen.fixed(),
        chosen.vetoed());
    return new Outcome(plan, result, ProposalSummary.of(result, pool));
  }

  /**
   * Forms one tandem per proposed pair and marks the executives matched. Refuses, changing
   * nothing, when the pool no longer holds the proposal (another matching took someone).
   */
  public List<Tandem> approve(String cohortName, LocalDate startsOn, MatchingResult result) {
    if (result.proposals().isEmpty()) {
      throw new RejectedInputException(CoordinatorChoices.DECISION, "there is no proposed tandem to approve; recompute or cancel");
    }
    MatchingPool pool = pools.load();
    Set<Long> waiting = new HashSet<>();
    pool.mentees().forEach(mentee -> waiting.add(mentee.id()));
    Map<Long, Integer> freePlaces = new HashMap<>();
    pool.mentors().forEach(mentor -> freePlaces.put(mentor.id(), mentor.capacity()));
    for (Proposal proposal : result.proposals()) {
      if (!waiting.contains(proposal.menteeId()) || freePlaces.merge(proposal.mentorId(), -1, Integer::sum) < 0) {
        throw new RejectedInputException(CoordinatorChoices.DECISION, STALE);
      }
    }
    List<Tandem> formed = new ArrayList<>();
    for (Proposal proposal : result.proposals()) {
      mentees.markMatched(proposal.menteeId());
      formed.add(tandems.form(new TandemDraft(proposal.mentorId(), proposal.menteeId(), cohortName, startsOn,
          proposal.score(), proposal.reasons(), proposal.fixed())));
    }
    return formed;
  }
}
