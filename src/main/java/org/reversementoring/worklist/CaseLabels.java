package org.reversementoring.worklist;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The short label of a case, answered by the capability that keeps its records (applications,
 * enrollments, tandems). Read when a task of the case is created.
 */
public interface CaseLabels {

  /** The prefix of the case numbers this capability issues, e.g. "RMA" for RMA-2026-0001. */
  String numberPrefix();

  /** The label of the case with this number, or empty when it is not one of this capability's. */
  Optional<String> labelOf(String caseNumber);

  /** The longest label kept; a longer one is cut with an ellipsis. */
  int MAX_LENGTH = 120;

  /** The parts that are not blank, joined by " · ": "Lena Fischer · Aftersales · AI tools". */
  static String join(String... parts) {
    String label = Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).map(String::strip)
        .collect(Collectors.joining(" · "));
    return label.length() <= MAX_LENGTH ? label : label.substring(0, MAX_LENGTH - 1) + "…";
  }

  /** The first two topics by their English names, as the catalogue names them. */
  static String topics(List<String> codes, UnaryOperator<String> englishName) {
    return codes.stream().limit(2).map(englishName).collect(Collectors.joining(", "));
  }
}
