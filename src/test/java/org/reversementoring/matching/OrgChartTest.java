package org.reversementoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgChartTest {

  private final OrgChart chart = OrgChart.fromLines(List.of(
      "employee,manager",
      "# a comment",
      "Sven.Vogel@example.com, olga@example.com",
      "olga@example.com;board@example.com",
      "trainee-lead@example.com,sven.vogel@example.com",
      "",
      "peer@example.com,board@example.com"));

  @Test
  void aChainHoldsEveryoneAboveAndEveryoneBelowIgnoringCase() {
    assertThat(chart.chainOf("OLGA@example.com"))
        .containsExactlyInAnyOrder("board@example.com", "sven.vogel@example.com", "trainee-lead@example.com");
    assertThat(chart.chainOf("sven.vogel@example.com"))
        .containsExactlyInAnyOrder("olga@example.com", "board@example.com", "trainee-lead@example.com");
    assertThat(chart.chainOf("peer@example.com")).containsExactly("board@example.com");
    assertThat(chart.chainOf("unknown@example.com")).isEmpty();
    assertThat(OrgChart.empty().chainOf("olga@example.com")).isEmpty();
  }

  @Test
  void aCycleInTheExportEndsTheWalk() {
    OrgChart cyclic = OrgChart.fromLines(List.of("a@example.com,b@example.com", "b@example.com,a@example.com"));
    assertThat(cyclic.chainOf("a@example.com")).containsExactly("b@example.com");
  }

  @Test
  void aBrokenLineIsRefusedWithItsNumber() {
    assertThatThrownBy(() -> OrgChart.fromLines(List.of("employee,manager", "olga@example.com")))
        .hasMessageContaining("line 2");
  }
}
