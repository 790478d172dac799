package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import java.util.List;

/**
 * The result of crossing a question (rows: its answers) by an attribute or a banner of attributes (columns: Total,
 * then each attribute's categories), in R's orientation: cells are column %.
 *
 * <p>Who counts: a respondent is in the table when they answered both the question and the attribute
 * (for a multi-response attribute: ticked at least one option). Answers and attribute categories with no
 * respondents in the table are left out. Totals are kept apart from cells: the Total is column 0.
 *
 * @param question  the question (rows)
 * @param by        the attribute (columns); for a banner the first attribute; null for the Total only
 * @param columns   Total first, then one per attribute category in category order
 * @param rows      one per answer, in answer order, then NETs
 * @param chiSquare Pearson chi-square for single-choice by single-choice (one group); null where it does not apply
 * @param weighted  whether counts are weighted
 * @param groups    the banner groups, in column order (empty for a foundation table or the Total only)
 * @param options   the options the table was computed with (significance levels, minimum bases)
 */
public record Crosstab(Question question, Question by, List<TableColumn> columns, List<TableRow> rows,
        ChiSquare chiSquare, boolean weighted, List<ColumnGroup> groups, CellOptions options) {

    public Crosstab {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        groups = groups == null ? List.of() : List.copyOf(groups);
        options = options == null ? CellOptions.defaults() : options;
    }

    /** The foundation's table: one attribute, no groups, default options. */
    public Crosstab(Question question, Question by, List<TableColumn> columns, List<TableRow> rows,
            ChiSquare chiSquare, boolean weighted) {
        this(question, by, columns, rows, chiSquare, weighted, List.of(), CellOptions.defaults());
    }

    /** The Total column. */
    public TableColumn total() {
        return columns.get(0);
    }

    /** The segment columns (everything after the Total). */
    public List<TableColumn> segments() {
        return columns.subList(1, columns.size());
    }

    /** The group holding a column, or null for the Total. */
    public ColumnGroup groupOf(int column) {
        for (ColumnGroup g : groups) {
            if (column >= g.from() && column < g.to()) {
                return g;
            }
        }
        return null;
    }

    /**
     * The arrow of a cell's adjusted residual: +1 (significantly above), −1 (below) or 0, at the options' looser
     * level; 0 wherever the column's unweighted base is under the options' minimum base or there is no residual.
     */
    public int residualMark(int row, int column) {
        TableRow r = rows.get(row);
        double z = r.residual(column);
        if (column == 0 || Double.isNaN(z) || columns.get(column).unweightedBase() < options.minBase()) {
            return 0;
        }
        double critical = ColumnTests.critical(options.level());
        return z > critical ? 1 : z < -critical ? -1 : 0;
    }

    /** Whether a column's unweighted base is under the options' small-base threshold (50 by default). */
    public boolean smallBase(int column) {
        return columns.get(column).unweightedBase() < options.smallBase();
    }
}
