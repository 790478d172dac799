package com.surveypivot.analysis;

import java.util.Arrays;

/**
 * A row of a crosstab: one answer of the question, with a value per column (aligned with
 * {@link Crosstab#columns()}).
 *
 * @param label     the answer label
 * @param counts    (weighted) counts per column
 * @param percents  % of the column's base, 0–100, unrounded; NaN where the base is 0
 * @param chiSquare for an option of a multi-response question: ticked / not ticked × the attribute; else null
 */
public record TableRow(String label, double[] counts, double[] percents, ChiSquare chiSquare) {

    public TableRow {
        counts = counts.clone();
        percents = percents.clone();
    }

    @Override
    public double[] counts() {
        return counts.clone();
    }

    @Override
    public double[] percents() {
        return percents.clone();
    }

    public double count(int column) {
        return counts[column];
    }

    public double percent(int column) {
        return percents[column];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableRow r && r.label.equals(label) && Arrays.equals(r.counts, counts)
                && Arrays.equals(r.percents, percents) && java.util.Objects.equals(r.chiSquare, chiSquare);
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + Arrays.hashCode(counts);
    }
}
