package org.reversementoring.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidates of one matching run as numbers, indexed by their position in the lists given:
 * departments, languages, places, e-mails, topics and slots become small int codes, sets become
 * sorted int arrays or bit sets. Checking a hard rule or scoring a pair then reads a few arrays and
 * allocates nothing, which matters because every pair is checked and scored.
 */
final class CandidateCodes {

  private static final int NONE = -1;
  private static final int[] NO_CODES = {};
  private static final HardRule[] HARD_RULES = HardRule.values();

  private final MatchingRules rules;
  private final int minimumGap;

  private final int[] mentorDepartment;
  private final int[] mentorBirthYear;
  private final int[] mentorLanguage;
  private final int[] mentorLocation;
  private final int[] mentorSupervisor;
  private final int[] mentorEmail;
  private final int[][] mentorPrevious; // mentee indices
  private final BitRows mentorTopics;
  private final BitRows mentorSlots;

  private final int[] menteeDepartment;
  private final int[] menteeBirthYear;
  private final int[] menteeLanguage;
  private final int[] menteeLocation;
  private final int[][] menteeLine; // e-mail codes of the mentee and of their reporting line
  private final int[][] menteeExcluded; // mentor e-mail codes
  private final int[][] menteeVetoed; // mentor indices
  private final int[][] menteeTopics; // wanted topic codes, most wanted first
  private final BitRows menteeSlots;

  private CandidateCodes(List<MentorCandidate> mentors, List<MenteeCandidate> mentees, MatchingRules rules,
      Set<Pair> vetoed) {
    this.rules = rules;
    this.minimumGap = rules.minimumGenerationGap();
    int m = mentors.size();
    int n = mentees.size();
    Codes words = new Codes(); // departments, languages, places: each compared with its own kind only
    Codes emails = new Codes();
    Codes topics = new Codes();
    Codes slots = new Codes();
    Map<Long, Integer> menteeIndex = new HashMap<>();
    if (!vetoed.isEmpty() || mentors.stream().anyMatch(mentor -> !mentor.previousMenteeIds().isEmpty())) {
      for (int j = 0; j < n; j++) {
        menteeIndex.put(mentees.get(j).id(), j);
      }
    }

    mentorDepartment = new int[m];
    mentorBirthYear = new int[m];
    mentorLanguage = new int[m];
    mentorLocation = new int[m];
    mentorSupervisor = new int[m];
    mentorEmail = new int[m];
    mentorPrevious = new int[m][];
    int[][] mentorTopicCodes = new int[m][];
    for (int i = 0; i < m; i++) {
      MentorCandidate mentor = mentors.get(i);
      mentorDepartment[i] = words.of(Text.key(mentor.department()));
      mentorBirthYear[i] = mentor.birthYear();
      mentorLanguage[i] = words.ofGiven(mentor.language());
      mentorLocation[i] = words.ofGiven(mentor.location());
      mentorSupervisor[i] = emails.ofGiven(mentor.supervisorEmail());
      mentorEmail[i] = emails.of(Text.key(mentor.email()));
      int[] previous = new int[mentor.previousMenteeIds().size()];
      int k = 0;
      for (long id : mentor.previousMenteeIds()) {
        previous[k++] = menteeIndex.getOrDefault(id, NONE);
      }
      mentorPrevious[i] = known(previous);
      mentorTopicCodes[i] = topics.of(mentor.topics());
      mentor.availability().forEach(slots::of);
    }

    menteeDepartment = new int[n];
    menteeBirthYear = new int[n];
    menteeLanguage = new int[n];
    menteeLocation = new int[n];
    menteeLine = new int[n][];
    menteeExcluded = new int[n][];
    menteeTopics = new int[n][];
    menteeVetoed = new int[n][];
    for (int j = 0; j < n; j++) {
      MenteeCandidate mentee = mentees.get(j);
      menteeDepartment[j] = words.of(Text.key(mentee.department()));
      menteeBirthYear[j] = mentee.birthYear();
      menteeLanguage[j] = words.ofGiven(mentee.language());
      menteeLocation[j] = words.ofGiven(mentee.location());
      int[] line = emails.find(mentee.managementChain(), 1);
      line[line.length - 1] = emails.find(Text.key(mentee.email()));
      menteeLine[j] = known(line);
      menteeExcluded[j] = known(emails.find(mentee.exclusions(), 0));
      menteeTopics[j] = topics.of(mentee.topics());
      mentee.availability().forEach(slots::of);
      menteeVetoed[j] = NO_CODES;
    }
    for (Pair pair : vetoed) {
      int mentee = menteeIndex.getOrDefault(pair.menteeId(), NONE);
      int mentor = indexOf(mentors, pair.mentorId());
      if (mentee != NONE && mentor != NONE) {
        int[] before = menteeVetoed[mentee];
        int[] after = Arrays.copyOf(before, before.length + 1);
        after[before.length] = mentor;
        menteeVetoed[mentee] = known(after);
      }
    }

    mentorTopics = new BitRows(m, topics.size());
    mentorSlots = new BitRows(m, slots.size());
    for (int i = 0; i < m; i++) {
      for (int topic : mentorTopicCodes[i]) {
        mentorTopics.set(i, topic);
      }
      for (String slot : mentors.get(i).availability()) {
        mentorSlots.set(i, slots.of(slot));
      }
    }
    menteeSlots = new BitRows(n, slots.size());
    for (int j = 0; j < n; j++) {
      for (String slot : mentees.get(j).availability()) {
        menteeSlots.set(j, slots.of(slot));
      }
    }
  }

  /** Codes for these candidates, in the order given; vetoed pairs of others are ignored. */
  static CandidateCodes of(
      List<MentorCandidate> mentors, List<MenteeCandidate> mentees, MatchingRules rules, Set<Pair> vetoed) {
    return new CandidateCodes(mentors, mentees, rules, vetoed);
  }

  MatchingRules rules() {
    return rules;
  }

  int mentors() {
    return mentorDepartment.length;
  }

  int mentees() {
    return menteeDepartment.length;
  }

  /** Whether the mentor at this index and the mentee at that one keep the rule. */
  boolean allows(HardRule rule, int mentor, int mentee) {
    return switch (rule) {
      case DIFFERENT_DEPARTMENT -> differentDepartment(mentor, mentee);
      case GENERATION_GAP -> gapWideEnough(mentor, mentee);
      case NO_REPORTING_LINE -> noReportingLine(mentor, mentee);
      case NOT_PAIRED_BEFORE -> notPairedBefore(mentor, mentee);
      case NOT_EXCLUDED -> notExcluded(mentor, mentee);
      case NOT_VETOED -> notVetoed(mentor, mentee);
    };
  }

  /** True when the pair keeps every hard rule: {@link #allows} for all, spelt out for speed. */
  boolean allowed(int mentor, int mentee) {
    return differentDepartment(mentor, mentee)
        && gapWideEnough(mentor, mentee)
        && noReportingLine(mentor, mentee)
        && notPairedBefore(mentor, mentee)
        && notExcluded(mentor, mentee)
        && notVetoed(mentor, mentee);
  }

  private boolean differentDepartment(int mentor, int mentee) {
    return mentorDepartment[mentor] != menteeDepartment[mentee];
  }

  private boolean gapWideEnough(int mentor, int mentee) {
    return mentorBirthYear[mentor] - menteeBirthYear[mentee] >= minimumGap;
  }

  private boolean noReportingLine(int mentor, int mentee) {
    return !contains(menteeLine[mentee], mentorSupervisor[mentor]);
  }

  private boolean notPairedBefore(int mentor, int mentee) {
    return !contains(mentorPrevious[mentor], mentee);
  }

  private boolean notExcluded(int mentor, int mentee) {
    return !contains(menteeExcluded[mentee], mentorEmail[mentor]);
  }

  private boolean notVetoed(int mentor, int mentee) {
    return !contains(menteeVetoed[mentee], mentor);
  }

  /** The hard rules the pair breaks. */
  Set<HardRule> violations(int mentor, int mentee) {
    Set<HardRule> broken = EnumSet.noneOf(HardRule.class);
    for (HardRule rule : HARD_RULES) {
      if (!allows(rule, mentor, mentee)) {
        broken.add(rule);
      }
    }
    return broken;
  }

  int wantedTopics(int mentee) {
    return menteeTopics[mentee].length;
  }

  /** The weight of the wanted topics the mentor covers: k for the first of k, 1 for the last. */
  int sharedTopicWeight(int mentor, int mentee) {
    int[] wanted = menteeTopics[mentee];
    int weight = 0;
    for (int p = 0; p < wanted.length; p++) {
      weight += (wanted.length - p) * mentorTopics.bit(mentor, wanted[p]); // no branch to mispredict
    }
    return weight;
  }

  boolean sameLanguage(int mentor, int mentee) {
    return mentorLanguage[mentor] != NONE && mentorLanguage[mentor] == menteeLanguage[mentee];
  }

  boolean sameLocation(int mentor, int mentee) {
    return mentorLocation[mentor] != NONE && mentorLocation[mentor] == menteeLocation[mentee];
  }

  int commonSlots(int mentor, int mentee) {
    return mentorSlots.common(mentor, menteeSlots, mentee);
  }

  /** The size of the smaller of the two slot sets. */
  int fewerSlots(int mentor, int mentee) {
    return Math.min(mentorSlots.count(mentor), menteeSlots.count(mentee));
  }

  /** The index of the mentor with this id, NONE when absent; vetoes are few, so a search will do. */
  private static int indexOf(List<MentorCandidate> mentors, long id) {
    for (int i = 0; i < mentors.size(); i++) {
      if (mentors.get(i).id() == id) {
        return i;
      }
    }
    return NONE;
  }

  /** Whether a sorted array holds the value; arrays are short, mostly empty. */
  private static boolean contains(int[] sorted, int value) {
    return sorted.length != 0 && Arrays.binarySearch(sorted, value) >= 0;
  }

  /** The codes known (not NONE), sorted, without duplicates; the array given may be reused. */
  private static int[] known(int[] codes) {
    int kept = 0;
    for (int code : codes) {
      if (code != NONE) {
        codes[kept++] = code;
      }
    }
    if (kept == 0) {
      return NO_CODES;
    }
    Arrays.sort(codes, 0, kept);
    int distinct = 1;
    for (int k = 1; k < kept; k++) {
      if (codes[k] != codes[distinct - 1]) {
        codes[distinct++] = codes[k];
      }
    }
    return distinct == codes.length ? codes : Arrays.copyOf(codes, distinct);
  }

  /** Strings numbered in the order first seen. */
  private static final class Codes {
    private final Map<String, Integer> codes = new HashMap<>();

    int of(String value) {
      Integer code = codes.get(value);
      if (code == null) {
        code = codes.size();
        codes.put(value, code);
      }
      return code;
    }

    /** The code of the value compared case-insensitively, NONE when it is not given. */
    int ofGiven(String value) {
      String key = Text.key(value);
      return key.isEmpty() ? NONE : of(key);
    }

    int find(String value) {
      return codes.getOrDefault(value, NONE);
    }

    int[] of(List<String> values) {
      int[] codes = new int[values.size()];
      for (int k = 0; k < codes.length; k++) {
        codes[k] = of(values.get(k));
      }
      return codes;
    }

    /** The codes of these values, NONE for those not known, and room for {@code extra} more. */
    int[] find(Collection<String> values, int extra) {
      int[] codes = new int[values.size() + extra];
      int k = 0;
      for (String value : values) {
        codes[k++] = find(value);
      }
      return codes;
    }

    int size() {
      return codes.size();
    }
  }

  /** One bit set per candidate, side by side in one array. */
  private static final class BitRows {
    private final int words;
    private final long[] bits;
    private final int[] counts;

    BitRows(int rows, int codes) {
      words = Math.max(1, (codes + 63) >>> 6);
      bits = new long[rows * words];
      counts = new int[rows];
    }

    void set(int row, int code) {
      int word = row * words + (code >>> 6);
      long bit = 1L << code;
      if ((bits[word] & bit) == 0) {
        bits[word] |= bit;
        counts[row]++;
      }
    }

    /** 1 when the row holds the code, else 0. */
    int bit(int row, int code) {
      return (int) (bits[row * words + (code >>> 6)] >>> code) & 1;
    }

    int count(int row) {
      return counts[row];
    }

    /** How many codes this row and the other's row share; both have the same width. */
    int common(int row, BitRows other, int otherRow) {
      if (words == 1) { // up to 64 codes, the usual case
        return Long.bitCount(bits[row] & other.bits[otherRow]);
      }
      int shared = 0;
      for (int w = 0; w < words; w++) {
        shared += Long.bitCount(bits[row * words + w] & other.bits[otherRow * words + w]);
      }
      return shared;
    }
  }
}
