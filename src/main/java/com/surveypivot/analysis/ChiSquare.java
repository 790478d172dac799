package com.surveypivot.analysis;

/**
 * A Pearson chi-square test of independence (no continuity correction), as R's
 * {@code chisq.test(table, correct = FALSE)}.
 *
 * @param statistic      the chi-square statistic
 * @param df             degrees of freedom, (rows-1)(columns-1) of the table left after empty rows/columns go
 * @param pValue         upper-tail probability, precise far into the tail (regularized gamma Q)
 * @param minExpected    the smallest expected count
 * @param cellsBelowFive how many cells have an expected count under 5
 * @param cells          how many cells the table has
 * @param n              the number of respondents in the table
 */
public record ChiSquare(double statistic, int df, double pValue, double minExpected, int cellsBelowFive, int cells,
        double n) {

    /** R's "Chi-squared approximation may be incorrect": some expected count is under 5. */
    public boolean smallExpectedCounts() {
        return cellsBelowFive > 0;
    }
}
