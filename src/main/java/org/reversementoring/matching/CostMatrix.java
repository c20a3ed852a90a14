package org.reversementoring.matching;

/**
 * A dense matrix of non-negative int costs for {@link AssignmentSolver}, row after row in one
 * array: a large one is then allocated once, outside the young generation, and never copied by
 * the garbage collector while it is filled and solved.
 */
final class CostMatrix {

  private final int rows;
  private final int columns;
  private final int[] costs;

  CostMatrix(int rows, int columns) {
    this.rows = rows;
    this.columns = columns;
    this.costs = new int[Math.multiplyExact(rows, columns)];
  }

  int rows() {
    return rows;
  }

  int columns() {
    return columns;
  }

  int get(int row, int column) {
    return costs[row * columns + column];
  }

  /** The costs themselves, not a copy, row after row: row r starts at {@code r * columns()}. */
  int[] values() {
    return costs;
  }

  CostMatrix transposed() {
    CostMatrix transposed = new CostMatrix(columns, rows);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        transposed.costs[j * rows + i] = costs[i * columns + j];
      }
    }
    return transposed;
  }
}
