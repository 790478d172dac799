package com.surveypivot.io;

/**
 * Parses the numbers of sheet cells straight from the parser's characters, without a String per cell. Plain
 * decimals whose digits form an integer of at most 2^53 (all of 15, most of 16 significant digits, such as the
 * date-time serial {@code 45444.41717673635}) and with at most 22 decimals are computed exactly as
 * {@link Double#parseDouble} would (Clinger's fast path: an exact integer divided by an exact power of ten is
 * correctly rounded); anything else goes through {@link Double#parseDouble}.
 */
final class FastNumbers {
    private static final double[] POWERS = new double[23];
    /** Largest integer up to which every long is exactly a double (2^53). */
    private static final long MAX_EXACT = 1L << 53;
    /** Digits that surely fit a long; the mantissa is then checked against {@link #MAX_EXACT}. */
    private static final int MAX_DIGITS = 18;

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private FastNumbers() {
    }

    /** The number in chars[start, start+len), or NaN when it is not one. */
    static double parseDouble(char[] chars, int start, int len) {
        int i = start;
        int end = start + len;
        while (i < end && chars[i] <= ' ') {
            i++;
        }
        while (end > i && chars[end - 1] <= ' ') {
            end--;
        }
        if (i == end) {
            return Double.NaN;
        }
        boolean negative = false;
        if (chars[i] == '-' || chars[i] == '+') {
            negative = chars[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = 0;
        boolean point = false;
        boolean any = false;
        for (int k = i; k < end; k++) {
            char ch = chars[k];
            if (ch >= '0' && ch <= '9') {
                any = true;
                if (mantissa != 0 || ch != '0') {
                    digits++;
                }
                if (digits > MAX_DIGITS) {
                    return slow(chars, start, len);
                }
                mantissa = mantissa * 10 + (ch - '0');
                if (point) {
                    decimals++;
                }
            } else if (ch == '.' && !point) {
                point = true;
            } else {
                return slow(chars, start, len);
            }
        }
        if (!any || decimals >= POWERS.length || mantissa > MAX_EXACT) {
            return slow(chars, start, len);
        }
        double value = decimals == 0 ? mantissa : mantissa / POWERS[decimals];
        return negative ? -value : value;
    }

    private static double slow(char[] chars, int start, int len) {
        try {
            return Double.parseDouble(new String(chars, start, len).strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A non-negative int index, or -1. */
    static int parseIndex(char[] chars, int start, int len) {
        if (len == 0 || len > 9) {
            return -1;
        }
        int n = 0;
        for (int k = start; k < start + len; k++) {
            char ch = chars[k];
            if (ch < '0' || ch > '9') {
                return ch <= ' ' ? n : -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }
}
