package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.Optional;

/**
 * The respondents behind a cell of a computed table: who is counted in row {@code row} (an answer, an option or a
 * NET) of column {@code column} (the Total or a segment), as the engine counts them. A whole column (its base) is
 * row -1. Works for tables of one attribute, a banner of several and a nested banner; a row whose respondents are not
 * a set (the NPS score row, a NET of answers the question no longer has) has none to show.
 */
public final class CellMembers {
    private CellMembers() {
    }

    /**
     * The respondents of a cell.
     *
     * @param spec   the spec the table was computed from
     * @param table  the table
     * @param row    index into {@link Crosstab#rows()}, or -1 for the column's base
     * @param column index into {@link Crosstab#columns()}
     * @return the respondents, or empty when the row is not a set of respondents
     */
    public static Optional<RespondentSet> of(TableSpec spec, Crosstab table, int row, int column) {
        Question question = spec.question();
        int n = question.respondentCount();
        RespondentSet base = question.answered();
        if (spec.filter() != null) {
            base = base.and(spec.filter().select(n));
        }
        Optional<RespondentSet> columnSet = column(table, base, column);
        if (columnSet.isEmpty() || row < 0) {
            return columnSet;
        }
        Optional<RespondentSet> rowSet = row(question, table.rows().get(row));
        return rowSet.map(r -> r.and(columnSet.get()));
    }

    private static Optional<RespondentSet> column(Crosstab table, RespondentSet base, int column) {
        if (table.groups().isEmpty()) {
            Question by = table.by();
            RespondentSet within = by == null ? base : base.and(CrosstabEngine.attributeBase(by));
            if (column == 0) {
                return Optional.of(within);
            }
            int c = by == null ? -1 : by.indexOf(table.columns().get(column).label());
            return c < 0 ? Optional.empty() : Optional.of(by.members(c).and(within));
        }
        if (column == 0) {
            RespondentSet total = new RespondentSet(base.size());
            for (ColumnGroup g : table.groups()) {
                Optional<RespondentSet> groupBase = groupBase(g, base);
                if (groupBase.isEmpty()) {
                    return Optional.empty();
                }
                total = total.or(groupBase.get());
            }
            return Optional.of(total);
        }
        ColumnGroup g = table.groupOf(column);
        if (g == null) {
            return Optional.empty();
        }
        int c = g.attribute().indexOf(table.columns().get(column).label());
        Optional<RespondentSet> groupBase = groupBase(g, base);
        return c < 0 || groupBase.isEmpty() ? Optional.empty()
                : Optional.of(g.attribute().members(c).and(groupBase.get()));
    }

    /** Who a group counts: answered the question (in the filter) and its attribute (and, nested, its outer one). */
    private static Optional<RespondentSet> groupBase(ColumnGroup g, RespondentSet base) {
        RespondentSet set = base.and(CrosstabEngine.attributeBase(g.attribute()));
        if (g.outer() != null) {
            int outer = g.outer().indexOf(g.name());
            if (outer < 0) {
                return Optional.empty();
            }
            set = set.and(CrosstabEngine.attributeBase(g.outer())).and(g.outer().members(outer));
        }
        return Optional.of(set);
    }

    private static Optional<RespondentSet> row(Question question, TableRow row) {
        int c = question.indexOf(row.label());
        if (!row.net()) {
            return c < 0 ? Optional.empty() : Optional.of(question.members(c));
        }
        if (row.members().isEmpty()) {
            return Optional.empty();
        }
        RespondentSet set = new RespondentSet(question.respondentCount());
        for (String member : row.members()) {
            int m = question.indexOf(member);
            if (m < 0) {
                return Optional.empty();
            }
            set = set.or(question.members(m));
        }
        return Optional.of(set);
    }
}
