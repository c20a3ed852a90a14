package org.reversementoring.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.tandem.Tandem;
import org.reversementoring.tandem.TandemDraft;
import org.reversementoring.tandem.TandemService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One matching run: propose on the current pool, and turn an approved proposal into tandems. */
@Service
@Transactional
public class MatchingRound {

  static final String STALE = "the waitlist or the mentors' free places changed since this proposal was made; choose Recompute";

  private final MatchingPools pools;
  private final MenteeService mentees;
  private final TandemService tandems;
  private final MatchingProperties properties;
  private final TandemMatcher matcher = new TandemMatcher();

  public MatchingRound(MatchingPools pools, MenteeService mentees, TandemService tandems, MatchingProperties properties) {
    this.pools = pools;
    this.mentees = mentees;
    this.tandems = tandems;
    this.properties = properties;
  }

  /** The proposal and its summary in words. */
  public record Outcome(MatchingResult result, String summary) {
  }

  @Transactional(readOnly = true)
  public MatchingPool pool() {
    return pools.load();
  }

  @Transactional(readOnly = true)
  public Outcome propose(Set<Pair> fixed, Set<Pair> vetoed) {
    MatchingPool pool = pools.load();
    MatchingResult result = matcher.match(pool.mentors(), pool.mentees(), properties.rules(), fixed, vetoed);
    return new Outcome(result, ProposalSummary.of(result, pool));
  }

  /**
   * Forms one tandem per proposed pair and marks the executives matched. Refuses, changing
   * nothing, when the pool no longer holds the proposal (another matching took someone).
   */
  public List<Tandem> approve(String cohortName, LocalDate startsOn, MatchingResult result) {
    if (result.proposals().isEmpty()) {
      throw new RejectedInputException("matchingDecision", "there is no proposed tandem to approve; recompute or cancel");
    }
    MatchingPool pool = pools.load();
    Set<Long> waiting = new HashSet<>();
    pool.mentees().forEach(mentee -> waiting.add(mentee.id()));
    Map<Long, Integer> freePlaces = new HashMap<>();
    pool.mentors().forEach(mentor -> freePlaces.put(mentor.id(), mentor.capacity()));
    for (Proposal proposal : result.proposals()) {
      if (!waiting.contains(proposal.menteeId()) || freePlaces.merge(proposal.mentorId(), -1, Integer::sum) < 0) {
        throw new RejectedInputException("matchingDecision", STALE);
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
