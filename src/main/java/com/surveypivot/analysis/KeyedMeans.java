package com.surveypivot.analysis;

import java.util.List;

/**
 * Means of a number question per column in one tight pass: for every respondent in the table's base with a finite
 * value, its banner keys ({@link BannerKeys}) index flat arrays of n, Σw, Σw², Σwx and Σwx² per key value, which are
 * then added into the columns the key falls in. Primitive arrays only: no boxing, no per-column pass.
 */
final class KeyedMeans {
    private static final int SUMS = 5;

    private KeyedMeans() {
    }

    /**
     * One mean per column (null where nobody in it has a value).
     *
     * @param values  the question's numbers (NaN = none)
     * @param codes   the question's codes, -1 outside the table's base
     * @param weights sanitised weights, or null for unweighted
     */
    static MeanScore[] compute(double[] values, int[] codes, double[] weights, BannerKeys keys, int columns,
            int[] groupFrom, List<int[]> groupColumns) {
        int blocks = keys.blockSize.length;
        double[][] acc = new double[blocks][];
        for (int b = 0; b < blocks; b++) {
            int size = keys.blockSize[b];
            double[] a = new double[size * SUMS];
            char[] key = keys.keys[b];
            for (int r = 0; r < codes.length; r++) {
                double x = values[r];
                if (codes[r] < 0 || !Double.isFinite(x)) {
                    continue;
                }
                double wr = weights == null ? 1 : weights[r];
                double wx = wr * x;
                int i = key[r] * SUMS;
                a[i] += 1;
                a[i + 1] += wr;
                a[i + 2] += wr * wr;
                a[i + 3] += wx;
                a[i + 4] += wx * x;
            }
            acc[b] = a;
        }
        int[][] columnOf = keys.columnOf(groupFrom, groupColumns);
        double[][] sums = new double[columns][SUMS];
        int[] out = new int[columns + 1];
        for (int b = 0; b < blocks; b++) {
            double[] a = acc[b];
            for (int key = 0; key < keys.blockSize[b]; key++) {
                int i = key * SUMS;
                if (a[i] == 0) {
                    continue;
                }
                int count = keys.columns(b, key, columnOf, out);
                for (int m = 0; m < count; m++) {
                    double[] s = sums[out[m]];
                    for (int t = 0; t < SUMS; t++) {
                        s[t] += a[i + t];
                    }
                }
            }
        }
        MeanScore[] means = new MeanScore[columns];
        for (int j = 0; j < columns; j++) {
            double[] s = sums[j];
            means[j] = MeanScores.mean((int) s[0], s[1], s[2], s[3], s[4]);
        }
        return means;
    }
}
