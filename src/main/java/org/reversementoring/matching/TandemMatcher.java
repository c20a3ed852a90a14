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
import org.reversementoring.content.TopicNames;

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
 * <p>Only the chosen pairs get their reasons in words; all others are scored without them.
 *
 * <p>Determinism: mentors and mentees are sorted by id before the costs are built, and the
 * solver breaks ties by index, so the same input always yields the same output, whatever the
 * input order.
 */
public class TandemMatcher {

  private static final HardRule[] HARD_RULES = HardRule.values();

  private final TopicNames topics;

  /** {@code topics} names the topics in the reasons. */
  public TandemMatcher(TopicNames topics) {
    this.topics = topics;
  }

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
      String reason = null;
      if (mentor == null) {
        reason = "mentor " + pair.mentorId() + " is not in this matching";
      } else if (mentee == null) {
        reason = "mentee " + pair.menteeId() + " is not in this matching";
      } else {
        Set<HardRule> broken = violations(mentor, mentee, effectiveRules, vetoed);
        if (!broken.isEmpty()) {
          reason = "breaks the hard rules: "
              + broken.stream().map(HardRule::violation).collect(Collectors.joining(", "));
        } else if (fixedMentorOfMentee.containsKey(mentee.id())) {
          reason = "the mentee is already fixed with mentor " + fixedMentorOfMentee.get(mentee.id());
        } else if (freePlaces.get(mentor.id()) == 0) {
          reason = "the mentor has no free place left (capacity " + mentor.capacity() + ")";
        }
      }
      if (reason != null) {
        rejected.add(new RejectedFixedPair(pair, reason));
        continue;
      }
      FitScorer.Fit fit = FitScorer.fit(mentor, mentee, effectiveRules, topics);
      List<String> reasons = new ArrayList<>(fit.reasons());
      reasons.add("fixed by the coordinator");
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
        String reason;
        if (feasible == 0) {
          reason = sortedMentees.isEmpty()
              ? "no mentees are waiting"
              : "no waiting mentee meets the hard rules with this mentor";
        } else if (assigned >= feasible) {
          reason = "no further suitable mentee";
        } else {
          reason = "the suitable mentees were matched with other mentors for the best overall fit";
        }
        unmatchedMentors.add(new UnmatchedMentor(mentor.id(), mentor.capacity() - assigned, reason));
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
      FitScorer.Fit fit = FitScorer.fit(mentor, mentees.get(j), rules, topics);
      result.add(new Proposal(mentor.id(), mentees.get(j).id(), fit.score(), fit.reasons(), false));
    }
    return result;
  }

  private static final String[] STAGE_TAILS = {
    null, null,
    " who is outside your reporting line",
    " you have not been paired with before",
    " who is not on your exclusion list",
    " whose pairing with you was not vetoed",
  };

  private static String menteeReason(
      MenteeCandidate mentee, List<MentorCandidate> mentors, MatchingRules rules, Set<Pair> vetoed) {
    if (mentors.isEmpty()) {
      return "no qualified mentors are available in this matching";
    }
    String base = "no mentor outside your department with a " + rules.minimumGenerationGap() + "-year gap";
    List<MentorCandidate> remaining = mentors;
    HardRule[] stages = HardRule.values();
    for (int k = 0; k < stages.length; k++) {
      HardRule rule = stages[k];
      remaining = remaining.stream().filter(m -> rule.allows(m, mentee, rules, vetoed)).toList();
      if (remaining.isEmpty()) {
        return switch (rule) {
          case DIFFERENT_DEPARTMENT -> "no mentor outside your department";
          case GENERATION_GAP -> base;
          default -> base + STAGE_TAILS[k];
        };
      }
    }
    int count = remaining.size();
    return count == 1
        ? "the one suitable mentor was matched with other mentees for the best overall fit"
        : "all " + count + " suitable mentors were matched with other mentees for the best overall fit";
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
