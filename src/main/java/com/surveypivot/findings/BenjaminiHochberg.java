package com.surveypivot.findings;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini–Hochberg q-values: for the i-th smallest of m p-values, q = min over j ≥ i of m·p(j)/j, at most 1.
 * A test is a discovery at false discovery rate α when its q is below α (the step-up rule).
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    /**
     * @param p p-values (NaN counts as 1)
     * @return the q-values, aligned with {@code p}
     */
    public static double[] qValues(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(p[i]) ? 1 : p[i]));
        double[] q = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            double pi = Double.isNaN(p[i]) ? 1 : p[i];
            running = Math.min(running, pi * m / rank);
            q[i] = Math.min(1, running);
        }
        return q;
    }
}
