package com.surveypivot.io;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * The StAX loop over a sheet's {@code <sheetData>}: rows, cells, values, straight into a {@link TableBuilder}. It
 * keeps {@link BoundedXml}'s limits with two counters (nesting depth, elements) and checks for cancellation every
 * few hundred rows and every {@value #CHECK_ELEMENTS} elements, whatever the rows hold.
 */
final class SheetParser {
    private static final int CHECK_EVERY_ROWS = 256;
    /** Elements between cancellation checks (a power of two: the check is a mask). */
    static final int CHECK_ELEMENTS = 1 << 14;

    private final XMLStreamReader xr;
    private final TableBuilder builder;
    private final CellSink cells;
    private final RowCheckpoint checkpoint;
    private final org.codehaus.stax2.XMLStreamReader2 typed;
    private final ReferenceColumnDecoder references = new ReferenceColumnDecoder();
    private final CellTypeDecoder types = new CellTypeDecoder();
    private char[] valueChars = new char[64];
    private int valueLength;
    private int depth;
    private long elements;

    SheetParser(XMLStreamReader xr, CellSink cells, RowCheckpoint checkpoint) {
        this.xr = xr;
        this.builder = cells.builder();
        this.cells = cells;
        this.checkpoint = checkpoint;
        this.typed = xr instanceof org.codehaus.stax2.XMLStreamReader2 x ? x : null;
    }

    void run() throws XMLStreamException, SurveyReadException {
        int rowNumber = 0;
        int rowsSinceCheck = 0;
        int column = -1;
        char type = 'n';
        boolean date = false;
        boolean hasValue = false;
        StringBuilder inline = null;
        boolean inRow = false;
        while (xr.hasNext()) {
            int event = xr.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (++depth > BoundedXml.MAX_DEPTH || (++elements & (CHECK_ELEMENTS - 1)) == 0) {
                    elementCheckpoint();
                }
                String name = xr.getLocalName();
                switch (name) {
                    case "row" -> {
                        String r = xr.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : XlsxTableReader.parseIntOr(r, rowNumber + 1);
                        builder.startRow(rowNumber);
                        inRow = true;
                        column = -1;
                        if (++rowsSinceCheck >= CHECK_EVERY_ROWS) {
                            rowsSinceCheck = 0;
                            checkpoint.check();
                        }
                    }
                    case "c" -> {
                        int refColumn = -1;
                        type = 'n';
                        int style = 0;
                        for (int a = 0, n = xr.getAttributeCount(); a < n; a++) {
                            String attribute = xr.getAttributeLocalName(a);
                            if (attribute.length() == 1) {
                                switch (attribute.charAt(0)) {
                                    case 'r' -> refColumn = referenceColumn(a);
                                    case 't' -> type = cellType(a);
                                    case 's' -> style = styleIndex(a);
                                    default -> {
                                    }
                                }
                            }
                        }
                        column = refColumn < 0 ? column + 1 : refColumn - 1;
                        date = cells.isDateStyle(style);
                        hasValue = false;
                        inline = null;
                    }
                    case "dimension" -> expectRows(builder, xr.getAttributeValue(null, "ref"));
                    case "v" -> {
                        readValue();
                        depth--;
                        hasValue = true;
                    }
                    case "is" -> {
                        inline = readInline();
                        depth--;
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DOCTYPE declarations are not allowed in a sheet");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = xr.getLocalName();
                if ("c".equals(name) && inRow) {
                    cells.emit(column, type, date, hasValue, valueChars, valueLength, inline);
                    hasValue = false;
                    inline = null;
                } else if ("row".equals(name)) {
                    builder.endRow();
                    inRow = false;
                } else if ("sheetData".equals(name)) {
                    return;
                }
            }
        }
    }

    /** Every {@value #CHECK_ELEMENTS} elements, and at too deep a nesting: the limits, then cancellation. */
    private void elementCheckpoint() throws BoundedXml.LimitException {
        if (depth > BoundedXml.MAX_DEPTH) {
            throw BoundedXml.tooDeep();
        }
        if (elements > BoundedXml.LARGE_PART) {
            throw BoundedXml.tooMany();
        }
        ReadCancel.check();
    }

    /** Passes the size a sheet declares ({@code <dimension ref="A1:EU100001"/>}) on to the builder. */
    static void expectRows(TableBuilder builder, String ref) {
        int colon = ref == null ? -1 : ref.indexOf(':');
        if (colon > 0) {
            String first = ref.substring(0, colon);
            String last = ref.substring(colon + 1);
            builder.expectRows((long) XlsxTableReader.rowOf(last) - XlsxTableReader.rowOf(first) + 1,
                    (long) XlsxTableReader.columnOf(last) - XlsxTableReader.columnOf(first) + 1);
        }
    }

    /** The text of an inline string, skipping phonetic runs. */
    private StringBuilder readInline() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0 && xr.hasNext()) {
            int event = xr.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (this.depth + depth > BoundedXml.MAX_DEPTH) {
                    throw BoundedXml.tooDeep();
                }
                String name = xr.getLocalName();
                if ("rPh".equals(name)) {
                    phonetic = true;
                } else if ("t".equals(name) && !phonetic) {
                    appendText(sb);
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("rPh".equals(xr.getLocalName())) {
                    phonetic = false;
                }
            }
        }
        return sb;
    }

    /** Appends the text of the current element (text only, as getElementText) with the text length limit. */
    private void appendText(StringBuilder sb) throws XMLStreamException {
        while (true) {
            int event = xr.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (sb.length() + xr.getTextLength() > BoundedXml.MAX_TEXT) {
                    throw BoundedXml.tooLong();
                }
                sb.append(xr.getTextCharacters(), xr.getTextStart(), xr.getTextLength());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("unexpected element inside text", xr.getLocation());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the sheet ends inside text");
            }
        }
    }

    /** The 1-based column of the cell reference in attribute {@code a} ("AB12" → 28), read without a String. */
    private int referenceColumn(int a) throws XMLStreamException {
        if (typed == null) {
            return XlsxTableReader.columnOf(xr.getAttributeValue(a));
        }
        typed.getAttributeAs(a, references);
        return references.column;
    }

    /** The type attribute {@code a} of a cell as one char (see {@link #cellType(String)}), without a String. */
    private char cellType(int a) throws XMLStreamException {
        if (typed == null) {
            return CellSink.cellType(xr.getAttributeValue(a));
        }
        typed.getAttributeAs(a, types);
        return types.type;
    }

    /** The style index of attribute {@code a}, read without building a String where the parser allows it. */
    private int styleIndex(int a) {
        if (typed != null) {
            try {
                return typed.getAttributeAsInt(a);
            } catch (XMLStreamException | RuntimeException e) {
                return 0;
            }
        }
        return XlsxTableReader.parseIntOr(xr.getAttributeValue(a), 0);
    }

    /** Reads the text of a {@code <v>} element into the reusable buffer. */
    private void readValue() throws XMLStreamException {
        valueLength = 0;
        while (true) {
            int event = xr.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                int len = xr.getTextLength();
                if (valueLength + len > valueChars.length) {
                    if (valueLength + len > BoundedXml.MAX_TEXT) {
                        throw BoundedXml.tooLong();
                    }
                    valueChars = java.util.Arrays.copyOf(valueChars, Math.max(valueChars.length * 2,
                            valueLength + len));
                }
                System.arraycopy(xr.getTextCharacters(), xr.getTextStart(), valueChars, valueLength, len);
                valueLength += len;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("unexpected element inside <v>");
            }
        }
    }

    /** Decodes the column letters of a cell reference straight from the parser's character buffer. */
    static final class ReferenceColumnDecoder extends TypedValueDecoder {
        int column;

        @Override
        public void decode(String lexical) {
            column = XlsxTableReader.columnOf(lexical);
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            column = XlsxTableReader.columnOf(buffer, start, end);
        }

        @Override
        public void handleEmptyValue() {
            column = 0;
        }
    }

    /** Decodes a cell's type attribute into one char, as {@link SheetParser#cellType(String)} does. */
    static final class CellTypeDecoder extends TypedValueDecoder {
        char type;

        @Override
        public void decode(String lexical) {
            type = CellSink.cellType(lexical);
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            type = CellSink.cellType(buffer, start, end);
        }

        @Override
        public void handleEmptyValue() {
            type = 'n';
        }
    }
}
