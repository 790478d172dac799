package com.surveypivot.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column's answers resolved for recognition: either numbers (dates as epoch days) or labels. A column
 * holding any text is a label column (its numbers shown as the sheet shows them); labels are coded per row
 * (-1 = no answer), each distinct label kept once, in first-appearance order.
 */
final class ColumnValues {
    final RawColumn raw;
    final HeaderCode header;
    final int rows;
    /** True when every answer is a number (dates included). */
    final boolean numeric;
    /** True when every answer is a date cell. */
    final boolean dates;
    /** Numbers (NaN = no answer) for numeric columns; epoch days for date columns. */
    final double[] numbers;
    /** Label code per row (-1 = no answer) for label columns. */
    final int[] codes;
    final List<String> labels = new ArrayList<>();
    /** How many rows hold each label (by label index); longer than {@code labels} when grown. */
    private int[] labelCounts = new int[16];
    int answered;

    ColumnValues(RawColumn raw, int rows, MissingValues missing) {
        this.raw = raw;
        this.header = HeaderCode.parse(raw.header());
        this.rows = rows;
        int text = 0;
        int number = 0;
        int date = 0;
        IntIntMap textCodes = new IntIntMap();
        Map<String, Integer> labelIndex = new HashMap<>();
        int[] rowCodes = new int[rows];
        // first pass: text cells coded by their source key (each distinct string resolved once)
        for (int r = 0; r < rows; r++) {
            int kind = raw.kind(r);
            if (kind == RawColumn.TEXT) {
                int key = raw.textKey(r);
                int code = textCodes.get(key);
                if (code == -1) {
                    String s = raw.text(r).strip();
                    if (missing.isMissing(s)) {
                        code = -2;
                    } else {
                        code = labelIndex.computeIfAbsent(s, this::newLabel);
                    }
                    textCodes.put(key, code);
                }
                rowCodes[r] = code;
                if (code >= 0) {
                    text++;
                }
            } else {
                rowCodes[r] = kind == RawColumn.BLANK ? -1 : -3;
                if (kind == RawColumn.NUMBER) {
                    number++;
                } else if (kind == RawColumn.DATE) {
                    number++;
                    date++;
                }
            }
        }
        if (text == 0 && number > 0) {
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
                if (!Double.isNaN(v)) {
                    answered++;
                }
            }
            codes = null;
        } else {
            numeric = false;
            dates = false;
            numbers = null;
            for (int r = 0; r < rows; r++) {
                int code = rowCodes[r];
                if (code == -3) {
                    int kind = raw.kind(r);
                    String s = kind == RawColumn.DATE ? dateText(raw.number(r)) : NumberText.format(raw.number(r));
                    code = missing.isMissing(s) ? -1 : labelIndex.computeIfAbsent(s, this::newLabel);
                } else if (code < -1) {
                    code = -1;
                }
                rowCodes[r] = code;
                if (code >= 0) {
                    labelCounts[code]++;
                    answered++;
                }
            }
            codes = rowCodes;
        }
    }

    /** Adds a distinct label; returns its index. */
    private int newLabel(String label) {
        labels.add(label);
        if (labels.size() > labelCounts.length) {
            labelCounts = Arrays.copyOf(labelCounts, labelCounts.length * 2);
        }
        return labels.size() - 1;
    }

    private static String dateText(double serial) {
        double days = IsoDates.serialToEpochDays(serial);
        LocalDate day = IsoDates.day(days);
        double fraction = days - Math.floor(days);
        if (fraction < 1e-9) {
            return day.toString();
        }
        int seconds = (int) Math.round(fraction * 86400);
        return String.format("%s %02d:%02d", day, seconds / 3600, (seconds / 60) % 60);
    }

    /** Distinct labels with their counts, in first-appearance order. */
    LinkedHashMap<String, Integer> countsByLabel() {
        LinkedHashMap<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            map.put(labels.get(i), labelCounts[i]);
        }
        return map;
    }

    boolean hasAnswer(int row) {
        return numeric ? !Double.isNaN(numbers[row]) : codes[row] >= 0;
    }

    String label(int row) {
        if (numeric) {
            return Double.isNaN(numbers[row]) ? null : NumberText.format(numbers[row]);
        }
        return codes[row] >= 0 ? labels.get(codes[row]) : null;
    }
}
