package com.surveypivot.io;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

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
    /** The distinct labels of a label column, in first-appearance order. */
    final List<String> labels;
    /** How many rows hold each label (by label index); longer than {@code labels} when grown. */
    private final int[] labelCounts;
    int answered;
    /** Number cells and date cells seen by {@link #firstPass}; whether {@link #numericPass} saw only 0 and 1. */
    private int numberCells;
    private int dateCells;
    private boolean onlyZeroOne;

    ColumnValues(RawColumn raw, int rows, MissingValues missing) {
        this.raw = raw;
        this.header = HeaderCode.parse(raw.header());
        this.rows = rows;
        // one pass over the column's compact arrays (text keys, numbers), each distinct text key resolved once
        int[] rowCodes = new int[rows];
        if (raw.textCount() > 0) {
            raw.copyTextKeys(rowCodes, rows);
        }
        double[] cells = null;
        if (raw.numberCount() > 0) {
            cells = new double[rows];
            raw.copyNumbers(cells, rows);
        }
        LabelCoder coder = new LabelCoder(missing);
        int text = firstPass(rowCodes, cells, coder);
        if (text == 0 && numberCells > 0) {
            numeric = true;
            dates = dateCells == numberCells;
            answered = numericPass(rowCodes, cells, missing);
            numbers = cells;
            zeroOne = onlyZeroOne && !dates;
            codes = null;
        } else {
            numeric = false;
            dates = false;
            numbers = null;
            zeroOne = false;
            answered = text;
            if (numberCells > 0) {
                answered += numberLabels(rowCodes, cells, coder, missing);
            }
            codes = rowCodes;
        }
        labels = coder.labels();
        labelCounts = coder.counts();
    }

    /**
     * Text cells coded by label ({@link LabelCoder#MISSING} when the text means no answer), number cells marked
     * {@link #NUMBER_CELL} (counted in {@link #numberCells}, dates in {@link #dateCells}), blanks -1. Returns the
     * number of answered text cells. The text keys are numbered in one pass, each distinct key's text resolved
     * once after it, and the text cells coded in a second pass when the column has text.
     */
    private int firstPass(int[] rowCodes, double[] cells, LabelCoder coder) {
        RawColumn column = raw;
        boolean dateBits = column.dateCount() > 0;
        int keyed = 0;
        int number = 0;
        int date = 0;
        for (int r = 0; r < rowCodes.length; r++) {
            int key = rowCodes[r];
            if (key != 0) {
                rowCodes[r] = coder.key(key, r);
                keyed++;
            } else if (cells != null && cells[r] == cells[r]) {
                rowCodes[r] = NUMBER_CELL;
                number++;
                if (dateBits && column.kind(r) == RawColumn.DATE) {
                    date++;
                }
            } else {
                rowCodes[r] = -1;
            }
        }
        numberCells = number;
        dateCells = date;
        return keyed == 0 ? 0 : textLabels(rowCodes, coder);
    }

    /** Key numbers replaced by label codes; returns how many cells hold a label. */
    private int textLabels(int[] rowCodes, LabelCoder coder) {
        coder.resolveKeys(raw);
        int text = 0;
        for (int r = 0; r < rowCodes.length; r++) {
            int keyNumber = rowCodes[r];
            if (keyNumber >= 0) {
                int code = coder.label(keyNumber);
                rowCodes[r] = code;
                if (code >= 0) {
                    text++;
                }
            }
        }
        return text;
    }

    /**
     * A numeric column's values in place: non-number cells NaN, numbers the user listed as missing NaN (date cells
     * are never checked), date serials as epoch days when every answer is a date. Returns the answered count.
     */
    private int numericPass(int[] rowCodes, double[] cells, MissingValues missing) {
        boolean checkMissing = !dates && missing.hasNumberCodes();
        boolean mixedDates = dateCells > 0;
        boolean zeroOrOne = true;
        int count = 0;
        for (int r = 0; r < cells.length; r++) {
            double v = rowCodes[r] == NUMBER_CELL ? cells[r] : Double.NaN;
            if (v == v) {
                if (checkMissing && (!mixedDates || raw.kind(r) == RawColumn.NUMBER) && missing.isMissingNumber(v)) {
                    v = Double.NaN;
                } else {
                    count++;
                    if (dates) {
                        v = IsoDates.serialToEpochDays(v);
                    } else if (v != 0 && v != 1) {
                        zeroOrOne = false;
                    }
                }
            }
            cells[r] = v;
        }
        onlyZeroOne = zeroOrOne;
        return count;
    }

    /** Number cells in a label column: labels as the sheet shows them, after the text labels. Returns how many. */
    private int numberLabels(int[] rowCodes, double[] cells, LabelCoder coder, MissingValues missing) {
        boolean dateBits = raw.dateCount() > 0;
        int count = 0;
        for (int r = 0; r < rowCodes.length; r++) {
            if (rowCodes[r] == NUMBER_CELL) {
                String s = dateBits && raw.kind(r) == RawColumn.DATE ? dateText(cells[r])
                        : NumberText.format(cells[r]);
                int code = missing.isMissing(s) ? -1 : coder.count(s);
                rowCodes[r] = code;
                if (code >= 0) {
                    count++;
                }
            }
        }
        return count;
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
