package com.surveypivot.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Benjamini–Hochberg adjusted p-values (R's {@code p.adjust(p, method = "BH")}). */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    /** q_i = min over j with p_j ≥ p_i of p_j · m / rank_j, capped at 1; same order as {@code p}. */
    public static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[m];
        double running = 1.0;
        for (int k = m - 1; k >= 0; k--) {
            int i = order[k];
            running = Math.min(running, p[i] * m / (k + 1));
            q[i] = running;
        }
        return q;
    }
}
