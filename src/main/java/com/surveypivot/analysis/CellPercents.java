package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import java.util.Locale;

/**
 * The percentages a crosstab's cells can show besides the column % of {@link TableRow#percents()}, computed from
 * the table's (weighted) counts and bases.
 * <ul>
 * <li><b>Row %</b>: the share of the row's count that falls in each column of the column's banner group:
 *     count / Σ counts of the group's columns. For a single-choice attribute the group's columns split the row's
 *     respondents, so this is the classic row % (a row sums to 100 within each group). For a multi-response
 *     attribute a respondent counts in every column ticked, so the denominator is the row's <i>mentions</i> (one per
 *     respondent and ticked column) and a row still sums to 100 within the group. For a multi-response question each
 *     option is a row, so its row % is the split of that option's respondents across the columns. The Total
 *     column's row % is 100 (where the row has any count).</li>
 * <li><b>Table %</b>: count / the base of the column's group (the respondents of the group: answered the question
 *     and the attribute); the Total column's is count / the Total's base. For single-choice by single-choice the
 *     answer cells of a group sum to 100; with multi-response on either axis they can sum past 100.</li>
 * </ul>
 * Where a denominator is 0 the value is NaN. The NPS row (a difference of two rows, not a count) has none.
 */
public final class CellPercents {
    /** Which percentage the cells show. */
    public enum Kind {
        /** % of the column's base (or its multi-response percent base): {@link TableRow#percents()}. */
        COLUMN,
        /** Share of the row across its group's columns. */
        ROW,
        /** Share of the group's respondents. */
        TABLE
    }

    private CellPercents() {
    }

    /** One value per column for row {@code row} of {@code table}, 0–100 unrounded. */
    public static double[] of(Crosstab table, int row, Kind kind) {
        TableRow r = table.rows().get(row);
        if (kind == Kind.COLUMN) {
            return r.percents();
        }
        int k = table.columns().size();
        double[] out = new double[k];
        if (isNps(table, row)) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        for (int j = 0; j < k; j++) {
            out[j] = percent(r.count(j), denominator(table, r, j, kind));
        }
        return out;
    }

    private static double denominator(Crosstab table, TableRow r, int column, Kind kind) {
        if (column == 0) {
            return kind == Kind.ROW ? r.count(0) : table.total().base();
        }
        ColumnGroup group = table.groupOf(column);
        if (group == null) {
            // a foundation table without groups: all segment columns form one group over the Total
            if (kind == Kind.TABLE) {
                return table.total().base();
            }
            double sum = 0;
            for (int j = 1; j < table.columns().size(); j++) {
                sum += r.count(j);
            }
            return sum;
        }
        if (kind == Kind.TABLE) {
            return group.base();
        }
        double sum = 0;
        for (int j = group.from(); j < group.to(); j++) {
            sum += r.count(j);
        }
        return sum;
    }

    private static double percent(double count, double denominator) {
        return denominator > 0 ? 100.0 * count / denominator : Double.NaN;
    }

    /** The NPS row is the last row, a NET labelled NPS, following the promoters/detractors rows. */
    private static boolean isNps(Crosstab table, int row) {
        TableRow r = table.rows().get(row);
        if (!r.net() || row != table.rows().size() - 1) {
            return false;
        }
        return r.label().equals(Messages.get(Locale.ENGLISH, "analysis.net.nps"))
                || r.label().equals(Messages.get(Locale.JAPANESE, "analysis.net.nps"));
    }
}
