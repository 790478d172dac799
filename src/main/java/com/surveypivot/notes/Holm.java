package com.surveypivot.notes;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of a family of p-values: the i-th smallest of m is multiplied by m − i + 1, made
 * non-decreasing, capped at 1. A claim is made where the adjusted p is below {@link Claim#ALPHA}, which keeps the
 * chance of any false claim in the family at 5%.
 */
final class Holm {
    private Holm() {
    }

    /** Adjusted p-values aligned with {@code p} (NaN counts as 1). */
    static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(p[i]) ? 1 : p[i]));
        double[] out = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            double pi = Double.isNaN(p[i]) ? 1 : p[i];
            running = Math.max(running, Math.min(1, pi * (m - rank)));
            out[i] = running;
        }
        return out;
    }
}
