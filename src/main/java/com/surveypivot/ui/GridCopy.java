package com.surveypivot.ui;

import com.surveypivot.export.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * What the grid's copy puts on the clipboard: the shown rows and columns (all, or those of the selection) as a
 * {@link TextTable}. Every row keeps its label (with the segment's letter) and the header row keeps the column
 * headers, so that a pasted selection is still readable. A value row holds plain numbers; the counts shown beside
 * the % go on a row of their own under it, and the significance arrows and letters on a marks row under that.
 * The legend and which Total is shown go under the table.
 */
final class GridCopy {
    private GridCopy() {
    }

    /**
     * @param grid       the grid
     * @param title      a line above the table ("" for none)
     * @param shownRows  the grid's rows in the order shown (sorted or not)
     * @param rows       indexes into {@code shownRows} to copy, ascending
     * @param columns    indexes of the value columns to copy (0 = the first value column), ascending
     * @param countLabel the label of a count row ("n")
     */
    static TextTable of(GridTable grid, String title, List<GridTable.Row> shownRows, SortedSet<Integer> rows,
            SortedSet<Integer> columns, String countLabel) {
        List<String> header = new ArrayList<>();
        header.add(grid.corner());
        for (int c : columns) {
            header.add(grid.shownHeaders().get(c));
        }
        List<TextTable.Row> body = new ArrayList<>();
        for (int r : rows) {
            GridTable.Row row = shownRows.get(r);
            List<String> values = new ArrayList<>();
            List<String> counts = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            values.add(row.displayLabel());
            counts.add(countLabel);
            marks.add("");
            boolean anyCount = false;
            boolean anyMark = false;
            for (int c : columns) {
                GridCell cell = row.parts().get(c);
                values.add(cell.value());
                counts.add(cell.count());
                marks.add(cell.marks());
                anyCount |= !cell.count().isEmpty();
                anyMark |= !cell.marks().isEmpty();
            }
            TextTable.Kind kind = row.total() ? TextTable.Kind.TOTAL : row.base() ? TextTable.Kind.BASE
                    : TextTable.Kind.VALUES;
            body.add(new TextTable.Row(values, kind));
            if (anyCount) {
                body.add(new TextTable.Row(counts, TextTable.Kind.MARKS));
            }
            if (anyMark) {
                body.add(new TextTable.Row(marks, TextTable.Kind.MARKS));
            }
        }
        return new TextTable(title, header, body, List.of(grid.legend(), grid.totalNote()));
    }

    /** The whole grid as shown. */
    static TextTable all(GridTable grid, String title, List<GridTable.Row> shownRows, String countLabel) {
        SortedSet<Integer> rows = new java.util.TreeSet<>();
        for (int r = 0; r < shownRows.size(); r++) {
            rows.add(r);
        }
        SortedSet<Integer> columns = new java.util.TreeSet<>();
        for (int c = 0; c < grid.shownHeaders().size(); c++) {
            columns.add(c);
        }
        return of(grid, title, shownRows, rows, columns, countLabel);
    }
}
