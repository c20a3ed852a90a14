package org.reversementoring.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reversementoring.common.EmailAddress;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.RejectedInputException;

/**
 * What a coordinator types into "Review matching proposal": pairs to veto by their number in the
 * proposal ("2, 5") and pairs to fix, one per line, mentor's email first
 * ("lena@example.com + marc@example.com"). Every refusal names the field.
 */
public final class CoordinatorChoices {

  public static final String DECISION = "matchingDecision";
  public static final String VETOES = "vetoes";
  public static final String FIXES = "fixes";
  static final int MAX_TEXT = 20_000;

  private static final Pattern EMAIL = Pattern.compile("[^\\s,;=+<>]+@[^\\s,;=+<>]+");
  private static final Pattern SINGLE_EMAIL = Pattern.compile(EmailAddress.PATTERN);

  private CoordinatorChoices() {
  }

  /**
   * Checks "Review matching proposal" on completion: vetoes and fixes only with "recompute", and
   * then adds them to those of earlier rounds (see {@link ChosenPairs#plus}). The pool is read
   * only when there are fixes to look up in it.
   *
   * @param decision  as the form or a REST caller sent it; anything but approve, recompute or
   *                  cancel is refused
   * @param proposals the proposal under review, which the vetoes number
   * @return the pairs to recompute around; empty when the decision is approve or cancel
   */
  public static Optional<ChosenPairs> review(Object decision, String vetoes, String fixes, ChosenPairs earlier,
      List<Proposal> proposals, Supplier<MatchingPool> pool) {
    if ("recompute".equals(decision)) {
      Set<Pair> newVetoes = vetoes(vetoes, proposals);
      Set<Pair> newFixes = blank(fixes) ? Set.of() : fixes(fixes, pool.get());
      return Optional.of(earlier.plus(newVetoes, newFixes));
    }
    if ("approve".equals(decision) || "cancel".equals(decision)) {
      if (!blank(vetoes) || !blank(fixes)) {
        throw new RejectedInputException(blank(vetoes) ? FIXES : VETOES,
            "applies only with Recompute; clear it to " + decision);
      }
      return Optional.empty();
    }
    throw new RejectedInputException(DECISION, "must be one of approve, recompute, cancel");
  }

  /** The proposed pairs named by number; numbers count from 1 as the summary shows them. */
  public static Set<Pair> vetoes(String text, List<Proposal> proposals) {
    Set<Pair> vetoed = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return vetoed;
    }
    checkLength(VETOES, text);
    for (String token : text.strip().split("[\\s,;]+")) {
      int number;
      try {
        number = Integer.parseInt(token.replaceFirst("^#", ""));
      } catch (NumberFormatException e) {
        throw new RejectedInputException(VETOES, "'" + token + "' is not a proposal number; write the numbers of the pairs to veto, e.g. 2, 5");
      }
      if (number < 1 || number > proposals.size()) {
        throw new RejectedInputException(VETOES, "there is no proposed pair " + number
            + (proposals.isEmpty() ? "; nothing is proposed" : "; the proposal numbers go from 1 to " + proposals.size()));
      }
      vetoed.add(proposals.get(number - 1).pair());
    }
    return vetoed;
  }

  /** The pairs to fix, looked up in the pool by email. */
  public static Set<Pair> fixes(String text, MatchingPool pool) {
    Set<Pair> fixed = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return fixed;
    }
    checkLength(FIXES, text);
    List<FieldError> errors = new ArrayList<>();
    int lineNumber = 0;
    for (String line : text.split("\\R")) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      List<String> emails = emailsIn(line);
      if (emails.size() != 2 || !emails.stream().allMatch(e -> SINGLE_EMAIL.matcher(e).matches())) {
        errors.add(new FieldError(FIXES, "line " + lineNumber
            + " must name two email addresses, the mentor's first: lena@example.com + marc@example.com"));
        continue;
      }
      Optional<MatchingPool.Person> mentor = pool.mentorByEmail(emails.get(0));
      Optional<MatchingPool.Person> mentee = pool.menteeByEmail(emails.get(1));
      if (mentor.isEmpty()) {
        errors.add(new FieldError(FIXES, "line " + lineNumber + ": " + emails.get(0)
            + " is not a qualified mentor with a free place"));
      } else if (mentee.isEmpty()) {
        errors.add(new FieldError(FIXES, "line " + lineNumber + ": " + emails.get(1)
            + " is not an executive on the waitlist"));
      } else {
        fixed.add(new Pair(mentor.get().id(), mentee.get().id()));
      }
    }
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    return fixed;
  }

  private static List<String> emailsIn(String line) {
    List<String> emails = new ArrayList<>();
    Matcher matcher = EMAIL.matcher(line);
    while (matcher.find()) {
      emails.add(matcher.group());
    }
    return emails;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static void checkLength(String field, String text) {
    if (text.length() > MAX_TEXT) {
      throw new RejectedInputException(field, "must be at most " + MAX_TEXT + " characters");
    }
  }
}
