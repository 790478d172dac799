package com.surveypivot.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A row of a crosstab: one answer of the question, a NET or a top/bottom box, with a value per column (aligned
 * with {@link Crosstab#columns()}).
 *
 * @param label     the answer label
 * @param counts    (weighted) counts per column
 * @param percents  % of the column's base, 0–100, unrounded; NaN where the base is 0
 * @param chiSquare for an option of a multi-response question: ticked / not ticked × the attribute; else null
 * @param net       true for a NET, a top/bottom box, a promoters/passives/detractors row or the NPS row
 * @param members   the answers a NET is made of (empty for an answer row)
 * @param residuals adjusted standardised residual per column (NaN for the Total and where it cannot be computed);
 *                  null when statistics were not asked for
 * @param letters   per column, the letters of the columns of its group this cell is significantly above (upper
 *                  case at the stricter level, lower case at the looser); "" for none; null without statistics
 * @param vsRest    per column, the two-sided p of the column against its complement in its group; NaN for the
 *                  Total and where it cannot be computed; null without statistics
 */
public record TableRow(String label, double[] counts, double[] percents, ChiSquare chiSquare, boolean net,
        List<String> members, double[] residuals, String[] letters, double[] vsRest) {

    public TableRow {
        counts = counts.clone();
        percents = percents.clone();
        members = members == null ? List.of() : List.copyOf(members);
        residuals = residuals == null ? null : residuals.clone();
        letters = letters == null ? null : letters.clone();
        vsRest = vsRest == null ? null : vsRest.clone();
    }

    /** The foundation's row: an answer, no statistics. */
    public TableRow(String label, double[] counts, double[] percents, ChiSquare chiSquare) {
        this(label, counts, percents, chiSquare, false, List.of(), null, null, null);
    }

    @Override
    public double[] counts() {
        return counts.clone();
    }

    @Override
    public double[] percents() {
        return percents.clone();
    }

    @Override
    public double[] residuals() {
        return residuals == null ? null : residuals.clone();
    }

    @Override
    public String[] letters() {
        return letters == null ? null : letters.clone();
    }

    @Override
    public double[] vsRest() {
        return vsRest == null ? null : vsRest.clone();
    }

    public double count(int column) {
        return counts[column];
    }

    public double percent(int column) {
        return percents[column];
    }

    /** Whether column statistics were computed for this row. */
    public boolean hasStatistics() {
        return residuals != null;
    }

    /** The adjusted standardised residual of one cell (NaN where not computed). */
    public double residual(int column) {
        return residuals == null ? Double.NaN : residuals[column];
    }

    /** The letters of one cell ("" where none). */
    public String letter(int column) {
        return letters == null ? "" : letters[column];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableRow r && r.label.equals(label) && Arrays.equals(r.counts, counts)
                && Arrays.equals(r.percents, percents) && Objects.equals(r.chiSquare, chiSquare) && r.net == net
                && r.members.equals(members) && Arrays.equals(r.residuals, residuals)
                && Arrays.equals(r.letters, letters) && Arrays.equals(r.vsRest, vsRest);
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "TableRow[" + label + (net ? " (net " + members + ")" : "") + ", counts=" + Arrays.toString(counts)
                + ", percents=" + Arrays.toString(percents) + "]";
    }
}
