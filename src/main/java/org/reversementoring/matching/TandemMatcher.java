package org.reversementoring.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Optimal assignment of mentors to mentees. Pure domain code: no Camunda, no persistence.
 *
 * <p>Objective: first the largest possible number of tandems that keep every hard rule, and
 * among those the largest total soft score. This is solved exactly as a minimum-cost assignment
 * by shortest augmenting paths ({@link AssignmentSolver}, Jonker–Volgenant):
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
 * <p>Every pair is checked and scored on {@link CandidateCodes} (ints and bit sets, nothing
 * allocated per pair), the mentees spread over the cores; only the chosen pairs and those left
 * over get their reasons ({@link Reason}).
 *
 * <p>Determinism: mentors and mentees are sorted by id before the costs are built, and the
 * solver's choice among equally good assignments depends on the cost matrix alone, so the same
 * input always yields the same output, whatever the input order.
 */
public class TandemMatcher {

  private final MatchingObserver observer;

  public TandemMatcher() {
    this(MatchingObserver.NONE);
  }

  TandemMatcher(MatchingObserver observer) {
    this.observer = observer;
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
    CandidateCodes codes = CandidateCodes.of(sortedMentors, sortedMentees, effectiveRules, vetoed);

    Map<Long, Integer> mentorIndex = indexById(sortedMentors, MentorCandidate::id);
    Map<Long, Integer> menteeIndex = indexById(sortedMentees, MenteeCandidate::id);
    int[] freePlaces = sortedMentors.stream().mapToInt(MentorCandidate::capacity).toArray();
    int[] fixedMentorOf = new int[sortedMentees.size()];
    Arrays.fill(fixedMentorOf, -1);

    List<Proposal> proposals = new ArrayList<>();
    List<RejectedFixedPair> rejected = new ArrayList<>();

    // 1. fixed pairs, in id order
    List<Pair> fixedInOrder = fixed.stream()
        .sorted(Comparator.comparingLong(Pair::mentorId).thenComparingLong(Pair::menteeId))
        .toList();
    for (Pair pair : fixedInOrder) {
      Integer mentor = mentorIndex.get(pair.mentorId());
      Integer mentee = menteeIndex.get(pair.menteeId());
      Reason reason = null;
      if (mentor == null) {
        reason = Reason.of(Why.MENTOR_NOT_IN_MATCHING, pair.mentorId());
      } else if (mentee == null) {
        reason = Reason.of(Why.MENTEE_NOT_IN_MATCHING, pair.menteeId());
      } else {
        Set<HardRule> broken = codes.violations(mentor, mentee);
        if (!broken.isEmpty()) {
          reason = Reason.of(Why.BREAKS_HARD_RULES,
              broken.stream().map(HardRule::name).collect(Collectors.joining(",")));
        } else if (fixedMentorOf[mentee] >= 0) {
          reason = Reason.of(Why.MENTEE_ALREADY_FIXED, sortedMentors.get(fixedMentorOf[mentee]).id());
        } else if (freePlaces[mentor] == 0) {
          reason = Reason.of(Why.MENTOR_FULL, sortedMentors.get(mentor).capacity());
        }
      }
      if (reason != null) {
        rejected.add(new RejectedFixedPair(pair, reason));
        continue;
      }
      List<Reason> reasons = new ArrayList<>(FitScorer.reasons(sortedMentors.get(mentor), sortedMentees.get(mentee)));
      reasons.add(Reason.of(Why.FIXED_BY_COORDINATOR));
      proposals.add(new Proposal(pair.mentorId(), pair.menteeId(), FitScorer.score(codes, mentor, mentee), reasons, true));
      freePlaces[mentor]--;
      fixedMentorOf[mentee] = mentor;
    }

    // 2. optimal assignment of the rest
    int[] slots = IntStream.range(0, sortedMentors.size())
        .flatMap(mentor -> IntStream.range(0, freePlaces[mentor]).map(place -> mentor))
        .toArray();
    int[] open = IntStream.range(0, sortedMentees.size()).filter(mentee -> fixedMentorOf[mentee] < 0).toArray();
    int[] mentorOf = fixedMentorOf.clone();
    assignOptimally(codes, slots, open, mentorOf);
    for (int mentee : open) {
      if (mentorOf[mentee] >= 0) {
        MentorCandidate mentor = sortedMentors.get(mentorOf[mentee]);
        MenteeCandidate candidate = sortedMentees.get(mentee);
        proposals.add(new Proposal(mentor.id(), candidate.id(), FitScorer.score(codes, mentorOf[mentee], mentee),
            FitScorer.reasons(mentor, candidate), false));
      }
    }
    proposals.sort(Comparator.comparingLong(Proposal::mentorId).thenComparingLong(Proposal::menteeId));

    // 3. explain who is left over
    int[] assignedPerMentor = new int[sortedMentors.size()];
    List<UnmatchedMentee> unmatchedMentees = new ArrayList<>();
    for (int mentee = 0; mentee < sortedMentees.size(); mentee++) {
      if (mentorOf[mentee] >= 0) {
        assignedPerMentor[mentorOf[mentee]]++;
      } else {
        unmatchedMentees.add(new UnmatchedMentee(sortedMentees.get(mentee).id(), menteeReason(codes, mentee)));
      }
    }
    List<UnmatchedMentor> unmatchedMentors = new ArrayList<>();
    for (int mentor = 0; mentor < sortedMentors.size(); mentor++) {
      int capacity = sortedMentors.get(mentor).capacity();
      int assigned = assignedPerMentor[mentor];
      if (assigned < capacity) {
        Why reason;
        if (sortedMentees.isEmpty()) {
          reason = Why.NO_MENTEES_WAITING;
        } else if (!hasMoreFeasibleMentees(codes, mentor, 0)) {
          reason = Why.NO_MENTEE_MEETS_RULES;
        } else if (!hasMoreFeasibleMentees(codes, mentor, assigned)) {
          reason = Why.NO_FURTHER_MENTEE;
        } else {
          reason = Why.MENTEES_MATCHED_ELSEWHERE;
        }
        unmatchedMentors.add(
            new UnmatchedMentor(sortedMentors.get(mentor).id(), capacity - assigned, Reason.of(reason)));
      }
    }
    return new MatchingResult(proposals, unmatchedMentees, unmatchedMentors, rejected);
  }

  /** The hard rules this pair breaks; empty when the pair may be proposed. */
  public static Set<HardRule> violations(
      MentorCandidate mentor, MenteeCandidate mentee, MatchingRules rules, Set<Pair> vetoed) {
    return CandidateCodes.of(List.of(mentor), List.of(mentee), rules, vetoed == null ? Set.of() : vetoed)
        .violations(0, 0);
  }

  /**
   * Sets the mentor of each open mentee (indices into the codes) to the slots' optimal
   * assignment, leaving out the pairs that break a hard rule.
   */
  private void assignOptimally(CandidateCodes codes, int[] slots, int[] open, int[] mentorOf) {
    if (slots.length == 0 || open.length == 0) {
      return;
    }
    int prohibitive = Math.multiplyExact(100, Math.max(slots.length, open.length)) + 1;
    long start = System.nanoTime();
    // rows: mentees; columns: mentor slots. Checking and scoring all pairs is much of the work,
    // so the rows are spread over the cores; each mentor is scored once, then copied to its slots.
    CostMatrix costs = new CostMatrix(open.length, slots.length);
    int[] values = costs.values();
    IntStream.range(0, open.length).parallel().forEach(row -> {
      int mentee = open[row];
      int[] mentorCosts = new int[codes.mentors()];
      for (int mentor = 0; mentor < mentorCosts.length; mentor++) {
        mentorCosts[mentor] = codes.allowed(mentor, mentee) ? 100 - FitScorer.score(codes, mentor, mentee) : prohibitive;
      }
      int base = row * slots.length;
      for (int column = 0; column < slots.length; column++) {
        values[base + column] = mentorCosts[slots[column]];
      }
    });
    long scored = System.nanoTime();
    int[] slotOfMentee = AssignmentSolver.solve(costs);
    observer.assigned(costs, scored - start, System.nanoTime() - scored);
    for (int row = 0; row < open.length; row++) {
      int column = slotOfMentee[row];
      if (column >= 0 && costs.get(row, column) != prohibitive) { // else unmatched, or breaks a hard rule
        mentorOf[open[row]] = slots[column];
      }
    }
  }

  /** Whether more than {@code count} of all mentees keep every hard rule with this mentor. */
  private static boolean hasMoreFeasibleMentees(CandidateCodes codes, int mentor, int count) {
    int feasible = 0;
    for (int mentee = 0; mentee < codes.mentees() && feasible <= count; mentee++) {
      if (codes.allowed(mentor, mentee)) {
        feasible++;
      }
    }
    return feasible > count;
  }

  /** Why a mentee stays: the first hard rule (in their order) that leaves no mentor, else the optimum. */
  private static Reason menteeReason(CandidateCodes codes, int mentee) {
    if (codes.mentors() == 0) {
      return Reason.of(Why.NO_MENTORS_AVAILABLE);
    }
    int[] remaining = IntStream.range(0, codes.mentors()).toArray();
    int count = remaining.length;
    for (HardRule rule : HardRule.values()) {
      int kept = 0;
      for (int r = 0; r < count; r++) {
        if (codes.allows(rule, remaining[r], mentee)) {
          remaining[kept++] = remaining[r];
        }
      }
      count = kept;
      if (count == 0) {
        return rule == HardRule.DIFFERENT_DEPARTMENT ? Reason.of(Why.NO_MENTOR_OUTSIDE_DEPARTMENT)
            : Reason.of(noMentorLeftBy(rule), codes.rules().minimumGenerationGap());
      }
    }
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

  private static <T> Map<Long, Integer> indexById(List<T> sorted, ToLongFunction<T> id) {
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      index.put(id.applyAsLong(sorted.get(i)), i);
    }
    return index;
  }

  private static <T> List<T> sortedUnique(
      List<T> items, ToLongFunction<T> id, String what) {
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
