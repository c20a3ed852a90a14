package org.reversementoring.matching;

/** A dense matrix of non-negative int costs, one array per row, for {@link AssignmentSolver}. */
final class CostMatrix {

  private final int columns;
  private final int[][] rows;

  CostMatrix(int rows, int columns) {
    this.columns = columns;
    this.rows = new int[rows][columns];
  }

  int rows() {
    return rows.length;
  }

  int columns() {
    return columns;
  }

  int get(int row, int column) {
    return rows[row][column];
  }

  void set(int row, int column, int cost) {
    rows[row][column] = cost;
  }

  /** The row itself, not a copy: for filling and scanning a row without a call per cost. */
  int[] row(int row) {
    return rows[row];
  }

  CostMatrix transposed() {
    CostMatrix transposed = new CostMatrix(columns, rows.length);
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < columns; j++) {
        transposed.rows[j][i] = rows[i][j];
      }
    }
    return transposed;
  }
}
