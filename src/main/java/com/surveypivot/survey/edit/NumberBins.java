package com.surveypivot.survey.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Puts numbers into bins and labels them (the work behind {@link RebinNumbers}). Each method takes the values
 * (NaN = no answer) and returns the labels in ascending order and one code per respondent (-1 = no answer).
 * Bins that no respondent falls into are left out.
 */
final class NumberBins {
    /** Labels in ascending order and one code per respondent (-1 = no answer). */
    record Binned(List<String> labels, int[] codes) {
    }

    private NumberBins() {
    }

    /**
     * Quantile bins as R's {@code cut(x, unique(quantile(x, 0:k/k)), include.lowest = TRUE)}: the breaks are the
     * type-7 quantiles at 0, 1/k … 1; a value goes to the first bin whose upper break is not below it (right-closed
     * intervals, the lowest value in the first). Equal values therefore always share a bin; where ties make two
     * breaks equal there are fewer than k bins. Labels: the smallest and largest value inside each bin.
     */
    static Binned quantiles(double[] values, int k) {
        double[] sorted = answered(values);
        if (sorted.length == 0) {
            return none(values);
        }
        int n = sorted.length;
        TreeSet<Double> breaks = new TreeSet<>();
        for (int j = 1; j <= k; j++) {
            double h = (n - 1) * (j / (double) k);
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, n - 1);
            breaks.add(j == k ? sorted[n - 1] : sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]));
        }
        double[] upper = breaks.stream().mapToDouble(Double::doubleValue).toArray();
        int[] raw = new int[values.length];
        for (int r = 0; r < values.length; r++) {
            raw[r] = Double.isNaN(values[r]) ? -1 : firstNotBelow(upper, values[r]);
        }
        return labelledByContents(values, raw, upper.length, NumberLabels.of(values));
    }

    /**
     * k bins of equal width from the smallest to the largest value: bin i holds {@code min + i·w ≤ v < min +
     * (i+1)·w}, the last one also the largest value. Labels: the bin's bounds at the data's precision
     * ({@code 10–19}, {@code 0.60–0.79}).
     */
    static Binned equalWidth(double[] values, int k) {
        double[] sorted = answered(values);
        if (sorted.length == 0) {
            return none(values);
        }
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        if (min == max) {
            return single(values, NumberLabels.of(values).format(min));
        }
        double width = (max - min) / k;
        double[] lower = new double[k];
        for (int i = 0; i < k; i++) {
            lower[i] = min + i * width;
        }
        NumberLabels format = NumberLabels.of(values);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            BigDecimal lo = format.ceil(lower[i]);
            BigDecimal hi = i == k - 1 ? BigDecimal.valueOf(max) : format.below(lower[i + 1]);
            labels.add(format.range(lo, hi));
        }
        int[] raw = new int[values.length];
        for (int r = 0; r < values.length; r++) {
            raw[r] = Double.isNaN(values[r]) ? -1 : lastNotAbove(lower, values[r]);
        }
        return dropEmpty(labels, raw);
    }

    /**
     * Bins between the user's cut points c1 &lt; c2 &lt; … &lt; cm: {@code v < c1} ({@code ≤ c1 − step}),
     * {@code c_i ≤ v < c_{i+1}} ({@code c_i–(c_{i+1} − step)}), {@code cm ≤ v} ({@code cm ≤}); the step is the
     * data's precision (1 for whole numbers: cut points 10, 20 give {@code ≤ 9}, {@code 10–19}, {@code 20 ≤}).
     */
    static Binned cutPoints(double[] values, List<Double> cuts) {
        double[] lower = new TreeSet<>(cuts).stream().mapToDouble(Double::doubleValue).toArray();
        NumberLabels format = NumberLabels.of(values);
        List<String> labels = new ArrayList<>();
        labels.add(format.atMost(format.below(lower[0])));
        for (int i = 0; i + 1 < lower.length; i++) {
            labels.add(format.range(format.ceil(lower[i]), format.below(lower[i + 1])));
        }
        labels.add(format.atLeast(format.ceil(lower[lower.length - 1])));
        int[] raw = new int[values.length];
        for (int r = 0; r < values.length; r++) {
            raw[r] = Double.isNaN(values[r]) ? -1 : lastNotAbove(lower, values[r]) + 1;
        }
        return dropEmpty(labels, raw);
    }

    /** One category per distinct value in ascending order. */
    static Binned distinctValues(double[] values) {
        double[] keys = Arrays.stream(answered(values)).distinct().toArray();
        NumberLabels format = NumberLabels.of(values);
        List<String> labels = new ArrayList<>();
        for (double key : keys) {
            labels.add(format.format(key));
        }
        int[] codes = new int[values.length];
        for (int r = 0; r < values.length; r++) {
            codes[r] = Double.isNaN(values[r]) ? -1 : Arrays.binarySearch(keys, values[r]);
        }
        return new Binned(labels, codes);
    }

    /** How many different values were given (NaN ignored). */
    static int distinctCount(double[] values) {
        return (int) Arrays.stream(answered(values)).distinct().count();
    }

    private static double[] answered(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    private static Binned none(double[] values) {
        int[] codes = new int[values.length];
        Arrays.fill(codes, -1);
        return new Binned(List.of(), codes);
    }

    private static Binned single(double[] values, String label) {
        int[] codes = new int[values.length];
        for (int r = 0; r < codes.length; r++) {
            codes[r] = Double.isNaN(values[r]) ? -1 : 0;
        }
        return new Binned(List.of(label), codes);
    }

    /** Index of the first bound that is not below {@code v} (the last bin when all are below). */
    private static int firstNotBelow(double[] upper, double v) {
        int at = Arrays.binarySearch(upper, v);
        int i = at >= 0 ? at : -at - 1;
        return Math.min(i, upper.length - 1);
    }

    /** Index of the last lower bound that is not above {@code v}, or -1 when {@code v} is below them all. */
    private static int lastNotAbove(double[] lower, double v) {
        int at = Arrays.binarySearch(lower, v);
        if (at >= 0) {
            while (at + 1 < lower.length && lower[at + 1] == v) {
                at++;
            }
            return at;
        }
        return -at - 2;
    }

    private static Binned labelledByContents(double[] values, int[] raw, int bins, NumberLabels format) {
        double[] min = new double[bins];
        double[] max = new double[bins];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < values.length; r++) {
            if (raw[r] >= 0) {
                min[raw[r]] = Math.min(min[raw[r]], values[r]);
                max[raw[r]] = Math.max(max[raw[r]], values[r]);
            }
        }
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            labels.add(min[b] > max[b] ? "" : format.range(min[b], max[b]));
        }
        return dropEmpty(labels, raw);
    }

    /** Leaves out the bins nobody is in and renumbers the codes. */
    private static Binned dropEmpty(List<String> labels, int[] raw) {
        int[] counts = new int[labels.size()];
        for (int code : raw) {
            if (code >= 0) {
                counts[code]++;
            }
        }
        int[] renumber = new int[labels.size()];
        List<String> kept = new ArrayList<>();
        for (int b = 0; b < labels.size(); b++) {
            renumber[b] = counts[b] == 0 ? -1 : kept.size();
            if (counts[b] > 0) {
                kept.add(labels.get(b));
            }
        }
        int[] codes = new int[raw.length];
        for (int r = 0; r < raw.length; r++) {
            codes[r] = raw[r] < 0 ? -1 : renumber[raw[r]];
        }
        return new Binned(kept, codes);
    }
}
