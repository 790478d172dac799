package com.surveypivot.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one sheet column as read, stored compactly: one int per row for text (an index into the
 * workbook's shared strings, or into this column's own dictionary of inline strings, each kept once), one
 * double per row for numbers (allocated only when the column holds numbers), and a bit per row for dates.
 * No per-cell objects are kept.
 */
final class RawColumn {
    /** Kinds of a cell. */
    static final int BLANK = 0;
    static final int TEXT = 1;
    static final int NUMBER = 2;
    static final int DATE = 3;

    private final int index;
    private final String[] sharedStrings;
    private String header = "";
    private String group;
    private int[] texts;       // 0 none, > 0 shared string index + 1, < 0 -(local index + 1)
    private double[] numbers;  // NaN none
    private long[] dates;      // bit per row: the number is a date serial
    private final List<String> local = new ArrayList<>();
    private final Map<String, Integer> localIndex = new HashMap<>();
    private int capacity;
    private int numberCount;
    private int textCount;
    private int dateCount;

    RawColumn(int index, String[] sharedStrings) {
        this(index, sharedStrings, 0);
    }

    /** A column whose arrays, once needed, are allocated for {@code expectedRows} rows at once. */
    RawColumn(int index, String[] sharedStrings, int expectedRows) {
        this.index = index;
        this.sharedStrings = sharedStrings;
        this.capacity = Math.max(0, expectedRows);
    }

    int index() {
        return index;
    }

    String header() {
        return header;
    }

    void setHeader(String header) {
        this.header = header == null ? "" : header.strip();
    }

    /** The question this column sits under when a header row above spans several columns, else null. */
    String group() {
        return group;
    }

    void setGroup(String group) {
        this.group = group;
    }

    private void ensure(int row) {
        if (row < capacity) {
            return;
        }
        int newCapacity = Math.max(64, capacity);
        while (newCapacity <= row) {
            newCapacity = newCapacity + (newCapacity >> 1) + 1;
        }
        if (texts != null) {
            texts = Arrays.copyOf(texts, newCapacity);
        }
        if (numbers != null) {
            int old = numbers.length;
            numbers = Arrays.copyOf(numbers, newCapacity);
            Arrays.fill(numbers, old, newCapacity, Double.NaN);
        }
        if (dates != null) {
            dates = Arrays.copyOf(dates, (newCapacity + 63) >>> 6);
        }
        capacity = newCapacity;
    }

    void setShared(int row, int sharedIndex) {
        ensure(row);
        if (texts == null) {
            texts = new int[capacity];
        }
        texts[row] = sharedIndex + 1;
        textCount++;
    }

    void setText(int row, String value) {
        ensure(row);
        if (texts == null) {
            texts = new int[capacity];
        }
        Integer code = localIndex.get(value);
        if (code == null) {
            code = local.size();
            local.add(value);
            localIndex.put(value, code);
        }
        texts[row] = -(code + 1);
        textCount++;
    }

    void setNumber(int row, double value, boolean date) {
        ensure(row);
        if (numbers == null) {
            numbers = new double[capacity];
            Arrays.fill(numbers, Double.NaN);
        }
        numbers[row] = value;
        numberCount++;
        if (date) {
            if (dates == null) {
                dates = new long[(capacity + 63) >>> 6];
            }
            dates[row >>> 6] |= 1L << row;
            dateCount++;
        }
    }

    int kind(int row) {
        if (row >= capacity) {
            return BLANK;
        }
        if (texts != null && texts[row] != 0) {
            return TEXT;
        }
        if (numbers != null && !Double.isNaN(numbers[row])) {
            return dates != null && (dates[row >>> 6] & (1L << row)) != 0 ? DATE : NUMBER;
        }
        return BLANK;
    }

    /** The text of a TEXT cell, else null. */
    String text(int row) {
        if (texts == null || row >= capacity) {
            return null;
        }
        int code = texts[row];
        if (code > 0) {
            return sharedStrings[code - 1];
        }
        return code < 0 ? local.get(-code - 1) : null;
    }

    /** A key identifying the cell's text (equal texts from the same source have equal keys); 0 when none. */
    int textKey(int row) {
        return texts == null || row >= capacity ? 0 : texts[row];
    }

    double number(int row) {
        return numbers == null || row >= capacity ? Double.NaN : numbers[row];
    }

    boolean hasCells() {
        return textCount + numberCount > 0;
    }

    int numberCount() {
        return numberCount;
    }

    int textCount() {
        return textCount;
    }

    int dateCount() {
        return dateCount;
    }

    /**
     * Copies the text keys of rows {@code [0, rows)} into {@code dest} (as {@link #textKey} gives them, 0 = no
     * text), for recognition's one pass over a column without a call per cell.
     */
    void copyTextKeys(int[] dest, int rows) {
        int n = texts == null ? 0 : Math.min(rows, capacity);
        if (n > 0) {
            System.arraycopy(texts, 0, dest, 0, n);
        }
        Arrays.fill(dest, n, rows, 0);
    }

    /** Copies the numbers of rows {@code [0, rows)} into {@code dest} (as {@link #number} gives them, NaN = none). */
    void copyNumbers(double[] dest, int rows) {
        int n = numbers == null ? 0 : Math.min(rows, capacity);
        if (n > 0) {
            System.arraycopy(numbers, 0, dest, 0, n);
        }
        Arrays.fill(dest, n, rows, Double.NaN);
    }
}
