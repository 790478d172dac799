package com.surveypivot.io;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;

/**
 * A sheet's {@code <sheetData>} read straight from its UTF-8 bytes ({@link XmlBytes}): rows, cells, values and
 * inline strings go into a {@link CellSink} without a String or an event object per cell. It reads what
 * {@link SheetParser} reads over StAX and means the same by it (both hand their cells to {@link CellSink}); the
 * StAX parser remains for sheets in another encoding. Limits: {@link BoundedXml}'s nesting depth, element count and
 * text length (kept by {@link XmlBytes}, which also checks for cancellation every few thousand elements); progress
 * and cancellation every few hundred rows.
 */
final class SheetScanner {
    private static final String[] ELEMENTS = {"row", "c", "v", "is", "t", "rPh", "sheetData", "dimension"};
    private static final int ROW = 0;
    private static final int C = 1;
    private static final int V = 2;
    private static final int IS = 3;
    private static final int T = 4;
    private static final int RPH = 5;
    private static final int SHEET_DATA = 6;
    private static final int DIMENSION = 7;
    private static final String[] ATTRIBUTES = {"r", "t", "s", "ref"};
    private static final int A_R = 1;
    private static final int A_T = 2;
    private static final int A_S = 4;
    private static final int A_REF = 8;
    private static final int CHECK_EVERY_ROWS = 256;

    private final XmlBytes xml;
    private final CellSink cells;
    private final RowCheckpoint checkpoint;
    private final XmlText value = new XmlText();
    private final XmlText inline = new XmlText();

    SheetScanner(XmlBytes xml, CellSink cells, RowCheckpoint checkpoint) {
        this.xml = xml;
        this.cells = cells;
        this.checkpoint = checkpoint;
    }

    /** A reader of a sheet's bytes with the element and attribute names this scanner asks for. */
    static XmlBytes reader(java.io.InputStream in) {
        int[] wanted = new int[ELEMENTS.length];
        wanted[ROW] = A_R;
        wanted[C] = A_R | A_T | A_S;
        wanted[DIMENSION] = A_REF;
        return new XmlBytes(in, ELEMENTS, ATTRIBUTES, wanted);
    }

    void run() throws IOException, XMLStreamException, SurveyReadException {
        TableBuilder builder = cells.builder();
        int rowNumber = 0;
        int rowsSinceCheck = 0;
        int column = -1;
        char type = 'n';
        boolean date = false;
        boolean hasValue = false;
        boolean hasInline = false;
        boolean inRow = false;
        while (true) {
            int event = xml.next();
            if (event == XmlBytes.EOF) {
                return;
            }
            int kind = xml.kind();
            if (event == XmlBytes.START) {
                switch (kind) {
                    case ROW -> {
                        int number = xml.has(A_R) ? digits(xml.value(A_R)) : -1;
                        rowNumber = number < 0 ? rowNumber + 1 : number;
                        builder.startRow(rowNumber);
                        inRow = true;
                        column = -1;
                        if (++rowsSinceCheck >= CHECK_EVERY_ROWS) {
                            rowsSinceCheck = 0;
                            checkpoint.check();
                        }
                    }
                    case C -> {
                        int refColumn = -1;
                        if (xml.has(A_R)) {
                            refColumn = XlsxTableReader.columnOf(xml.value(A_R));
                        }
                        type = 'n';
                        if (xml.has(A_T)) {
                            type = CellSink.cellType(xml.value(A_T));
                        }
                        int style = xml.has(A_S) ? styleIndex(xml.value(A_S)) : 0;
                        column = refColumn < 0 ? column + 1 : refColumn - 1;
                        date = cells.isDateStyle(style);
                        hasValue = false;
                        hasInline = false;
                        if (!xml.selfClosing() && xml.valueAndEnd(value)) { // <v>…</v></c> in one step
                            if (inRow) {
                                cells.emit(column, type, date, true, value.buffer(), value.length(), null);
                            }
                            continue;
                        }
                    }
                    case V -> {
                        value.clear();
                        if (!xml.selfClosing()) {
                            xml.text(value);
                        }
                        hasValue = true;
                    }
                    case IS -> {
                        inline.clear();
                        hasInline = true;
                        if (!xml.selfClosing()) {
                            readInline();
                        }
                    }
                    case DIMENSION -> {
                        if (xml.has(A_REF)) {
                            SheetParser.expectRows(builder, xml.value(A_REF).toString());
                        }
                    }
                    default -> {
                    }
                }
                if (!xml.selfClosing()) {
                    continue;
                }
                // an empty-element tag: its end follows at once
            }
            if (kind == C && inRow) {
                cells.emit(column, type, date, hasValue, value.buffer(), value.length(), hasInline ? inline : null);
                hasValue = false;
                hasInline = false;
            } else if (kind == ROW) {
                builder.endRow();
                inRow = false;
            } else if (kind == SHEET_DATA) {
                return;
            }
        }
    }

    /** The text of an inline string ({@code <is>}, just opened), phonetic runs left out, into {@link #inline}. */
    private void readInline() throws IOException, XMLStreamException {
        int base = xml.depth();
        boolean phonetic = false;
        while (true) {
            int event = xml.next();
            if (event == XmlBytes.EOF) {
                throw xml.error("the sheet ends inside an inline string");
            }
            int kind = xml.kind();
            if (event == XmlBytes.START) {
                if (xml.selfClosing()) {
                    continue;
                }
                if (kind == RPH) {
                    phonetic = true;
                } else if (kind == T && !phonetic) {
                    xml.text(inline);
                }
            } else if (xml.depth() < base) {
                return;
            } else if (kind == RPH) {
                phonetic = false;
            }
        }
    }

    /** A cell's style index; 0 when it is no number (as a StAX reader's typed access gives). */
    private static int styleIndex(XmlText text) {
        int style = digits(text);
        if (style >= 0) {
            return style;
        }
        try {
            return Integer.parseInt(text.toString().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The non-negative number the text spells (surrounding white space allowed), or -1. */
    private static int digits(XmlText text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            return -1;
        }
        if (end - start > 9) {
            return XlsxTableReader.parseIntOr(text.toString().substring(start, end), -1);
        }
        int n = 0;
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }
}
