package org.reversementoring.matching;

/** A pair the coordinator asked to fix but which the matcher could not honour, and why. */
public record RejectedFixedPair(Pair pair, Reason reason) {}
