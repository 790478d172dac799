package com.surveypivot.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The categorical view of numbers and dates. Numbers with at most 20 distinct whole values are categories in
 * numeric order; other numbers fall into five quantile bins labelled by the smallest and largest value inside
 * ({@code 10–19}). Dates are grouped by day, or by month when they span more than about two months.
 */
final class NumberCategories {
    static final int MAX_DISTINCT = 20;
    static final int BINS = 5;
    static final int DAYS_BEFORE_MONTHS = 60;

    /** Category labels and one code per row (-1 = no answer). */
    record Categorised(List<String> labels, int[] codes) {
    }

    private NumberCategories() {
    }

    static Categorised numbers(double[] values) {
        // the distinct values, sorted, collected until there are more than MAX_DISTINCT
        double[] keys = new double[MAX_DISTINCT + 1];
        int distinct = 0;
        boolean whole = true;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                if (distinct <= MAX_DISTINCT) {
                    int at = Arrays.binarySearch(keys, 0, distinct, v);
                    if (at < 0) {
                        at = -at - 1;
                        System.arraycopy(keys, at, keys, at + 1, distinct - at);
                        keys[at] = v;
                        distinct++;
                    }
                }
                whole &= NumberText.isWhole(v);
            }
        }
        int[] codes = new int[values.length];
        if (whole && distinct <= MAX_DISTINCT) {
            keys = Arrays.copyOf(keys, distinct);
            List<String> labels = new ArrayList<>();
            for (double k : keys) {
                labels.add(NumberText.format(k));
            }
            for (int r = 0; r < values.length; r++) {
                codes[r] = Double.isNaN(values[r]) ? -1 : Arrays.binarySearch(keys, values[r]);
            }
            return new Categorised(labels, codes);
        }
        return quantileBins(values, whole);
    }

    private static Categorised quantileBins(double[] values, boolean whole) {
        double[] sorted = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sorted[n++] = v;
            }
        }
        Arrays.sort(sorted, 0, n);
        // upper bounds of the bins: R's type-7 quantiles at 1/5 … 4/5, then the maximum
        TreeSet<Double> bounds = new TreeSet<>();
        for (int k = 1; k < BINS; k++) {
            double h = (n - 1) * (k / (double) BINS);
            int lo = (int) Math.floor(h);
            double q = sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, n - 1)] - sorted[lo]);
            bounds.add(q);
        }
        bounds.add(sorted[n - 1]);
        double[] upper = bounds.stream().mapToDouble(Double::doubleValue).toArray();
        double[] min = new double[upper.length];
        double[] max = new double[upper.length];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        int[] raw = new int[values.length];
        for (int r = 0; r < values.length; r++) {
            double v = values[r];
            if (Double.isNaN(v)) {
                raw[r] = -1;
                continue;
            }
            int bin = binOf(upper, v);
            raw[r] = bin;
            min[bin] = Math.min(min[bin], v);
            max[bin] = Math.max(max[bin], v);
        }
        int[] renumber = new int[upper.length];
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < upper.length; b++) {
            if (min[b] == Double.POSITIVE_INFINITY) {
                renumber[b] = -1;
                continue;
            }
            renumber[b] = labels.size();
            labels.add(min[b] == max[b] ? label(min[b], whole) : label(min[b], whole) + "–" + label(max[b], whole));
        }
        int[] codes = new int[values.length];
        for (int r = 0; r < values.length; r++) {
            codes[r] = raw[r] < 0 ? -1 : renumber[raw[r]];
        }
        return new Categorised(labels, codes);
    }

    private static int binOf(double[] upper, double v) {
        for (int b = 0; b < upper.length; b++) {
            if (v <= upper[b]) {
                return b;
            }
        }
        return upper.length - 1;
    }

    private static String label(double v, boolean whole) {
        if (whole) {
            return NumberText.format(v);
        }
        return NumberText.format(Math.round(v * 100) / 100.0);
    }

    static Categorised dates(double[] epochDays) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : epochDays) {
            if (!Double.isNaN(d)) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
        }
        boolean byMonth = hi - lo > DAYS_BEFORE_MONTHS;
        if (lo <= hi && hi - lo < DAY_TABLE_SPAN) {
            return datesByDayTable(epochDays, (long) Math.floor(lo), (long) Math.floor(hi), byMonth);
        }
        TreeSet<String> keys = new TreeSet<>();
        String[] keyOf = new String[epochDays.length];
        java.util.Map<Long, String> keyOfDay = new java.util.HashMap<>();
        long lastDay = Long.MIN_VALUE;
        String lastKey = null;
        for (int r = 0; r < epochDays.length; r++) {
            if (!Double.isNaN(epochDays[r])) {
                long dayNumber = (long) Math.floor(epochDays[r]);
                if (dayNumber != lastDay) {
                    lastDay = dayNumber;
                    lastKey = keyOfDay.computeIfAbsent(dayNumber, d -> {
                        LocalDate day = LocalDate.ofEpochDay(d);
                        String key = byMonth ? day.toString().substring(0, 7) : day.toString();
                        keys.add(key);
                        return key;
                    });
                }
                keyOf[r] = lastKey;
            }
        }
        List<String> labels = new ArrayList<>(keys);
        int[] codes = new int[epochDays.length];
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        for (int r = 0; r < epochDays.length; r++) {
            codes[r] = keyOf[r] == null ? -1 : index.get(keyOf[r]);
        }
        return new Categorised(labels, codes);
    }

    /** Days spanned at most for {@link #datesByDayTable} (about 2,700 years; an int per day). */
    private static final double DAY_TABLE_SPAN = 1_000_000;

    /**
     * {@link #dates} through a table of the days spanned: each distinct day gets its key once, the keys are sorted
     * as strings (as {@code dates} sorts them), and every row is coded by an array lookup (no map, box or String per
     * row).
     */
    private static Categorised datesByDayTable(double[] epochDays, long loDay, long hiDay, boolean byMonth) {
        int span = (int) (hiDay - loDay + 1);
        int[] dayCode = new int[span];
        for (double d : epochDays) {
            if (!Double.isNaN(d)) {
                dayCode[(int) ((long) Math.floor(d) - loDay)] = 1;
            }
        }
        String[] keyOfDay = new String[span];
        TreeSet<String> keys = new TreeSet<>();
        for (int i = 0; i < span; i++) {
            if (dayCode[i] != 0) {
                String day = LocalDate.ofEpochDay(loDay + i).toString();
                keyOfDay[i] = byMonth ? day.substring(0, 7) : day;
                keys.add(keyOfDay[i]);
            }
        }
        List<String> labels = new ArrayList<>(keys);
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        for (int i = 0; i < span; i++) {
            if (keyOfDay[i] != null) {
                dayCode[i] = index.get(keyOfDay[i]);
            }
        }
        int[] codes = new int[epochDays.length];
        for (int r = 0; r < epochDays.length; r++) {
            double d = epochDays[r];
            codes[r] = Double.isNaN(d) ? -1 : dayCode[(int) ((long) Math.floor(d) - loDay)];
        }
        return new Categorised(labels, codes);
    }
}
