package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of the crosstab grid, laid out from a {@link Crosstab} (which is in R orientation: rows = answers,
 * columns = Total and segments).
 *
 * <p>Report layout (default, 表側/表頭): one row for the Total and one per attribute category; one column per
 * answer with the % of that row's base to one decimal, then the base n. Banner layout (transposed): one row per
 * answer, then a base row n; one column for the Total and one per category.
 *
 * @param corner  the text of the top-left header cell
 * @param headers the headers of the value columns
 * @param rows    the rows, each with a label and one cell per header
 */
public record GridTable(String corner, List<String> headers, List<Row> rows) {

    /** One grid row: its label, its cells' text, and whether it is the Total row. */
    public record Row(String label, List<String> cells, boolean total) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public GridTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public static GridTable of(Crosstab table, boolean counts, boolean transposed, UiText text) {
        List<TableColumn> columns = table.columns();
        List<TableRow> answers = table.rows();
        String baseLabel = text.get("grid.base");
        List<String> segmentLabels = new ArrayList<>();
        for (TableColumn column : columns) {
            segmentLabels.add(column.total() ? text.get("grid.total") : column.label());
        }
        List<String> answerLabels = answers.stream().map(TableRow::label).toList();
        if (!transposed) {
            List<String> headers = new ArrayList<>(answerLabels);
            headers.add(baseLabel);
            List<Row> rows = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                List<String> cells = new ArrayList<>();
                for (TableRow answer : answers) {
                    cells.add(value(answer, c, counts));
                }
                cells.add(base(columns.get(c)));
                rows.add(new Row(segmentLabels.get(c), cells, columns.get(c).total()));
            }
            return new GridTable(table.by() == null ? "" : table.by().id(), headers, rows);
        }
        List<Row> rows = new ArrayList<>();
        for (TableRow answer : answers) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(value(answer, c, counts));
            }
            rows.add(new Row(answer.label(), cells, false));
        }
        rows.add(new Row(baseLabel, columns.stream().map(GridTable::base).toList(), false));
        return new GridTable(table.question().id(), segmentLabels, rows);
    }

    private static String value(TableRow row, int column, boolean counts) {
        double v = counts ? row.count(column) : row.percent(column);
        if (Double.isNaN(v)) {
            return "–";
        }
        return counts ? number(v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String base(TableColumn column) {
        return number(column.base());
    }

    /** Whole numbers without decimals (unweighted counts), else one decimal (weighted counts). */
    static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%d", (long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
