package org.reversementoring.matching;

import java.util.Arrays;

/**
 * Minimum-cost assignment on a dense cost matrix by shortest augmenting paths, as Jonker and
 * Volgenant do it, in the rectangular form of Crouse ("On implementing 2D rectangular assignment
 * algorithms", 2016) that SciPy's {@code linear_sum_assignment} uses, for rows ≤ columns:
 *
 * <ol>
 *   <li>row reduction: each row's potential is its least cost, and a row whose least cost lies in
 *       a column still free takes that column (the first such), which settles most rows at once;
 *   <li>each row left is assigned along a shortest path in reduced costs, found Dijkstra-style
 *       over the columns the search has not reached yet; the potentials of the rows and columns
 *       it reached then change so that reduced costs stay non-negative and zero on assigned
 *       pairs, and free columns keep potential zero, which makes the rectangular result optimal.
 * </ol>
 *
 * Among equally short paths one ending in a free column is taken at once, which keeps searches
 * short where costs tie, as the matcher's small integer costs do. Worst case O(r² · c);
 * deterministic.
 */
final class AssignmentSolver {

  private final int[] costs; // row after row
  private final int columns;
  private final long[] rowPotential;
  private final long[] columnPotential;
  private final int[] columnOfRow;
  private final int[] rowOfColumn;
  /** Per search: each column's distance from the start row and the row it is reached from. */
  private final long[] distance;
  private final int[] pathRow;
  /** Per search: the columns not reached yet (the first ones, as many as are left), those reached, the rows reached. */
  private final int[] unreached;
  private final int[] reachedColumns;
  private final int[] reachedRows;
  private int reachedColumnCount;
  private int reachedRowCount;
  private long pathLength;

  private AssignmentSolver(CostMatrix costs) {
    this.costs = costs.values();
    this.columns = costs.columns();
    int rows = costs.rows();
    rowPotential = new long[rows];
    columnPotential = new long[columns];
    columnOfRow = new int[rows];
    rowOfColumn = new int[columns];
    Arrays.fill(columnOfRow, -1);
    Arrays.fill(rowOfColumn, -1);
    distance = new long[columns];
    pathRow = new int[columns];
    unreached = new int[columns];
    reachedColumns = new int[columns];
    reachedRows = new int[rows];
  }

  /**
   * Assigns every row to a distinct column (or every column to a distinct row, when there are
   * more rows than columns) so that the total cost is minimal.
   *
   * @return the column of each row, -1 for a row left out
   */
  static int[] solve(CostMatrix costs) {
    if (costs.rows() <= costs.columns()) {
      return new AssignmentSolver(costs).assignRows();
    }
    int[] rowOfColumn = new AssignmentSolver(costs.transposed()).assignRows();
    int[] columnOfRow = new int[costs.rows()];
    Arrays.fill(columnOfRow, -1);
    for (int column = 0; column < rowOfColumn.length; column++) {
      columnOfRow[rowOfColumn[column]] = column;
    }
    return columnOfRow;
  }

  /** rows ≤ columns */
  private int[] assignRows() {
    for (int row = 0; row < columnOfRow.length; row++) {
      reduce(row);
    }
    for (int row = 0; row < columnOfRow.length; row++) {
      if (columnOfRow[row] < 0) {
        int sink = shortestPathFrom(row);
        updatePotentials(row);
        augment(row, sink);
      }
    }
    return columnOfRow;
  }

  /** Sets the row's potential to its least cost and takes the first free column at that cost. */
  private void reduce(int row) {
    int base = row * columns;
    int least = Integer.MAX_VALUE;
    int free = -1;
    for (int column = 0; column < columns; column++) {
      int cost = costs[base + column];
      if (cost < least) {
        least = cost;
        free = rowOfColumn[column] < 0 ? column : -1;
      } else if (cost == least && free < 0 && rowOfColumn[column] < 0) {
        free = column;
      }
    }
    rowPotential[row] = least;
    if (free >= 0) {
      columnOfRow[row] = free;
      rowOfColumn[free] = row;
    }
  }

  /** The free column at the end of a shortest path from the (free) start row. */
  private int shortestPathFrom(int start) {
    Arrays.fill(distance, Long.MAX_VALUE);
    for (int column = 0; column < columns; column++) {
      unreached[column] = column;
    }
    int unreachedCount = columns;
    reachedColumnCount = 0;
    reachedRowCount = 0;
    long length = 0;
    int row = start;
    while (true) {
      reachedRows[reachedRowCount++] = row;
      int base = row * columns;
      long offset = length - rowPotential[row];
      long lowest = Long.MAX_VALUE;
      int nearest = -1;
      boolean nearestFree = false;
      for (int k = 0; k < unreachedCount; k++) {
        int column = unreached[k];
        long d = offset + costs[base + column] - columnPotential[column];
        if (d < distance[column]) {
          distance[column] = d;
          pathRow[column] = row;
        } else {
          d = distance[column];
        }
        if (d < lowest || (d == lowest && !nearestFree && rowOfColumn[column] < 0)) {
          lowest = d;
          nearest = k;
          nearestFree = rowOfColumn[column] < 0;
        }
      }
      length = lowest;
      int column = unreached[nearest];
      unreached[nearest] = unreached[--unreachedCount];
      reachedColumns[reachedColumnCount++] = column;
      if (nearestFree) {
        pathLength = length;
        return column;
      }
      row = rowOfColumn[column];
    }
  }

  /** Keeps the reduced costs non-negative and those on assigned pairs zero. */
  private void updatePotentials(int start) {
    rowPotential[start] += pathLength;
    for (int k = 1; k < reachedRowCount; k++) {
      int row = reachedRows[k];
      rowPotential[row] += pathLength - distance[columnOfRow[row]];
    }
    for (int k = 0; k < reachedColumnCount; k++) {
      int column = reachedColumns[k];
      columnPotential[column] -= pathLength - distance[column];
    }
  }

  /** Shifts the assignments along the path, so the start row and the free column join. */
  private void augment(int start, int sink) {
    int column = sink;
    while (true) {
      int row = pathRow[column];
      rowOfColumn[column] = row;
      int previous = columnOfRow[row];
      columnOfRow[row] = column;
      if (row == start) {
        return;
      }
      column = previous;
    }
  }
}
