package com.surveypivot.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/**
 * The column tests of a banner table, all on Kish effective bases (the unweighted bases when unweighted):
 * <ul>
 * <li>pooled two-proportion z-test of two columns, as SPSS CTABLES COMPARETEST=PROP (a column whose proportion is
 *     0 or 1 takes no part, as in SPSS);</li>
 * <li>a column against its complement in its group; for non-overlapping columns its z equals the adjusted
 *     standardised residual (O − E)/√(E(1 − R/n)(1 − C/n)) of the cell;</li>
 * <li>Student's t-test of two column means with their pooled variance (SPSS COMPARETEST=MEAN, variance from the
 *     two categories compared).</li>
 * </ul>
 */
public final class ColumnTests {
    private ColumnTests() {
    }

    /** The two-sided critical |z| of a confidence level, e.g. 1.959963984540054 for 0.95. */
    public static double critical(double level) {
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /**
     * Pooled z of proportion p1 on effective base n1 against p2 on n2; positive when p1 is higher.
     *
     * @return z, or NaN where a base is not positive or the pooled proportion is 0 or 1
     */
    public static double proportionZ(double p1, double n1, double p2, double n2) {
        if (!(n1 > 0) || !(n2 > 0) || Double.isNaN(p1) || Double.isNaN(p2)) {
            return Double.NaN;
        }
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        return se > 0 ? (p1 - p2) / se : Double.NaN;
    }

    /** Two-sided p of a standard normal z (erfc, precise in the tail); NaN for NaN. */
    public static double normalP(double z) {
        return Double.isNaN(z) ? Double.NaN : Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    /**
     * Student's t of two means with pooled variance: t = (m1 − m2)/√(sp²(1/n1 + 1/n2)),
     * sp² = ((n1 − 1)s1² + (n2 − 1)s2²)/(n1 + n2 − 2).
     *
     * @return {t, df}, or null where n1 + n2 ≤ 2 or the pooled variance is 0
     */
    public static double[] meanT(double m1, double sd1, double n1, double m2, double sd2, double n2) {
        double df = n1 + n2 - 2;
        if (!(n1 >= 1) || !(n2 >= 1) || !(df > 0)) {
            return null;
        }
        double v1 = n1 > 1 ? sd1 * sd1 : 0;
        double v2 = n2 > 1 ? sd2 * sd2 : 0;
        double pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / df;
        double se = Math.sqrt(pooled * (1 / n1 + 1 / n2));
        if (!(se > 0)) {
            return null;
        }
        return new double[] {(m1 - m2) / se, df};
    }

    /** Two-sided p of Student's t with df degrees of freedom: I_{df/(df+t²)}(df/2, 1/2). */
    public static double studentP(double t, double df) {
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** The letter of the i-th column of a group: A … Z, then AA, AB, … */
    public static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        int i = index;
        do {
            sb.insert(0, (char) ('A' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return sb.toString();
    }
}
