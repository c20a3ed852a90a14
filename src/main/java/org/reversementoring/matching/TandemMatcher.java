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
import org.reversementoring.content.TopicNames;

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
 * allocated per pair), the mentees spread over the cores; only the chosen pairs get their reasons
 * in words.
 *
 * <p>Determinism: mentors and mentees are sorted by id before the costs are built, and the
 * solver's choice among equally good assignments depends on the cost matrix alone, so the same
 * input always yields the same output, whatever the input order.
 */
public class TandemMatcher {

  private final TopicNames topics;
  private final MatchingObserver observer;

  /** {@code topics} names the topics in the reasons. */
  public TandemMatcher(TopicNames topics) {
    this(topics, MatchingObserver.NONE);
  }

  TandemMatcher(TopicNames topics, MatchingObserver observer) {
    this.topics = topics;
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
      String reason = null;
      if (mentor == null) {
        reason = "mentor " + pair.mentorId() + " is not in this matching";
      } else if (mentee == null) {
        reason = "mentee " + pair.menteeId() + " is not in this matching";
      } else {
        Set<HardRule> broken = codes.violations(mentor, mentee);
        if (!broken.isEmpty()) {
          reason = "breaks the hard rules: "
              + broken.stream().map(HardRule::violation).collect(Collectors.joining(", "));
        } else if (fixedMentorOf[mentee] >= 0) {
          reason = "the mentee is already fixed with mentor " + sortedMentors.get(fixedMentorOf[mentee]).id();
        } else if (freePlaces[mentor] == 0) {
          reason = "the mentor has no free place left (capacity " + sortedMentors.get(mentor).capacity() + ")";
        }
      }
      if (reason != null) {
        rejected.add(new RejectedFixedPair(pair, reason));
        continue;
      }
      List<String> reasons = new ArrayList<>(FitScorer.reasons(sortedMentors.get(mentor), sortedMentees.get(mentee), topics));
      reasons.add("fixed by the coordinator");
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
            FitScorer.reasons(mentor, candidate, topics), false));
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
        String reason;
        if (sortedMentees.isEmpty()) {
          reason = "no mentees are waiting";
        } else if (!hasMoreFeasibleMentees(codes, mentor, 0)) {
          reason = "no waiting mentee meets the hard rules with this mentor";
        } else if (!hasMoreFeasibleMentees(codes, mentor, assigned)) {
          reason = "no further suitable mentee";
        } else {
          reason = "the suitable mentees were matched with other mentors for the best overall fit";
        }
        unmatchedMentors.add(new UnmatchedMentor(sortedMentors.get(mentor).id(), capacity - assigned, reason));
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

  private static final String[] STAGE_TAILS = {
    null, null,
    " who is outside your reporting line",
    " you have not been paired with before",
    " who is not on your exclusion list",
    " whose pairing with you was not vetoed",
  };

  private static String menteeReason(CandidateCodes codes, int mentee) {
    if (codes.mentors() == 0) {
      return "no qualified mentors are available in this matching";
    }
    String base = "no mentor outside your department with a " + codes.rules().minimumGenerationGap() + "-year gap";
    int[] remaining = IntStream.range(0, codes.mentors()).toArray();
    int count = remaining.length;
    HardRule[] stages = HardRule.values();
    for (int k = 0; k < stages.length; k++) {
      HardRule rule = stages[k];
      int kept = 0;
      for (int r = 0; r < count; r++) {
        if (codes.allows(rule, remaining[r], mentee)) {
          remaining[kept++] = remaining[r];
        }
      }
      count = kept;
      if (count == 0) {
        return switch (rule) {
          case DIFFERENT_DEPARTMENT -> "no mentor outside your department";
          case GENERATION_GAP -> base;
          default -> base + STAGE_TAILS[k];
        };
      }
    }
    return count == 1
        ? "the one suitable mentor was matched with other mentees for the best overall fit"
        : "all " + count + " suitable mentors were matched with other mentees for the best overall fit";
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
