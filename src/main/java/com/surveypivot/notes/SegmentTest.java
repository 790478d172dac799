package com.surveypivot.notes;

import com.surveypivot.analysis.ProportionTest;
import com.surveypivot.analysis.SignificanceTests;
import org.apache.commons.math3.special.Erf;

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
        if (multiAttribute) {
            ProportionTest t = SignificanceTests.twoProportion(hits, base, totalHits - hits, totalBase - base);
            return t == null || Double.isNaN(t.pValue()) ? null : new SegmentTest(Claim.VS_REST, t.z(), t.pValue());
        }
        // (O − E) / √(E (1 − R/n) (1 − C/n)), E = R·C/n
        double expected = totalHits * base / totalBase;
        double variance = expected * (1 - totalHits / totalBase) * (1 - base / totalBase);
        if (!(variance > 0)) {
            return null;
        }
        double r = (hits - expected) / Math.sqrt(variance);
        return new SegmentTest(Claim.ADJUSTED_RESIDUAL, r, Erf.erfc(Math.abs(r) / Math.sqrt(2)));
    }
}
