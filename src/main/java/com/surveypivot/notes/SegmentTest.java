package com.surveypivot.notes;

import com.surveypivot.analysis.ProportionTest;
import com.surveypivot.analysis.SignificanceTests;

/**
 * The test of one segment's share against the Total: the adjusted standardised residual of the cell where the
 * attribute is single-choice (segments partition the Total), the two-proportion z-test against the respondents
 * outside the segment where it is multi-response (segments overlap).
 *
 * @param test   {@link Claim#ADJUSTED_RESIDUAL} or {@link Claim#VS_REST}
 * @param z      the residual or z (positive when the segment is higher)
 * @param pValue two-sided p
 */
record SegmentTest(String test, double z, double pValue) {

    /**
     * @param hits      respondents of the segment who gave the measured answer(s)
     * @param base      the segment's base
     * @param totalHits the Total's count of the measured answer(s)
     * @param totalBase the Total's base
     * @return the test, or null where it cannot be computed (no variation, segment = Total)
     */
    static SegmentTest of(boolean multiAttribute, double hits, double base, double totalHits, double totalBase) {
        // Where the columns do not overlap, the adjusted standardised residual (O − E) / √(E (1 − R/n) (1 − C/n)) of
        // the cell is algebraically the pooled z of the segment against the rest, so one test serves both; only
        // the name of the test differs (overlapping columns of a multi-response attribute have no residual).
        ProportionTest t = SignificanceTests.twoProportion(hits, base, totalHits - hits, totalBase - base);
        if (t == null || Double.isNaN(t.pValue())) {
            return null;
        }
        return new SegmentTest(multiAttribute ? Claim.VS_REST : Claim.ADJUSTED_RESIDUAL, t.z(), t.pValue());
    }
}
