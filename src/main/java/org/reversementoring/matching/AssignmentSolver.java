package org.reversementoring.matching;

import java.util.Arrays;

/**
 * Minimum-cost assignment on a dense cost matrix: the Hungarian algorithm in its shortest
 * augmenting path form with row and column potentials (as in Jonker–Volgenant), O(r² · c) for
 * r ≤ c. Each row of the smaller side is added in turn along the cheapest path in reduced costs;
 * scans go in index order and take the first minimum, so ties are resolved deterministically.
 */
final class AssignmentSolver {

  private AssignmentSolver() {}

  /**
   * Assigns every row to a distinct column (or every column to a distinct row, when there are
   * more rows than columns) so that the total cost is minimal.
   *
   * @param cost a rectangular matrix, {@code cost[row][column]}
   * @return the column of each row, -1 for a row left out
   */
  static int[] solve(long[][] cost) {
    int rows = cost.length;
    int columns = rows == 0 ? 0 : cost[0].length;
    if (rows <= columns) {
      return solveWide(cost, rows, columns);
    }
    long[][] transposed = new long[columns][rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        transposed[j][i] = cost[i][j];
      }
    }
    int[] rowOfColumn = solveWide(transposed, columns, rows);
    int[] columnOfRow = new int[rows];
    Arrays.fill(columnOfRow, -1);
    for (int j = 0; j < columns; j++) {
      columnOfRow[rowOfColumn[j]] = j;
    }
    return columnOfRow;
  }

  /** rows ≤ columns. Column index 0 is a virtual start column; real column j is index j + 1. */
  private static int[] solveWide(long[][] cost, int rows, int columns) {
    long[] rowPotential = new long[rows];
    long[] columnPotential = new long[columns + 1];
    int[] rowOf = new int[columns + 1]; // row + 1 assigned to each column, 0 = free
    int[] previous = new int[columns + 1]; // the path back to the start column
    long[] minReduced = new long[columns + 1];
    boolean[] inTree = new boolean[columns + 1];

    for (int row = 1; row <= rows; row++) {
      rowOf[0] = row;
      int column = 0;
      Arrays.fill(minReduced, Long.MAX_VALUE);
      Arrays.fill(inTree, false);
      do {
        // grow the tree by the column with the least reduced cost from the tree's rows
        inTree[column] = true;
        int treeRow = rowOf[column] - 1;
        long[] treeCosts = cost[treeRow];
        long treeRowPotential = rowPotential[treeRow];
        long delta = Long.MAX_VALUE;
        int next = 0;
        for (int j = 1; j <= columns; j++) {
          if (!inTree[j]) {
            long reduced = treeCosts[j - 1] - treeRowPotential - columnPotential[j];
            if (reduced < minReduced[j]) {
              minReduced[j] = reduced;
              previous[j] = column;
            }
            if (minReduced[j] < delta) {
              delta = minReduced[j];
              next = j;
            }
          }
        }
        for (int j = 0; j <= columns; j++) {
          if (inTree[j]) {
            rowPotential[rowOf[j] - 1] += delta;
            columnPotential[j] -= delta;
          } else {
            minReduced[j] -= delta;
          }
        }
        column = next;
      } while (rowOf[column] != 0);
      // augment: shift the assignments along the path back to the start column
      do {
        int before = previous[column];
        rowOf[column] = rowOf[before];
        column = before;
      } while (column != 0);
    }

    int[] columnOfRow = new int[rows];
    for (int j = 1; j <= columns; j++) {
      if (rowOf[j] != 0) {
        columnOfRow[rowOf[j] - 1] = j - 1;
      }
    }
    return columnOfRow;
  }
}
