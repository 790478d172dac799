package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Date categories (days, or months for long spans) against a plain per-row computation written here. */
class DateCategoriesTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 14, 200, 5_000, 3_000_000})
    void codesAndLabelsMatchAPlainComputation(double spanDays) {
        Random random = new Random(7);
        double[] days = new double[20_000];
        for (int r = 0; r < days.length; r++) {
            days[r] = random.nextInt(10) == 0 ? Double.NaN : 19_000 - spanDays / 3 + random.nextDouble() * spanDays;
        }
        NumberCategories.Categorised cat = NumberCategories.dates(days);

        double lo = Arrays.stream(days).filter(d -> !Double.isNaN(d)).min().orElseThrow();
        double hi = Arrays.stream(days).filter(d -> !Double.isNaN(d)).max().orElseThrow();
        boolean byMonth = hi - lo > NumberCategories.DAYS_BEFORE_MONTHS;
        String[] key = new String[days.length];
        TreeSet<String> keys = new TreeSet<>();
        for (int r = 0; r < days.length; r++) {
            if (!Double.isNaN(days[r])) {
                String day = LocalDate.ofEpochDay((long) Math.floor(days[r])).toString();
                key[r] = byMonth ? day.substring(0, 7) : day;
                keys.add(key[r]);
            }
        }
        List<String> labels = new ArrayList<>(keys);
        int[] codes = new int[days.length];
        for (int r = 0; r < days.length; r++) {
            codes[r] = key[r] == null ? -1 : labels.indexOf(key[r]);
        }
        assertEquals(labels, cat.labels());
        assertArrayEquals(codes, cat.codes());
    }
}
