package org.reversementoring.matching;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The pairs a coordinator vetoed and fixed in all rounds of one matching so far; the matcher
 * proposes around them.
 */
public record ChosenPairs(Set<Pair> vetoed, Set<Pair> fixed) {

  public ChosenPairs {
    // kept in the order chosen, as the process variables list them
    vetoed = Collections.unmodifiableSet(new LinkedHashSet<>(vetoed));
    fixed = Collections.unmodifiableSet(new LinkedHashSet<>(fixed));
  }

  /** As the process keeps them, in {@link Pairs} format; null or blank for none. */
  public static ChosenPairs parse(String vetoed, String fixed) {
    return new ChosenPairs(Pairs.parse(vetoed), Pairs.parse(fixed));
  }

  /**
   * Adds this round's vetoes and fixes: a new veto lifts an earlier fix of the same pair, a new
   * fix an earlier veto.
   */
  public ChosenPairs plus(Set<Pair> newVetoes, Set<Pair> newFixes) {
    Set<Pair> allVetoed = new LinkedHashSet<>(vetoed);
    Set<Pair> allFixed = new LinkedHashSet<>(fixed);
    allFixed.removeAll(newVetoes);
    allVetoed.removeAll(newFixes);
    allVetoed.addAll(newVetoes);
    allFixed.addAll(newFixes);
    return new ChosenPairs(allVetoed, allFixed);
  }

  public String vetoedText() {
    return Pairs.format(vetoed);
  }

  public String fixedText() {
    return Pairs.format(fixed);
  }
}
