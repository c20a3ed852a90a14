package org.reversementoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class AssignmentSolverTest {

  @Test
  void emptyAndSingle() {
    assertThat(solve(new long[0][0])).isEmpty();
    assertThat(solve(new long[][] {{7}})).containsExactly(0);
  }

  @Test
  void tiesGoToTheFirstIndices() {
    assertThat(solve(new long[3][5])).containsExactly(0, 1, 2);
    assertThat(solve(new long[5][3])).containsExactly(0, 1, 2, -1, -1);
  }

  @Test
  void optimalAgainstBruteForceOnSmallMatrices() {
    Random random = new Random(11);
    for (int round = 0; round < 2_000; round++) {
      long[][] cost = randomCosts(random, 1 + random.nextInt(6), 1 + random.nextInt(6));
      int[] assignment = solve(cost);
      assertValid(cost, assignment);
      assertThat(total(cost, assignment)).as("round %d", round).isEqualTo(bruteForce(cost));
    }
  }

  @Test
  void optimalAgainstJGraphTKuhnMunkres() {
    Random random = new Random(12);
    for (int round = 0; round < 100; round++) {
      long[][] cost = randomCosts(random, 1 + random.nextInt(40), 1 + random.nextInt(40));
      int[] assignment = solve(cost);
      assertValid(cost, assignment);
      assertThat(total(cost, assignment)).as("round %d", round).isEqualTo(kuhnMunkres(cost));
    }
  }

  private static int[] solve(long[][] cost) {
    CostMatrix matrix = new CostMatrix(cost.length, cost.length == 0 ? 0 : cost[0].length);
    for (int i = 0; i < matrix.rows(); i++) {
      for (int j = 0; j < matrix.columns(); j++) {
        matrix.values()[i * matrix.columns() + j] = Math.toIntExact(cost[i][j]);
      }
    }
    return AssignmentSolver.solve(matrix);
  }

  /** Small integer costs (many ties) with some prohibitive ones, as the matcher builds them. */
  private static long[][] randomCosts(Random random, int rows, int columns) {
    long prohibitive = 100L * Math.max(rows, columns) + 1;
    long[][] cost = new long[rows][columns];
    for (long[] row : cost) {
      for (int j = 0; j < columns; j++) {
        row[j] = random.nextInt(4) == 0 ? prohibitive : random.nextInt(101);
      }
    }
    return cost;
  }

  private static void assertValid(long[][] cost, int[] assignment) {
    int columns = cost[0].length;
    assertThat(assignment).hasSize(cost.length);
    Set<Integer> used = new HashSet<>();
    for (int column : assignment) {
      assertThat(column).isBetween(-1, columns - 1);
      if (column >= 0) {
        assertThat(used.add(column)).isTrue();
      }
    }
    assertThat(used).hasSize(Math.min(cost.length, columns));
  }

  private static long total(long[][] cost, int[] assignment) {
    long total = 0;
    for (int i = 0; i < assignment.length; i++) {
      total += assignment[i] < 0 ? 0 : cost[i][assignment[i]];
    }
    return total;
  }

  /** Every injective assignment of the smaller side. */
  private static long bruteForce(long[][] cost) {
    boolean[] used = new boolean[cost[0].length];
    return search(cost, 0, used, Math.min(cost.length, cost[0].length));
  }

  private static long search(long[][] cost, int row, boolean[] used, int stillToAssign) {
    if (stillToAssign == 0) {
      return 0;
    }
    long best = Long.MAX_VALUE;
    if (cost.length - row > stillToAssign) {
      best = search(cost, row + 1, used, stillToAssign); // leave this row out
    }
    for (int j = 0; j < used.length; j++) {
      if (!used[j]) {
        used[j] = true;
        best = Math.min(best, cost[row][j] + search(cost, row + 1, used, stillToAssign - 1));
        used[j] = false;
      }
    }
    return best;
  }

  /** JGraphT on the matrix padded to a square with zero-cost dummies. */
  private static long kuhnMunkres(long[][] cost) {
    int rows = cost.length;
    int columns = cost[0].length;
    int n = Math.max(rows, columns);
    Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> left = new LinkedHashSet<>();
    Set<Integer> right = new LinkedHashSet<>();
    for (int v = 0; v < n; v++) {
      graph.addVertex(v);
      left.add(v);
      graph.addVertex(n + v);
      right.add(n + v);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        graph.setEdgeWeight(graph.addEdge(i, n + j), i < rows && j < columns ? cost[i][j] : 0);
      }
    }
    double weight = new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right)
        .getMatching().getWeight();
    return Math.round(weight);
  }
}
