package com.surveypivot.ui;

import com.surveypivot.findings.Finding;
import java.util.List;

/** Selects a finding's cell in the crosstab grid (its segment's row and its answer's column, or transposed). */
final class GridMarker {
    private GridMarker() {
    }

    /**
     * @return whether a cell was selected (false when the grid shows another table or the cell is not in it)
     */
    static boolean mark(CrosstabGrid grid, Finding f, boolean transposed) {
        GridTable table = grid.table();
        if (table == null) {
            return false;
        }
        String rowLabel = transposed ? f.answer() : f.segment();
        String columnLabel = transposed ? f.segment() : f.answer();
        int row = rowLabel == null ? 0 : indexOfRow(table.rows(), rowLabel);
        int column = columnLabel == null ? 0 : table.headers().indexOf(columnLabel);
        if (row < 0 || column < 0) {
            return false;
        }
        // column 0 of the grid is the row labels
        grid.getSelectionModel().clearAndSelect(row, grid.getColumns().get(column + 1));
        grid.scrollTo(row);
        grid.scrollToColumnIndex(column + 1);
        return true;
    }

    private static int indexOfRow(List<GridTable.Row> rows, String label) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).total() && rows.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }
}
