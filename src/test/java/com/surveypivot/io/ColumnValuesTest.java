package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's faster recognition keeps every result: a column's values, labels, counts and kind (ColumnValues), the id
 * check, the delimiter pre-check and the member sets, each compared with a plain per-cell loop written here (the way
 * the code worked before, one call per cell) on hand-made and random columns: shared and inline strings, numbers,
 * dates, a mix, missing texts and numbers, blanks, padded and repeated texts, columns shorter than the table.
 */
class ColumnValuesTest {
    private static final String[] SHARED = {"Yes", "No", " Yes ", "無回答", "1", "2,3", "a;b", "a、b", "N/A", "-",
        "x|y", "", "  ", "99", "1.5", "2024-06-01"};

    @Test
    void handMadeColumnsMatchThePlainLoop() {
        MissingValues missing = new MissingValues(List.of("99"));
        // text, a number in it, missing text, padding that strips to an existing label, inline text
        RawColumn mixed = new RawColumn(0, SHARED, 8);
        mixed.setShared(0, 0);
        mixed.setNumber(1, 1, false);
        mixed.setShared(2, 3);
        mixed.setShared(3, 2);
        mixed.setText(4, "Yes");
        mixed.setNumber(5, 99, false);
        mixed.setNumber(7, 45000.5, true);
        check(mixed, 9, missing);
        ColumnValues c = new ColumnValues(mixed, 9, missing);
        assertEquals(List.of("Yes", "1", "2023-03-15 12:00"), c.labels);
        assertEquals(5, c.answered);
        // numbers with a missing code, and 0/1 ticks
        RawColumn ticks = new RawColumn(1, SHARED, 4);
        ticks.setNumber(0, 1, false);
        ticks.setNumber(1, 0, false);
        ticks.setNumber(3, 99, false);
        check(ticks, 5, missing);
        assertEquals(true, new ColumnValues(ticks, 5, missing).zeroOne);
        // all dates, mixed dates and numbers, a missing text in a number column
        RawColumn dates = new RawColumn(2, SHARED, 3);
        dates.setNumber(0, 45000, true);
        dates.setNumber(2, 45001.25, true);
        check(dates, 3, missing);
        RawColumn someDates = new RawColumn(3, SHARED, 4);
        someDates.setNumber(0, 45000, true);
        someDates.setNumber(1, 99, false);
        someDates.setShared(2, 8);
        someDates.setNumber(3, 1, false);
        check(someDates, 4, missing);
        check(new RawColumn(4, SHARED), 6, missing);
    }

    @Test
    void randomColumnsMatchThePlainLoop() {
        Random random = new Random(14);
        MissingValues none = new MissingValues(List.of());
        MissingValues some = new MissingValues(List.of("99", "Yes"));
        for (int n = 0; n < 400; n++) {
            int rows = 1 + random.nextInt(300);
            RawColumn raw = new RawColumn(n, SHARED, random.nextBoolean() ? rows : 0);
            int mode = random.nextInt(5);
            for (int r = 0; r < rows - random.nextInt(3); r++) {
                int pick = random.nextInt(10);
                if (pick < 2) {
                    continue;
                }
                if (mode == 0 || (mode == 3 && pick < 6)) {
                    raw.setShared(r, random.nextInt(SHARED.length));
                } else if (mode == 1 || (mode == 3 && pick < 8)) {
                    raw.setNumber(r, random.nextInt(4) == 0 ? 99 : random.nextInt(3), false);
                } else if (mode == 2) {
                    raw.setNumber(r, 45000 + random.nextInt(40) + (random.nextBoolean() ? 0.5 : 0), pick < 9);
                } else {
                    raw.setText(r, SHARED[random.nextInt(SHARED.length)] + (random.nextBoolean() ? "" : " "));
                }
            }
            check(raw, rows, none);
            check(raw, rows, some);
        }
    }

    @Test
    void idCheckMatchesASetOfBoxedNumbers() {
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            double[] values = new double[1 + random.nextInt(200)];
            int kind = random.nextInt(4);
            for (int i = 0; i < values.length; i++) {
                values[i] = switch (kind) {
                    case 0 -> 1000 + i;
                    case 1 -> random.nextInt(values.length * 2) - 20;
                    case 2 -> random.nextInt(5) == 0 ? 0.5 * random.nextInt(9) : random.nextLong() >> 20;
                    default -> random.nextInt(3) == 0 ? -0.0 : random.nextInt(3);
                };
            }
            assertEquals(plainWholeAndDistinct(values), QuestionRecognizer.wholeAndDistinct(values));
        }
        assertEquals(true, QuestionRecognizer.wholeAndDistinct(new double[] {0.0, -0.0}));
        assertEquals(false, QuestionRecognizer.wholeAndDistinct(new double[] {3, 1e14, 3}));
    }

    @Test
    void delimiterCheckMatchesContainsPerDelimiter() {
        Random random = new Random(3);
        String pieces = ";\n|、,，；ab ";
        for (int n = 0; n < 500; n++) {
            LinkedHashMap<String, Integer> values = new LinkedHashMap<>();
            for (int v = random.nextInt(8); v > 0; v--) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(6); k > 0; k--) {
                    b.append(pieces.charAt(random.nextInt(pieces.length())));
                }
                values.put(b.toString(), random.nextInt(3));
            }
            int expected = 0;
            for (int d = 0; d < DelimitedSplitter.DELIMITERS.size(); d++) {
                int with = 0;
                for (Map.Entry<String, Integer> e : values.entrySet()) {
                    if (e.getKey().contains(DelimitedSplitter.DELIMITERS.get(d))) {
                        with += e.getValue();
                    }
                }
                expected |= with >= 2 ? 1 << d : 0;
            }
            assertEquals(expected, DelimitedSplitter.delimitersInTwoCells(values), values.toString());
        }
    }

    @Test
    void membersByCodeMatchAddingEachRespondent() {
        Random random = new Random(5);
        for (int n = 0; n < 100; n++) {
            int categories = 1 + random.nextInt(6);
            int[] codes = new int[random.nextInt(200)];
            for (int r = 0; r < codes.length; r++) {
                codes[r] = random.nextInt(categories + 1) - 1;
            }
            RespondentSet[] sets = RespondentSet.byCode(codes, categories);
            for (int c = 0; c <= categories; c++) {
                for (int r = 0; r < codes.length; r++) {
                    boolean expected = c == categories ? codes[r] >= 0 : codes[r] == c;
                    assertEquals(expected, sets[c].contains(r));
                }
                assertEquals(codes.length, sets[c].size());
            }
        }
    }

    private static boolean plainWholeAndDistinct(double[] values) {
        Set<Double> seen = new HashSet<>();
        for (double v : values) {
            if (!NumberText.isWhole(v) || !seen.add(v)) {
                return false;
            }
        }
        return true;
    }

    /** Compares ColumnValues with the plain loop below. */
    private static void check(RawColumn raw, int rows, MissingValues missing) {
        ColumnValues c = new ColumnValues(raw, rows, missing);
        Plain p = new Plain(raw, rows, missing);
        assertEquals(p.numeric, c.numeric);
        assertEquals(p.dates, c.dates);
        assertEquals(p.answered, c.answered);
        assertEquals(p.labels, c.labels);
        assertEquals(p.counts, c.countsByLabel());
        if (p.numeric) {
            assertArrayEquals(p.numbers, c.numbers);
            assertNull(c.codes);
            boolean zeroOne = !p.dates;
            for (double v : p.numbers) {
                zeroOne &= Double.isNaN(v) || v == 0 || v == 1;
            }
            assertEquals(zeroOne, c.zeroOne);
        } else {
            assertArrayEquals(p.codes, c.codes);
            assertNull(c.numbers);
        }
    }

    /** A column's values the plain way: each cell asked for its kind, text and number. */
    private static final class Plain {
        boolean numeric;
        boolean dates;
        double[] numbers;
        int[] codes;
        int answered;
        final List<String> labels = new ArrayList<>();
        final LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();

        Plain(RawColumn raw, int rows, MissingValues missing) {
            Map<String, Integer> index = new HashMap<>();
            boolean anyText = false;
            int number = 0;
            int date = 0;
            codes = new int[rows];
            for (int r = 0; r < rows; r++) {
                int kind = raw.kind(r);
                codes[r] = -1;
                if (kind == RawColumn.TEXT) {
                    String s = raw.text(r).strip();
                    if (!missing.isMissing(s)) {
                        codes[r] = index.computeIfAbsent(s, this::add);
                        anyText = true;
                    }
                } else if (kind != RawColumn.BLANK) {
                    number++;
                    date += kind == RawColumn.DATE ? 1 : 0;
                }
            }
            if (!anyText && number > 0) {
                numeric = true;
                dates = date == number;
                numbers = new double[rows];
                for (int r = 0; r < rows; r++) {
                    int kind = raw.kind(r);
                    double v = kind == RawColumn.NUMBER || kind == RawColumn.DATE ? raw.number(r) : Double.NaN;
                    if (kind == RawColumn.NUMBER && missing.isMissingNumber(v)) {
                        v = Double.NaN;
                    }
                    numbers[r] = dates && !Double.isNaN(v) ? IsoDates.serialToEpochDays(v) : v;
                    answered += Double.isNaN(v) ? 0 : 1;
                }
                labels.clear();
                counts.clear();
                return;
            }
            for (int r = 0; r < rows; r++) {
                int kind = raw.kind(r);
                if (kind == RawColumn.NUMBER || kind == RawColumn.DATE) {
                    String s = kind == RawColumn.DATE ? dateText(raw.number(r)) : NumberText.format(raw.number(r));
                    codes[r] = missing.isMissing(s) ? -1 : index.computeIfAbsent(s, this::add);
                }
                if (codes[r] >= 0) {
                    answered++;
                    counts.merge(labels.get(codes[r]), 1, Integer::sum);
                }
            }
        }

        private int add(String label) {
            labels.add(label);
            counts.put(label, 0);
            return labels.size() - 1;
        }

        private static String dateText(double serial) {
            double days = IsoDates.serialToEpochDays(serial);
            double fraction = days - Math.floor(days);
            String day = IsoDates.day(days).toString();
            if (fraction < 1e-9) {
                return day;
            }
            int seconds = (int) Math.round(fraction * 86400);
            return String.format("%s %02d:%02d", day, seconds / 3600, (seconds / 60) % 60);
        }
    }
}
