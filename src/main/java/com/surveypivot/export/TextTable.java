package com.surveypivot.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as plain text cells, laid out as it should land in a spreadsheet: a title line, the header row, the body
 * rows (a row may be a values row, or a marks row of significance arrows and column letters under a values row) and
 * notes under the table (the legend, the base). Cells are text; a cell that is a number stays a plain number
 * ("45.2", "1200") so that a spreadsheet reads it as one. Built by the grid's copy; written as TSV or HTML.
 *
 * @param title  a line above the table ("" for none)
 * @param header the header row (the first cell is the corner)
 * @param rows   the body rows
 * @param notes  lines under the table
 */
public record TextTable(String title, List<String> header, List<Row> rows, List<String> notes) {

    /** Kinds of body rows: how the HTML marks them (bold for Total and base rows, small italic for marks). */
    public enum Kind { VALUES, TOTAL, MARKS, BASE }

    /**
     * One body row.
     *
     * @param cells the row's cells, the label first
     * @param kind  what the row holds
     */
    public record Row(List<String> cells, Kind kind) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public TextTable {
        title = title == null ? "" : title;
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        notes = notes == null ? List.of() : notes.stream().filter(n -> n != null && !n.isBlank()).toList();
    }

    /** Every line in order (title, header, rows, notes) as lists of cells; the title and notes one cell each. */
    List<List<String>> lines() {
        List<List<String>> lines = new ArrayList<>();
        if (!title.isEmpty()) {
            lines.add(List.of(title));
        }
        lines.add(header);
        for (Row row : rows) {
            lines.add(row.cells());
        }
        for (String note : notes) {
            lines.add(List.of(note));
        }
        return lines;
    }
}
