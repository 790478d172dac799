package com.surveypivot.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Receives the cells of a sheet row by row (from any file format) and builds a {@link RawTable}: the first
 * rows are buffered until the header row is found (title rows above it are skipped), then cells go straight
 * into compact columns. Blank cells and blank rows are dropped.
 */
final class TableBuilder {
    /** Rows buffered to find the header row. */
    static final int LOOKAHEAD = 30;
    /** Limits for trusting a declared sheet size: Excel's row limit, and 20 M cells (at most 240 MB of columns). */
    static final long MAX_EXPECTED_ROWS = 1_048_576;
    static final long MAX_EXPECTED_CELLS = 20_000_000;
    /** Excel's date range as serials: 1900-01-00 to 9999-12-31 (a date cell outside it is left blank). */
    static final double MIN_DATE_SERIAL = 0;
    static final double MAX_DATE_SERIAL = 2_958_466;

    private record Cell(int column, String text, int shared, double number, boolean date) {
        boolean isText() {
            return text != null || shared >= 0;
        }
    }

    private final String sheet;
    private final Integer wantedHeaderRow;
    private final String[] sharedStrings;
    private final boolean[] sharedBlank;
    private final List<List<Cell>> bufferedRows = new ArrayList<>();
    private final List<Integer> bufferedRowNumbers = new ArrayList<>();
    private final List<RawColumn> columns = new ArrayList<>();
    private List<Cell> currentBuffer;
    private boolean streaming;
    private int headerRow = -1;
    private int headerRows = 1;
    private String headerKind;
    private int lastRowNumber;
    private int row;           // respondent index of the current row while streaming
    private boolean rowHasCells;
    private int expectedRows;
    private final ReadWarnings warnings;

    TableBuilder(String sheet, Integer wantedHeaderRow, String[] sharedStrings) {
        this(sheet, wantedHeaderRow, sharedStrings, null);
    }

    /** A builder that counts date and number cells out of range in {@code warnings} (null: not counted). */
    TableBuilder(String sheet, Integer wantedHeaderRow, String[] sharedStrings, ReadWarnings warnings) {
        this.warnings = warnings;
        this.sheet = sheet;
        this.wantedHeaderRow = wantedHeaderRow;
        this.sharedStrings = sharedStrings == null ? new String[0] : sharedStrings;
        this.sharedBlank = new boolean[this.sharedStrings.length];
        for (int i = 0; i < this.sharedStrings.length; i++) {
            String s = this.sharedStrings[i];
            sharedBlank[i] = s == null || s.isBlank();
        }
    }

    /**
     * The number of sheet rows the file declares (an .xlsx sheet's dimension), so that columns are allocated once
     * instead of grown. Ignored when the declared area is too large to trust without seeing the cells.
     */
    void expectRows(long rows, long columns) {
        if (rows > 0 && rows <= MAX_EXPECTED_ROWS && rows * Math.max(1, columns) <= MAX_EXPECTED_CELLS) {
            expectedRows = (int) rows;
        }
    }

    /** Starts a row; {@code rowNumber} is the 1-based sheet row. */
    void startRow(int rowNumber) {
        SheetLimits.checkRow(sheet, rowNumber);
        lastRowNumber = Math.max(lastRowNumber, rowNumber);
        rowHasCells = false;
        if (!streaming) {
            currentBuffer = new ArrayList<>();
            bufferedRows.add(currentBuffer);
            bufferedRowNumbers.add(rowNumber);
        }
    }

    void sharedCell(int column, int index) {
        if (index < 0 || index >= sharedStrings.length || sharedBlank[index]) {
            return;
        }
        if (streaming) {
            column(column).setShared(row, index);
            rowHasCells = true;
        } else {
            currentBuffer.add(new Cell(column, null, index, Double.NaN, false));
        }
    }

    void textCell(int column, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (streaming) {
            column(column).setText(row, text);
            rowHasCells = true;
        } else {
            currentBuffer.add(new Cell(column, text, -1, Double.NaN, false));
        }
    }

    void numberCell(int column, double value, boolean date) {
        if (Double.isNaN(value) || Double.isInfinite(value)
                || (date && (value < MIN_DATE_SERIAL || value >= MAX_DATE_SERIAL))) {
            if (!Double.isNaN(value) && warnings != null) {
                warnings.outOfRange();
            }
            return;
        }
        if (streaming) {
            column(column).setNumber(row, value, date);
            rowHasCells = true;
        } else {
            currentBuffer.add(new Cell(column, null, -1, value, date));
        }
    }

    void endRow() {
        if (streaming) {
            if (rowHasCells) {
                SheetLimits.checkRow(sheet, ++row);
            }
            return;
        }
        if (currentBuffer.isEmpty()) {
            bufferedRows.remove(bufferedRows.size() - 1);
            bufferedRowNumbers.remove(bufferedRowNumbers.size() - 1);
        }
        int wanted = wantedHeaderRow == null ? 0 : wantedHeaderRow;
        if (bufferedRows.size() >= LOOKAHEAD && lastRowNumber > wanted) {
            startStreaming();
        }
    }

    RawTable finish() throws SurveyReadException {
        if (!streaming) {
            if (wantedHeaderRow != null) {
                checkHeaderRow(wantedHeaderRow);
            }
            if (bufferedRows.isEmpty()) {
                throw new SurveyReadException("io.error.emptySheet", sheet);
            }
            startStreaming();
        }
        if (row == 0) {
            throw new SurveyReadException("io.error.noData", sheet);
        }
        List<RawColumn> kept = new ArrayList<>();
        for (RawColumn c : columns) {
            if (c != null && (c.hasCells() || !c.header().isEmpty())) {
                if (c.header().isEmpty()) {
                    c.setHeader(columnName(c.index()));
                }
                kept.add(c);
            }
        }
        int reportedHeader = headerRow < 0 && wantedHeaderRow != null ? wantedHeaderRow : Math.max(headerRow, 1);
        return new RawTable(sheet, reportedHeader, headerRows, headerKind, row, kept, Codebook.EMPTY);
    }

    private void startStreaming() {
        if (streaming) {
            return;
        }
        int headerIndex = findHeader();
        int dataStart = headerIndex + 1;
        if (wantedHeaderRow != null && (headerIndex < 0 || bufferedRowNumbers.get(headerIndex) != (int) wantedHeaderRow)) {
            headerIndex = -1;
            dataStart = 0;
            while (dataStart < bufferedRowNumbers.size() && bufferedRowNumbers.get(dataStart) <= wantedHeaderRow) {
                dataStart++;
            }
        }
        if (headerIndex >= 0) {
            headerRow = bufferedRowNumbers.get(headerIndex);
            List<HeaderRows.Row> rows = new ArrayList<>();
            for (int i = headerIndex; i < bufferedRows.size(); i++) {
                rows.add(textRow(bufferedRows.get(i)));
            }
            HeaderRows.Result headers = HeaderRows.detect(rows);
            headerRows = 1 + headers.extra();
            headerKind = headers.kind();
            dataStart = headerIndex + 1 + headers.extra();
            for (java.util.Map.Entry<Integer, String> h : headers.headers().entrySet()) {
                column(h.getKey()).setHeader(h.getValue());
            }
            for (java.util.Map.Entry<Integer, String> g : headers.groups().entrySet()) {
                column(g.getKey()).setGroup(g.getValue());
            }
        }
        streaming = true;
        for (int i = dataStart; i < bufferedRows.size(); i++) {
            rowHasCells = false;
            for (Cell cell : bufferedRows.get(i)) {
                if (cell.shared() >= 0) {
                    sharedCell(cell.column(), cell.shared());
                } else if (cell.text() != null) {
                    textCell(cell.column(), cell.text());
                } else {
                    numberCell(cell.column(), cell.number(), cell.date());
                }
            }
            endRow();
        }
        bufferedRows.clear();
        bufferedRowNumbers.clear();
    }

    private HeaderRows.Row textRow(List<Cell> cells) {
        java.util.Map<Integer, String> texts = new java.util.TreeMap<>();
        int numbers = 0;
        for (Cell cell : cells) {
            if (cell.isText()) {
                texts.put(cell.column(), display(cell).strip());
            } else {
                numbers++;
            }
        }
        return new HeaderRows.Row(texts, numbers);
    }

    /** Index into the buffered rows of the header row. */
    private int findHeader() {
        if (wantedHeaderRow != null) {
            for (int i = 0; i < bufferedRowNumbers.size(); i++) {
                if (bufferedRowNumbers.get(i) == (int) wantedHeaderRow) {
                    return i;
                }
            }
            return -1;
        }
        int widest = 0;
        for (List<Cell> r : bufferedRows) {
            widest = Math.max(widest, r.size());
        }
        int needed = widest <= 2 ? widest : Math.max(3, (widest + 1) / 2);
        for (int i = 0; i < bufferedRows.size(); i++) {
            int text = 0;
            for (Cell cell : bufferedRows.get(i)) {
                if (cell.isText()) {
                    text++;
                }
            }
            if (text >= needed && text > 0) {
                return i;
            }
        }
        return 0;
    }

    /** Checks a requested header row against the sheet once it has been read to the end. */
    void checkHeaderRow(int wanted) throws SurveyReadException {
        if (wanted < 1 || wanted > lastRowNumber) {
            throw new SurveyReadException("io.error.headerRowOutOfRange", wanted, sheet, lastRowNumber);
        }
    }

    private String display(Cell cell) {
        if (cell.shared() >= 0) {
            return sharedStrings[cell.shared()];
        }
        if (cell.text() != null) {
            return cell.text();
        }
        return NumberText.format(cell.number());
    }

    private RawColumn column(int index) {
        SheetLimits.checkColumn(sheet, index);
        while (columns.size() <= index) {
            columns.add(null);
        }
        RawColumn c = columns.get(index);
        if (c == null) {
            c = new RawColumn(index, sharedStrings, expectedRows);
            columns.set(index, c);
        }
        return c;
    }

    /** Excel's column letters for a 0-based index: 0 → A, 26 → AA. */
    static String columnName(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }
}
