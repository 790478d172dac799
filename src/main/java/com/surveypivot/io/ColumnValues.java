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
    /** A row's code during the pass: a number cell, not yet resolved. */
    private static final int NUMBER_CELL = -3;
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
    /** True for a numeric column (not dates) whose every answer is 0 or 1. */
    final boolean zeroOne;
    final List<String> labels = new ArrayList<>();
    /** How many rows hold each label (by label index); longer than {@code labels} when grown. */
    private int[] labelCounts = new int[16];
    int answered;

    ColumnValues(RawColumn raw, int rows, MissingValues missing) {
        this.raw = raw;
        this.header = HeaderCode.parse(raw.header());
        this.rows = rows;
        // one pass over the column's compact arrays: each text cell coded by its source key (each distinct key
        // resolved to a label once, through a small open-addressing table), number cells marked NUMBER_CELL
        int[] rowCodes = new int[rows];
        if (raw.textCount() > 0) {
            raw.copyTextKeys(rowCodes, rows);
        }
        double[] cells = null;
        if (raw.numberCount() > 0) {
            cells = new double[rows];
            raw.copyNumbers(cells, rows);
        }
        boolean dateBits = raw.dateCount() > 0;
        Map<String, Integer> labelIndex = new HashMap<>();
        int[] keys = new int[64];
        int[] keyCodes = new int[64];
        int distinctKeys = 0;
        int text = 0;
        int number = 0;
        int date = 0;
        for (int r = 0; r < rows; r++) {
            int key = rowCodes[r];
            if (key != 0) {
                int mask = keys.length - 1;
                int h = key * 0x9E3779B9;
                int i = (h ^ (h >>> 16)) & mask;
                int k;
                while ((k = keys[i]) != key && k != 0) {
                    i = (i + 1) & mask;
                }
                int code;
                if (k == key) {
                    code = keyCodes[i];
                } else {
                    String s = raw.text(r).strip();
                    code = missing.isMissing(s) ? -1 : labelIndex.computeIfAbsent(s, this::newLabel);
                    keys[i] = key;
                    keyCodes[i] = code;
                    if (++distinctKeys * 2 > keys.length) {
                        int[][] grown = grow(keys, keyCodes);
                        keys = grown[0];
                        keyCodes = grown[1];
                    }
                }
                rowCodes[r] = code;
                if (code >= 0) {
                    text++;
                    labelCounts[code]++;
                }
            } else if (cells != null && !Double.isNaN(cells[r])) {
                rowCodes[r] = NUMBER_CELL;
                number++;
                if (dateBits && raw.kind(r) == RawColumn.DATE) {
                    date++;
                }
            } else {
                rowCodes[r] = -1;
            }
        }
        if (text == 0 && number > 0) {
            numeric = true;
            dates = date == number;
            // a number the user listed as missing is no answer (date cells are never checked)
            boolean checkMissing = !dates && missing.hasNumberCodes();
            boolean zeroOrOne = true;
            for (int r = 0; r < rows; r++) {
                double v = rowCodes[r] == NUMBER_CELL ? cells[r] : Double.NaN;
                if (v == v) {
                    if (checkMissing && (date == 0 || raw.kind(r) == RawColumn.NUMBER) && missing.isMissingNumber(v)) {
                        v = Double.NaN;
                    } else {
                        answered++;
                        if (dates) {
                            v = IsoDates.serialToEpochDays(v);
                        } else if (v != 0 && v != 1) {
                            zeroOrOne = false;
                        }
                    }
                }
                cells[r] = v;
            }
            numbers = cells;
            zeroOne = zeroOrOne && !dates;
            codes = null;
        } else {
            numeric = false;
            dates = false;
            numbers = null;
            zeroOne = false;
            answered = text;
            if (number > 0) {
                // number cells in a label column: labels as the sheet shows them, after the text labels
                for (int r = 0; r < rows; r++) {
                    if (rowCodes[r] == NUMBER_CELL) {
                        String s = dateBits && raw.kind(r) == RawColumn.DATE ? dateText(cells[r])
                                : NumberText.format(cells[r]);
                        int code = missing.isMissing(s) ? -1 : labelIndex.computeIfAbsent(s, this::newLabel);
                        rowCodes[r] = code;
                        if (code >= 0) {
                            labelCounts[code]++;
                            answered++;
                        }
                    }
                }
            }
            codes = rowCodes;
        }
    }

    /** The key table doubled, its entries re-placed. */
    private static int[][] grow(int[] keys, int[] keyCodes) {
        int[] newKeys = new int[keys.length * 2];
        int[] newCodes = new int[keys.length * 2];
        int mask = newKeys.length - 1;
        for (int j = 0; j < keys.length; j++) {
            int key = keys[j];
            if (key != 0) {
                int h = key * 0x9E3779B9;
                int i = (h ^ (h >>> 16)) & mask;
                while (newKeys[i] != 0) {
                    i = (i + 1) & mask;
                }
                newKeys[i] = key;
                newCodes[i] = keyCodes[j];
            }
        }
        return new int[][] {newKeys, newCodes};
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
