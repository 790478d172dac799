package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of the crosstab grid, laid out from a {@link Crosstab} (which is in R orientation: rows = answers and
 * NETs, columns = Total and segments).
 *
 * <p>Report layout (default, 表側/表頭): one row for the Total and one per attribute category; one column per
 * answer (then per NET) with the % of that row's base to one decimal, then the base n (and, for a weighted table,
 * the weighted and the effective base). Banner layout (transposed): one row per answer and NET, then the base
 * rows; one column for the Total and one per category.
 *
 * <p>Significance, where the table has statistics: a % cell is followed by ▲ / ▼ when its adjusted residual is
 * significant at the table's level, and by the letters of the columns it is significantly above (upper case at
 * the stricter level). A segment whose unweighted base is under the table's small-base threshold is flagged
 * {@link #SMALL}, under the minimum base {@link #TOO_SMALL} (the engine marks nothing there).
 *
 * @param corner  the text of the top-left header cell
 * @param headers the headers of the value columns (plain labels)
 * @param rows    the rows, each with a label and one cell per header
 * @param legend  what the marks mean ("" when the table has none)
 * @param shownHeaders the headers as shown: with the segment's letter and small-base flag in the banner layout
 * @param totalNote who the Total counts, in words ("" when the table has no attribute)
 */
public record GridTable(String corner, List<String> headers, List<Row> rows, String legend,
        List<String> shownHeaders, String totalNote) {
    static final String UP = "▲";
    static final String DOWN = "▼";
    static final String SMALL = "*";
    static final String TOO_SMALL = "**";

    /**
     * One grid row.
     *
     * @param label  the row's label (segment or answer)
     * @param cells  its cells' text
     * @param total  whether it is the Total row
     * @param net    whether it is a NET (top/bottom box) row
     * @param letter the segment's column letter ("" for none)
     * @param flag   the small-base flag of the segment ("", {@link #SMALL} or {@link #TOO_SMALL})
     * @param parts  the cells taken apart (value, count, marks) for copying; derived from {@code cells} when null
     * @param base   whether it is a base row (n) of the banner layout
     */
    public record Row(String label, List<String> cells, boolean total, boolean net, String letter, String flag,
            List<GridCell> parts, boolean base) {
        public Row {
            cells = List.copyOf(cells);
            letter = letter == null ? "" : letter;
            flag = flag == null ? "" : flag;
            parts = parts == null ? cells.stream().map(GridCell::plain).toList() : List.copyOf(parts);
        }

        public Row(String label, List<String> cells, boolean total, boolean net, String letter, String flag) {
            this(label, cells, total, net, letter, flag, null, false);
        }

        public Row(String label, List<String> cells, boolean total) {
            this(label, cells, total, false, "", "");
        }

        static Row of(String label, List<GridCell> parts, boolean total, boolean net, String letter, String flag,
                boolean base) {
            return new Row(label, parts.stream().map(GridCell::shown).toList(), total, net, letter, flag, parts,
                    base);
        }

        /** The label as shown: "(A) label *". */
        public String displayLabel() {
            String shown = letter.isEmpty() ? label : "(" + letter + ") " + label;
            return flag.isEmpty() ? shown : shown + " " + flag;
        }
    }

    public GridTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        legend = legend == null ? "" : legend;
        shownHeaders = shownHeaders == null ? headers : List.copyOf(shownHeaders);
        totalNote = totalNote == null ? "" : totalNote;
    }

    public GridTable(String corner, List<String> headers, List<Row> rows, String legend, List<String> shownHeaders) {
        this(corner, headers, rows, legend, shownHeaders, "");
    }

    public static GridTable of(Crosstab table, boolean counts, boolean transposed, UiText text) {
        return of(table, GridFormat.of(counts, transposed), text);
    }

    /** The grid of a table in a format (the Total already chosen: see {@link GridTotals}). */
    public static GridTable of(Crosstab table, GridFormat format, UiText text) {
        boolean transposed = format.transposed();
        boolean counts = format.content() == GridFormat.Content.COUNT;
        List<TableColumn> columns = table.columns();
        List<TableRow> answers = table.rows();
        boolean statistics = answers.stream().anyMatch(TableRow::hasStatistics);
        List<String> segmentLabels = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            TableColumn column = columns.get(c);
            segmentLabels.add(column.total() ? text.get("grid.total") : column.label());
            letters.add(statistics && column.letter() != null ? column.letter() : "");
            flags.add(flag(table, c));
        }
        List<String> baseLabels = new ArrayList<>();
        baseLabels.add(text.get("grid.base"));
        if (table.weighted()) {
            baseLabels.add(text.get("grid.weightedBase"));
            baseLabels.add(text.get("grid.effectiveBase"));
        }
        String legend = legend(table, statistics, counts, text);
        if (!transposed) {
            List<String> headers = new ArrayList<>(answers.stream().map(TableRow::label).toList());
            headers.addAll(baseLabels);
            List<Row> rows = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                List<GridCell> cells = new ArrayList<>();
                for (int a = 0; a < answers.size(); a++) {
                    cells.add(value(table, a, c, format));
                }
                bases(columns.get(c), table.weighted()).forEach(b -> cells.add(GridCell.plain(b)));
                rows.add(Row.of(segmentLabels.get(c), cells, columns.get(c).total(), false, letters.get(c),
                        flags.get(c), false));
            }
            return new GridTable(table.by() == null ? "" : table.by().id(), headers, rows, legend, headers,
                    totalNote(table, format, text));
        }
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < answers.size(); a++) {
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(value(table, a, c, format));
            }
            rows.add(Row.of(answers.get(a).label(), cells, false, answers.get(a).net(), "", "", false));
        }
        for (int b = 0; b < baseLabels.size(); b++) {
            List<GridCell> cells = new ArrayList<>();
            for (TableColumn column : columns) {
                cells.add(GridCell.plain(bases(column, table.weighted()).get(b)));
            }
            rows.add(Row.of(baseLabels.get(b), cells, false, false, "", "", true));
        }
        List<String> shown = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Row header = new Row(segmentLabels.get(c), List.of(), false, false, letters.get(c), flags.get(c));
            shown.add(header.displayLabel());
        }
        return new GridTable(table.question().id(), segmentLabels, rows, legend, shown,
                totalNote(table, format, text));
    }

    /** Who the Total counts, in words; "" for a table without an attribute (the Total is then everyone). */
    private static String totalNote(Crosstab table, GridFormat format, UiText text) {
        if (table.by() == null) {
            return "";
        }
        String q = table.question().id();
        String by = table.by().id();
        return format.total() == GridFormat.TotalBase.ANSWERED
                ? Messages.get(text.locale().getValue(), "desk.grid.totalNote.answered", q, by)
                : Messages.get(text.locale().getValue(), "desk.grid.totalNote.table", q, by);
    }

    /** A cell: the % (or count, or both), then its residual arrow and its column letters where significant. */
    private static GridCell value(Crosstab table, int row, int column, GridFormat format) {
        TableRow r = table.rows().get(row);
        boolean counts = format.content() == GridFormat.Content.COUNT;
        double v = counts ? r.count(column) : r.percent(column);
        if (Double.isNaN(v)) {
            return GridCell.plain("–");
        }
        String shown = counts ? number(v, format.decimals()) : fixed(v, format.decimals());
        String count = format.content() == GridFormat.Content.BOTH ? number(r.count(column), format.decimals()) : "";
        if (!r.hasStatistics()) {
            return new GridCell(shown, count, "");
        }
        String marks = "";
        int mark = table.residualMark(row, column);
        if (mark > 0) {
            marks = UP;
        } else if (mark < 0) {
            marks = DOWN;
        }
        String letters = r.letter(column);
        if (!letters.isEmpty()) {
            marks = marks.isEmpty() ? letters : marks + " " + letters;
        }
        return new GridCell(shown, count, marks);
    }

    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static List<String> bases(TableColumn column, boolean weighted) {
        if (!weighted) {
            return List.of(number(column.base()));
        }
        return List.of(Integer.toString(column.unweightedBase()), decimal(column.weightedBase()),
                decimal(column.effectiveBase()));
    }

    private static String flag(Crosstab table, int column) {
        TableColumn c = table.columns().get(column);
        if (c.total()) {
            return "";
        }
        if (c.unweightedBase() < table.options().minBase()) {
            return TOO_SMALL;
        }
        return table.smallBase(column) ? SMALL : "";
    }

    private static String legend(Crosstab table, boolean statistics, boolean counts, UiText text) {
        List<String> parts = new ArrayList<>();
        if (statistics) {
            int level = (int) Math.round(table.options().level() * 100);
            int strict = (int) Math.round(table.options().strictLevel() * 100);
            parts.add(text.get("grid.legend.arrows", level));
            parts.add(level == strict ? text.get("grid.legend.letters1", strict)
                    : text.get("grid.legend.letters", strict, level));
        }
        boolean small = false;
        boolean tooSmall = false;
        for (int c = 0; c < table.columns().size(); c++) {
            String f = flag(table, c);
            small |= f.equals(SMALL);
            tooSmall |= f.equals(TOO_SMALL);
        }
        if (small) {
            parts.add(text.get("grid.legend.small", table.options().smallBase()));
        }
        if (tooSmall) {
            parts.add(text.get("grid.legend.tooSmall", table.options().minBase()));
        }
        if (table.weighted()) {
            parts.add(text.get("grid.legend.weighted"));
        }
        return String.join(text.get("grid.legend.separator"), parts);
    }

    /** Whole numbers without decimals (unweighted counts), else one decimal (weighted counts). */
    static String number(double v) {
        return number(v, 1);
    }

    /** Whole numbers without decimals, else {@code decimals} decimals (at least one: a weighted count). */
    static String number(double v, int decimals) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%d", (long) v) : fixed(v, Math.max(1, decimals));
    }

    private static String decimal(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "–";
    }
}
