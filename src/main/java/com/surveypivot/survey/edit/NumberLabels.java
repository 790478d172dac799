package com.surveypivot.survey.edit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Bin labels at the precision of the data: whole numbers as {@code 10–19}, decimals with as many places as the
 * values carry ({@code 0.60–0.79}), open ends as {@code ≤ 9} and {@code 80 ≤}.
 */
final class NumberLabels {
    /** Most decimal places a label shows. */
    static final int MAX_DECIMALS = 4;
    static final String DASH = "\u2013";

    private final int decimals;

    private NumberLabels(int decimals) {
        this.decimals = decimals;
    }

    /** Labels at the precision of {@code values} (NaN ignored): the most decimal places any value has, up to 4. */
    static NumberLabels of(double[] values) {
        int decimals = 0;
        for (double v : values) {
            if (!Double.isNaN(v) && v != Math.rint(v)) {
                int scale = BigDecimal.valueOf(v).round(new MathContext(12)).stripTrailingZeros().scale();
                decimals = Math.max(decimals, Math.min(MAX_DECIMALS, scale));
                if (decimals == MAX_DECIMALS) {
                    break;
                }
            }
        }
        return new NumberLabels(decimals);
    }

    int decimals() {
        return decimals;
    }

    /** The smallest step between two values at this precision (1 for whole numbers, 0.01 for two places). */
    BigDecimal step() {
        return BigDecimal.ONE.movePointLeft(decimals);
    }

    String format(double value) {
        return format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    String format(BigDecimal value) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code lo–hi}, or one value when both are the same at this precision. */
    String range(BigDecimal lo, BigDecimal hi) {
        String a = format(lo);
        String b = format(hi);
        return a.equals(b) ? a : a + DASH + b;
    }

    String range(double lo, double hi) {
        return range(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi));
    }

    /** The first value at this precision that is not below {@code bound}. */
    BigDecimal ceil(double bound) {
        return BigDecimal.valueOf(bound).setScale(decimals, RoundingMode.CEILING);
    }

    /** The last value at this precision that is below {@code bound}. */
    BigDecimal below(double bound) {
        return ceil(bound).subtract(step());
    }

    /** {@code ≤ 9}: everything below a cut point. */
    String atMost(BigDecimal value) {
        return "\u2264 " + format(value);
    }

    /** {@code 80 ≤}: the cut point and above. */
    String atLeast(BigDecimal value) {
        return format(value) + " \u2264";
    }
}
