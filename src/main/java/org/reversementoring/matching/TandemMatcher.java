package org.reversementoring.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Optimal assignment of mentors to mentees. Pure domain code: no Camunda, no persistence.
 *
 * <p>Objective: first the largest possible number of tandems that keep every hard rule, and
 * among those the largest total soft score. This is solved exactly as a minimum-cost assignment
 * with the Hungarian algorithm ({@link AssignmentSolver}), O(n³):
 *
 * <ul>
 *   <li>each mentor becomes {@code capacity} slots (minus places already taken by fixed pairs);
 *   <li>every mentee is assigned a distinct slot, or every slot a distinct mentee when the
 *       mentees outnumber the slots; whoever is left over stays unmatched;
 *   <li>a feasible pair costs {@code 100 - score};
 *   <li>a pair breaking a hard rule costs {@code 100 * n + 1}, more than every feasible
 *       assignment together, so the optimum uses as few of them as possible; any that remain (only
 *       when the person has no feasible partner left) are dropped from the result and reported
 *       as unmatched.
 * </ul>
 *
 * <p>Only the chosen pairs get their reasons; all others are scored without them.
 *
 * <p>Determinism: mentors and mentees are sorted by id before the costs are built, and the
 * solver breaks ties by index, so the same input always yields the same output, whatever the
 * input order.
 */
public class TandemMatcher {

  private static final HardRule[] HARD_RULES = HardRule.values();

  public MatchingResult match(
      List<MentorCandidate> mentors,
      List<MenteeCandidate> mentees,
      MatchingRules rules,
      Set<Pair> fixedPairs,
      Set<Pair> vetoedPairs) {
    List<MentorCandidate> sortedMentors = sortedUnique(mentors, MentorCandidate::id, "mentor");
    List<MenteeCandidate> sortedMentees = sortedUnique(mentees, MenteeCandidate::id, "mentee");
    MatchingRules effectiveRules = rules == null ? MatchingRules.defaults() : rules;
    Set<Pair> vetoed = vetoedPairs == null ? Set.of() : Set.copyOf(vetoedPairs);
    Set<Pair> fixed = fixedPairs == null ? Set.of() : Set.copyOf(fixedPairs);

    Map<Long, MentorCandidate> mentorById = new HashMap<>();
    sortedMentors.forEach(m -> mentorById.put(m.id(), m));
    Map<Long, MenteeCandidate> menteeById = new HashMap<>();
    sortedMentees.forEach(e -> menteeById.put(e.id(), e));
    Map<Long, Integer> freePlaces = new HashMap<>();
    sortedMentors.forEach(m -> freePlaces.put(m.id(), m.capacity()));

    List<Proposal> proposals = new ArrayList<>();
    List<RejectedFixedPair> rejected = new ArrayList<>();
    Set<Long> matchedMentees = new HashSet<>();
    Map<Long, Long> fixedMentorOfMentee = new HashMap<>();

    // 1. fixed pairs, in id order
    List<Pair> fixedInOrder = fixed.stream()
        .sorted(Comparator.comparingLong(Pair::mentorId).thenComparingLong(Pair::menteeId))
        .toList();
    for (Pair pair : fixedInOrder) {
      MentorCandidate mentor = mentorById.get(pair.mentorId());
      MenteeCandidate mentee = menteeById.get(pair.menteeId());
      Reason reason = null;
      if (mentor == null) {
        reason = Reason.of(Why.MENTOR_NOT_IN_MATCHING, pair.mentorId());
      } else if (mentee == null) {
        reason = Reason.of(Why.MENTEE_NOT_IN_MATCHING, pair.menteeId());
      } else {
        Set<HardRule> broken = violations(mentor, mentee, effectiveRules, vetoed);
        if (!broken.isEmpty()) {
          reason = Reason.of(Why.BREAKS_HARD_RULES,
              broken.stream().map(HardRule::name).collect(Collectors.joining(",")));
        } else if (fixedMentorOfMentee.containsKey(mentee.id())) {
          reason = Reason.of(Why.MENTEE_ALREADY_FIXED, fixedMentorOfMentee.get(mentee.id()));
        } else if (freePlaces.get(mentor.id()) == 0) {
          reason = Reason.of(Why.MENTOR_FULL, mentor.capacity());
        }
      }
      if (reason != null) {
        rejected.add(new RejectedFixedPair(pair, reason));
        continue;
      }
      FitScorer.Fit fit = FitScorer.fit(mentor, mentee, effectiveRules);
      List<Reason> reasons = new ArrayList<>(fit.reasons());
      reasons.add(Reason.of(Why.FIXED_BY_COORDINATOR));
      proposals.add(new Proposal(mentor.id(), mentee.id(), fit.score(), reasons, true));
      freePlaces.merge(mentor.id(), -1, Integer::sum);
      matchedMentees.add(mentee.id());
      fixedMentorOfMentee.put(mentee.id(), mentor.id());
    }

    // 2. optimal assignment of the rest
    List<MentorCandidate> slots = new ArrayList<>();
    for (MentorCandidate mentor : sortedMentors) {
      for (int i = 0; i < freePlaces.get(mentor.id()); i++) {
        slots.add(mentor);
      }
    }
    List<MenteeCandidate> open =
        sortedMentees.stream().filter(e -> !matchedMentees.contains(e.id())).toList();
    proposals.addAll(optimalAssignment(slots, open, effectiveRules, vetoed));
    proposals.sort(Comparator.comparingLong(Proposal::mentorId).thenComparingLong(Proposal::menteeId));

    // 3. explain who is left over
    Set<Long> assignedMentees = new HashSet<>();
    Map<Long, Integer> assignedPerMentor = new HashMap<>();
    for (Proposal p : proposals) {
      assignedMentees.add(p.menteeId());
      assignedPerMentor.merge(p.mentorId(), 1, Integer::sum);
    }
    List<UnmatchedMentee> unmatchedMentees = new ArrayList<>();
    for (MenteeCandidate mentee : sortedMentees) {
      if (!assignedMentees.contains(mentee.id())) {
        unmatchedMentees.add(new UnmatchedMentee(
            mentee.id(), menteeReason(mentee, sortedMentors, effectiveRules, vetoed)));
      }
    }
    List<UnmatchedMentor> unmatchedMentors = new ArrayList<>();
    for (MentorCandidate mentor : sortedMentors) {
      int assigned = assignedPerMentor.getOrDefault(mentor.id(), 0);
      if (assigned < mentor.capacity()) {
        long feasible = sortedMentees.stream()
            .filter(e -> allowed(mentor, e, effectiveRules, vetoed))
            .count();
        Why reason;
        if (feasible == 0) {
          reason = sortedMentees.isEmpty() ? Why.NO_MENTEES_WAITING : Why.NO_MENTEE_MEETS_RULES;
        } else if (assigned >= feasible) {
          reason = Why.NO_FURTHER_MENTEE;
        } else {
          reason = Why.MENTEES_MATCHED_ELSEWHERE;
        }
        unmatchedMentors.add(new UnmatchedMentor(mentor.id(), mentor.capacity() - assigned, Reason.of(reason)));
      }
    }
    return new MatchingResult(proposals, unmatchedMentees, unmatchedMentors, rejected);
  }

  /** The hard rules this pair breaks; empty when the pair may be proposed. */
  public static Set<HardRule> violations(
      MentorCandidate mentor, MenteeCandidate mentee, MatchingRules rules, Set<Pair> vetoed) {
    Set<HardRule> broken = EnumSet.noneOf(HardRule.class);
    for (HardRule rule : HARD_RULES) {
      if (!rule.allows(mentor, mentee, rules, vetoed == null ? Set.of() : vetoed)) {
        broken.add(rule);
      }
    }
    return broken;
  }

  /** True when the pair breaks no hard rule; {@link #violations} without collecting them. */
  static boolean allowed(MentorCandidate mentor, MenteeCandidate mentee, MatchingRules rules, Set<Pair> vetoed) {
    for (HardRule rule : HARD_RULES) {
      if (!rule.allows(mentor, mentee, rules, vetoed)) {
        return false;
      }
    }
    return true;
  }

  private List<Proposal> optimalAssignment(
      List<MentorCandidate> slots, List<MenteeCandidate> mentees, MatchingRules rules, Set<Pair> vetoed) {
    if (slots.isEmpty() || mentees.isEmpty()) {
      return List.of();
    }
    int s = slots.size();
    int t = mentees.size();
    long prohibitive = 100L * Math.max(s, t) + 1;
    // rows: mentees; columns: mentor slots. Checking and scoring all pairs is most of the work,
    // so the rows are spread over the cores.
    long[][] cost = new long[t][s];
    IntStream.range(0, t).parallel().forEach(j -> {
      MenteeCandidate mentee = mentees.get(j);
      for (int i = 0; i < s; i++) {
        MentorCandidate mentor = slots.get(i);
        if (i > 0 && slots.get(i - 1) == mentor) {
          cost[j][i] = cost[j][i - 1]; // the same mentor's next slot
        } else {
          cost[j][i] = allowed(mentor, mentee, rules, vetoed)
              ? 100 - FitScorer.score(mentor, mentee, rules)
              : prohibitive;
        }
      }
    });
    int[] slotOfMentee = AssignmentSolver.solve(cost);

    List<Proposal> result = new ArrayList<>();
    for (int j = 0; j < t; j++) {
      int i = slotOfMentee[j];
      if (i < 0 || cost[j][i] == prohibitive) {
        continue; // unmatched, or breaks a hard rule: never proposed
      }
      MentorCandidate mentor = slots.get(i);
      FitScorer.Fit fit = FitScorer.fit(mentor, mentees.get(j), rules);
      result.add(new Proposal(mentor.id(), mentees.get(j).id(), fit.score(), fit.reasons(), false));
    }
    return result;
  }

  /** Why a mentee stays: the first hard rule (in their order) that leaves no mentor, else the optimum. */
  private static Reason menteeReason(
      MenteeCandidate mentee, List<MentorCandidate> mentors, MatchingRules rules, Set<Pair> vetoed) {
    if (mentors.isEmpty()) {
      return Reason.of(Why.NO_MENTORS_AVAILABLE);
    }
    List<MentorCandidate> remaining = mentors;
    for (HardRule rule : HardRule.values()) {
      remaining = remaining.stream().filter(m -> rule.allows(m, mentee, rules, vetoed)).toList();
      if (remaining.isEmpty()) {
        return rule == HardRule.DIFFERENT_DEPARTMENT ? Reason.of(Why.NO_MENTOR_OUTSIDE_DEPARTMENT)
            : Reason.of(noMentorLeftBy(rule), rules.minimumGenerationGap());
      }
    }
    int count = remaining.size();
    return count == 1 ? Reason.of(Why.ONE_SUITABLE_MENTOR_TAKEN) : Reason.of(Why.ALL_SUITABLE_MENTORS_TAKEN, count);
  }

  private static Why noMentorLeftBy(HardRule rule) {
    return switch (rule) {
      case DIFFERENT_DEPARTMENT -> Why.NO_MENTOR_OUTSIDE_DEPARTMENT;
      case GENERATION_GAP -> Why.NO_MENTOR_WITH_GAP;
      case NO_REPORTING_LINE -> Why.NO_MENTOR_OUTSIDE_REPORTING_LINE;
      case NOT_PAIRED_BEFORE -> Why.NO_MENTOR_NOT_PAIRED_BEFORE;
      case NOT_EXCLUDED -> Why.NO_MENTOR_NOT_EXCLUDED;
      case NOT_VETOED -> Why.NO_MENTOR_NOT_VETOED;
    };
  }

  private static <T> List<T> sortedUnique(
      List<T> items, java.util.function.ToLongFunction<T> id, String what) {
    if (items == null) {
      return List.of();
    }
    Set<Long> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(id.applyAsLong(item))) {
        throw new IllegalArgumentException("duplicate " + what + " id " + id.applyAsLong(item));
      }
    }
    return items.stream().sorted(Comparator.comparingLong(id)).toList();
  }
}
