package com.surveypivot.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * The significance tests behind the notes: Pearson chi-square of a table and the two-proportion z-test of a
 * segment against the rest of the Total.
 *
 * <p>Tests are always computed where they apply, whatever the base; callers decide what to claim and must
 * not claim a difference where a column's unweighted base is under {@link #MIN_BASE}. A test that cannot be
 * computed (no degrees of freedom, an empty group, no variation) is {@code null}, never NaN.
 */
public final class SignificanceTests {
    /** Below this unweighted base nothing is marked significant and no note claims a difference. */
    public static final int MIN_BASE = 30;

    private SignificanceTests() {
    }

    /**
     * Pearson chi-square test of independence without continuity correction, as R's
     * {@code chisq.test(observed, correct = FALSE)}. Rows and columns whose total is 0 are dropped first and
     * df is (rows−1)(columns−1) of what is left.
     *
     * @param observed rows × columns of counts (weighted counts are accepted; they are used as they are)
     * @return the test, or null when df is 0 or there is nothing to test
     */
    public static ChiSquare pearson(double[][] observed) {
        if (observed.length == 0) {
            return null;
        }
        int columnCount = observed[0].length;
        double[] rowSums = new double[observed.length];
        double[] columnSums = new double[columnCount];
        double n = 0;
        for (int r = 0; r < observed.length; r++) {
            if (observed[r].length != columnCount) {
                throw new IllegalArgumentException("every row needs " + columnCount + " columns");
            }
            for (int c = 0; c < columnCount; c++) {
                double v = observed[r][c];
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("counts must be finite and not negative: " + v);
                }
                rowSums[r] += v;
                columnSums[c] += v;
                n += v;
            }
        }
        List<Integer> rows = nonZero(rowSums);
        List<Integer> columns = nonZero(columnSums);
        int df = (rows.size() - 1) * (columns.size() - 1);
        if (df <= 0 || !(n > 0)) {
            return null;
        }
        double statistic = 0;
        double minExpected = Double.POSITIVE_INFINITY;
        int belowFive = 0;
        for (int r : rows) {
            for (int c : columns) {
                double expected = rowSums[r] * columnSums[c] / n;
                double diff = observed[r][c] - expected;
                statistic += diff * diff / expected;
                minExpected = Math.min(minExpected, expected);
                if (expected < 5) {
                    belowFive++;
                }
            }
        }
        if (!Double.isFinite(statistic)) {
            return null;
        }
        double p = Gamma.regularizedGammaQ(df / 2.0, statistic / 2.0);
        return new ChiSquare(statistic, df, p, minExpected, belowFive, rows.size() * columns.size(), n);
    }

    private static List<Integer> nonZero(double[] sums) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] > 0) {
                kept.add(i);
            }
        }
        return kept;
    }

    /**
     * Pooled two-proportion z-test, two-sided: x1 of n1 against x2 of n2. Same as R's
     * {@code prop.test(c(x1, x2), c(n1, n2), correct = FALSE)}: its X-squared is z² and its p-value is ours.
     *
     * @return the test, or null when a group is empty or the pooled proportion is 0 or 1 (no variation)
     */
    public static ProportionTest twoProportion(double x1, double n1, double x2, double n2) {
        if (!(n1 > 0) || !(n2 > 0) || !(x1 >= 0) || !(x2 >= 0) || x1 > n1 || x2 > n2) {
            return null;
        }
        double p1 = x1 / n1;
        double p2 = x2 / n2;
        double pooled = (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        if (!(se > 0)) {
            return null;
        }
        double z = (p1 - p2) / se;
        // two-sided: 2·(1 − Φ(|z|)) = erfc(|z|/√2), which keeps its precision far into the tail
        double p = Erf.erfc(Math.abs(z) / Math.sqrt(2));
        return new ProportionTest(z, p);
    }

    /**
     * One segment (column) against the respondents of the Total outside it, on one row (answer): the right test
     * where columns overlap, as with a multi-response attribute.
     *
     * <p>The Total counts each respondent of the table once and every segment is a subset of it, so the rest of a
     * segment is Total minus segment, for counts and bases alike, even when segments overlap.
     * For a weighted table the proportions are the weighted ones and the sample sizes are the unweighted bases
     * (weighted sums would make the test depend on the scale of the weights).
     *
     * @param row    index into {@link Crosstab#rows()}
     * @param column index into {@link Crosstab#columns()}, 1 or more (0 is the Total)
     * @return the test (z positive when the segment is higher), or null where it cannot be computed
     *         (the segment is the whole Total, or no variation)
     */
    public static ProportionTest segmentVsRest(Crosstab table, int row, int column) {
        if (column <= 0 || column >= table.columns().size()) {
            throw new IndexOutOfBoundsException("column " + column + " is not a segment of the table");
        }
        TableRow r = table.rows().get(row);
        TableColumn total = table.total();
        TableColumn segment = table.columns().get(column);
        double inSegment = r.count(column);
        double inTotal = r.count(0);
        double segmentBase = segment.base();
        double restBase = total.base() - segmentBase;
        double rest = inTotal - inSegment;
        if (!table.weighted()) {
            return twoProportion(inSegment, segmentBase, rest, restBase);
        }
        int n1 = segment.unweightedBase();
        int n2 = total.unweightedBase() - n1;
        if (!(segmentBase > 0) || !(restBase > 0) || n1 <= 0 || n2 <= 0) {
            return null;
        }
        double p1 = clamp(inSegment / segmentBase);
        double p2 = clamp(rest / restBase);
        return twoProportion(p1 * n1, n1, p2 * n2, n2);
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
