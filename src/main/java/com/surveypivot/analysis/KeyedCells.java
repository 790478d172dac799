package com.surveypivot.analysis;

import java.util.List;

/**
 * Weighted cells of a single-valued question by a banner in one tight pass: for every respondent in the table's
 * base, its answer code and its banner keys ({@link BannerKeys}) index flat arrays of Σ1, Σw and Σw² (per answer ×
 * key value). The per-key sums are then added into the table's columns: a single-valued attribute's digit names one
 * column, a multi-response attribute's digit the columns of the options ticked. The pass touches only int, char and
 * double arrays, no bit sets and no per-attribute branching per respondent.
 */
final class KeyedCells {
    /** Above this many answer × key sums per table, the per-key arrays would leave the cache: not worth it. */
    static final int MAX_SUMS = 1 << 20;

    private KeyedCells() {
    }

    /**
     * The cells, or null where the pass does not apply (too many answers × keys).
     *
     * @param codes        each respondent's answer code, -1 outside the table's base (answered and filter)
     * @param categories   the question's number of answers
     * @param weights      sanitised weights (finite, ≥ 0)
     * @param keys         the banner's keys; the table's groups are its attributes, in order
     * @param columns      Total first, then the groups' columns
     * @param groupFrom    index of each group's first column
     * @param groupColumns for each group, the attribute category of each of its columns
     */
    static WeightedCells compute(int[] codes, int categories, double[] weights, BannerKeys keys, int columns,
            int[] groupFrom, List<int[]> groupColumns) {
        int blocks = keys.blockSize.length;
        long sums = 0;
        for (int size : keys.blockSize) {
            sums += (long) size * categories;
        }
        if (sums > MAX_SUMS) {
            return null;
        }
        double[][] acc = new double[blocks][];
        for (int b = 0; b < blocks; b++) {
            acc[b] = new double[categories * keys.blockSize[b] * 3];
        }
        if (blocks == 1) {
            pass1(codes, weights, keys.keys[0], keys.blockSize[0], acc[0]);
        } else if (blocks == 2) {
            pass2(codes, weights, keys.keys[0], keys.blockSize[0], acc[0], keys.keys[1], keys.blockSize[1], acc[1]);
        } else {
            for (int b = 0; b < blocks; b++) {
                pass1(codes, weights, keys.keys[b], keys.blockSize[b], acc[b]);
            }
        }
        return spread(acc, categories, keys, columns, groupFrom, groupColumns);
    }

    /**
     * Weighted cells of a multi-response question: rows 0 … options − 1 are the options (the respondents who
     * ticked each), and one more row, {@code options}, holds every respondent in the table's base once (the
     * columns' and groups' respondent sums). Null where the pass does not apply.
     *
     * @param question a multi-response question of at most 31 options
     * @param base     the table's base: answered the question and kept by the filter
     */
    static WeightedCells computeMulti(com.surveypivot.survey.Question question,
            com.surveypivot.survey.RespondentSet base, double[] weights, BannerKeys keys, int columns,
            int[] groupFrom, List<int[]> groupColumns) {
        int options = question.categoryCount();
        int rows = options + 1;
        long sums = 0;
        for (int size : keys.blockSize) {
            sums += (long) size * rows;
        }
        if (options > 31 || sums > MAX_SUMS) {
            return null;
        }
        // each respondent's ticks as a bit pattern, -1 outside the base
        int[] ticks = new int[question.respondentCount()];
        java.util.Arrays.fill(ticks, -1);
        base.forEach(r -> ticks[r] = 0);
        for (int o = 0; o < options; o++) {
            int bit = 1 << o;
            question.members(o).forEach(r -> {
                if (ticks[r] >= 0) {
                    ticks[r] |= bit;
                }
            });
        }
        int blocks = keys.blockSize.length;
        double[][] acc = new double[blocks][];
        for (int b = 0; b < blocks; b++) {
            int size = keys.blockSize[b];
            double[] a = new double[rows * size * 3];
            char[] key = keys.keys[b];
            int all = options * size;
            for (int r = 0; r < ticks.length; r++) {
                int pattern = ticks[r];
                if (pattern < 0) {
                    continue;
                }
                double wr = weights[r];
                double sq = wr * wr;
                int kr = key[r];
                int i = (all + kr) * 3;
                a[i] += 1;
                a[i + 1] += wr;
                a[i + 2] += sq;
                for (int bits = pattern; bits != 0; bits &= bits - 1) {
                    int k = (Integer.numberOfTrailingZeros(bits) * size + kr) * 3;
                    a[k] += 1;
                    a[k + 1] += wr;
                    a[k + 2] += sq;
                }
            }
            acc[b] = a;
        }
        return spread(acc, rows, keys, columns, groupFrom, groupColumns);
    }

    /** Adds the per-key sums of each row into the columns and groups each key value falls in. */
    private static WeightedCells spread(double[][] acc, int categories, BannerKeys keys, int columns,
            int[] groupFrom, List<int[]> groupColumns) {
        int blocks = acc.length;
        int groups = groupFrom.length;
        int[][] columnOf = keys.columnOf(groupFrom, groupColumns);
        WeightedCells cells = new WeightedCells(categories, columns, groups);
        double[][] n = new double[categories][columns];
        int[] scratch = new int[Math.max(columns, groups) + 1];
        for (int b = 0; b < blocks; b++) {
            int size = keys.blockSize[b];
            double[] a = acc[b];
            // decode each key value once: the columns (0 = Total) and groups it falls in
            int[][] columnsOfKey = new int[size][];
            int[][] groupsOfKey = new int[size][];
            for (int key = 0; key < size; key++) {
                columnsOfKey[key] = java.util.Arrays.copyOf(scratch, keys.columns(b, key, columnOf, scratch));
                groupsOfKey[key] = java.util.Arrays.copyOf(scratch, keys.groups(b, key, scratch));
            }
            for (int c = 0; c < categories; c++) {
                double[] cn = n[c];
                double[] cw = cells.w[c];
                double[] cw2 = cells.w2[c];
                double[] gw = cells.groupW[c];
                double[] gw2 = cells.groupW2[c];
                for (int key = 0; key < size; key++) {
                    int i = (c * size + key) * 3;
                    double cnt = a[i];
                    if (cnt == 0) {
                        continue;
                    }
                    double sw = a[i + 1];
                    double sw2 = a[i + 2];
                    for (int j : columnsOfKey[key]) {
                        cn[j] += cnt;
                        cw[j] += sw;
                        cw2[j] += sw2;
                    }
                    for (int g : groupsOfKey[key]) {
                        gw[g] += sw;
                        gw2[g] += sw2;
                    }
                }
            }
        }
        for (int c = 0; c < categories; c++) {
            for (int j = 0; j < columns; j++) {
                cells.n[c][j] = (int) n[c][j];
            }
        }
        return cells;
    }

    private static void pass1(int[] codes, double[] weights, char[] keys, int size, double[] acc) {
        for (int r = 0; r < codes.length; r++) {
            int c = codes[r];
            if (c < 0) {
                continue;
            }
            double wr = weights[r];
            int i = (c * size + keys[r]) * 3;
            acc[i] += 1;
            acc[i + 1] += wr;
            acc[i + 2] += wr * wr;
        }
    }

    private static void pass2(int[] codes, double[] weights, char[] keys0, int size0, double[] acc0, char[] keys1,
            int size1, double[] acc1) {
        for (int r = 0; r < codes.length; r++) {
            int c = codes[r];
            if (c < 0) {
                continue;
            }
            double wr = weights[r];
            double sq = wr * wr;
            int i = (c * size0 + keys0[r]) * 3;
            acc0[i] += 1;
            acc0[i + 1] += wr;
            acc0[i + 2] += sq;
            int k = (c * size1 + keys1[r]) * 3;
            acc1[k] += 1;
            acc1[k + 1] += wr;
            acc1[k + 2] += sq;
        }
    }
}
