package com.surveypivot.io;

import java.math.BigDecimal;

/** Numbers as a spreadsheet shows them: whole numbers without decimals, others without trailing zeros. */
final class NumberText {
    private NumberText() {
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }

    static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15;
    }
}
