package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * Streams one sheet of an .xlsx package into a {@link RawTable}: POI opens the package, the shared strings
 * and the styles (to know which number formats are dates); the sheet XML itself is parsed with Aalto StAX,
 * without building a workbook object model.
 */
final class XlsxTableReader {
    private static final int CHECK_EVERY_ROWS = 256;

    private record SheetRef(String name, PackagePart part) {
    }

    private final XMLInputFactory xml = SecureStax.factory();

    RawTable read(OPCPackage pkg, String fileName, ReadOptions options, ReadProgress progress) throws SurveyReadException {
        try {
            XSSFReader reader = new XSSFReader(pkg);
            List<SheetRef> sheets = sheets(reader);
            if (sheets.isEmpty()) {
                throw new SurveyReadException("io.error.emptySheet", "-");
            }
            SheetRef sheet = pick(sheets, options.sheet());
            String[] sharedStrings = sharedStrings(pkg, sheet);
            boolean[] dateStyles = dateStyles(reader);
            boolean date1904 = isDate1904(reader);
            RawTable table = parseSheet(sheet, sharedStrings, dateStyles, date1904, options, progress);
            for (SheetRef other : sheets) {
                if (other != sheet && Codebook.isCodebookSheet(other.name())) {
                    return table.withCodebook(codebook(other, sharedStrings, dateStyles, date1904));
                }
            }
            return table;
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw new SurveyReadException(e, "io.error.corrupt", fileName, oneLine(e));
        }
    }

    /** The codebook sheet read as a table; an unreadable or empty one is no codebook. */
    private Codebook codebook(SheetRef sheet, String[] sst, boolean[] dateStyles, boolean date1904)
            throws IOException {
        try {
            return Codebook.from(parseSheet(sheet, sst, dateStyles, date1904, ReadOptions.defaults(), ReadProgress.NONE));
        } catch (SurveyReadException e) {
            return Codebook.EMPTY;
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private List<SheetRef> sheets(XSSFReader reader) throws IOException, OpenXML4JException {
        List<SheetRef> list = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                list.add(new SheetRef(it.getSheetName(), it.getSheetPart()));
            }
        }
        return list;
    }

    private SheetRef pick(List<SheetRef> allSheets, String wanted) throws SurveyReadException, IOException {
        List<SheetRef> sheets = allSheets;
        if (wanted != null) {
            for (SheetRef s : sheets) {
                if (s.name().equals(wanted)) {
                    return s;
                }
            }
            for (SheetRef s : sheets) {
                if (s.name().equalsIgnoreCase(wanted.strip())) {
                    return s;
                }
            }
            throw new SurveyReadException("io.error.unknownSheet", wanted,
                    String.join(", ", sheets.stream().map(SheetRef::name).toList()));
        }
        if (sheets.size() == 1) {
            return sheets.get(0);
        }
        List<SheetRef> data = sheets.stream().filter(s -> !Codebook.isCodebookSheet(s.name())).toList();
        if (!data.isEmpty()) {
            sheets = data;
        }
        long[] areas = new long[sheets.size()];
        boolean allDimensions = true;
        for (int i = 0; i < sheets.size(); i++) {
            areas[i] = dimensionArea(sheets.get(i).part());
            allDimensions &= areas[i] > 1;
        }
        SheetRef best = sheets.get(0);
        long bestScore = -1;
        for (int i = 0; i < sheets.size(); i++) {
            long score = allDimensions ? areas[i] : sheets.get(i).part().getSize();
            if (score > bestScore) {
                bestScore = score;
                best = sheets.get(i);
            }
        }
        return best;
    }

    /** rows × columns from the sheet's {@code <dimension ref="A1:W8404"/>}, or 0 when it has none. */
    private long dimensionArea(PackagePart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xr = xml.createXMLStreamReader(in);
            try {
                while (xr.hasNext()) {
                    if (xr.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = xr.getLocalName();
                        if ("dimension".equals(name)) {
                            return area(xr.getAttributeValue(null, "ref"));
                        }
                        if ("sheetData".equals(name)) {
                            return 0;
                        }
                    }
                }
                return 0;
            } finally {
                xr.close();
            }
        } catch (XMLStreamException e) {
            return 0;
        }
    }

    private static long area(String ref) {
        if (ref == null) {
            return 0;
        }
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return 1;
        }
        long rows = rowOf(ref.substring(colon + 1)) - rowOf(ref.substring(0, colon)) + 1;
        long cols = columnOf(ref.substring(colon + 1)) - columnOf(ref.substring(0, colon)) + 1;
        return Math.max(1, rows) * Math.max(1, cols);
    }

    private String[] sharedStrings(OPCPackage pkg, SheetRef sheet) throws IOException, SurveyReadException {
        try {
            return SharedStringsReader.read(pkg, xml);
        } catch (XMLStreamException e) {
            throw new SurveyReadException(e, "io.error.xml", sheet.name(), oneLine(e));
        }
    }

    private static boolean[] dateStyles(XSSFReader reader) {
        StylesTable styles;
        try {
            styles = reader.getStylesTable();
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            return new boolean[0];
        }
        if (styles == null) {
            return new boolean[0];
        }
        boolean[] dates = new boolean[styles.getNumCellStyles()];
        for (int i = 0; i < dates.length; i++) {
            XSSFCellStyle style = styles.getStyleAt(i);
            if (style != null) {
                dates[i] = DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
            }
        }
        return dates;
    }

    private boolean isDate1904(XSSFReader reader) {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xr = xml.createXMLStreamReader(in);
            try {
                while (xr.hasNext()) {
                    if (xr.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = xr.getLocalName();
                        if ("workbookPr".equals(name)) {
                            String v = xr.getAttributeValue(null, "date1904");
                            return "1".equals(v) || "true".equalsIgnoreCase(v);
                        }
                        if ("sheets".equals(name)) {
                            return false;
                        }
                    }
                }
            } finally {
                xr.close();
            }
        } catch (IOException | OpenXML4JException | XMLStreamException e) {
            return false;
        }
        return false;
    }

    private RawTable parseSheet(SheetRef sheet, String[] sst, boolean[] dateStyles, boolean date1904,
            ReadOptions options, ReadProgress progress) throws IOException, SurveyReadException {
        TableBuilder builder = new TableBuilder(sheet.name(), options.headerRow(), sst);
        long total = Math.max(1, sheet.part().getSize());
        try (CountingInputStream in = new CountingInputStream(
                new ReadAheadInputStream(sheet.part().getInputStream(), sheet.name()))) {
            XMLStreamReader xr = xml.createXMLStreamReader(in);
            try {
                new SheetParser(xr, builder, sst.length, dateStyles, date1904, () -> {
                    if (progress.isCancelled()) {
                        throw new SurveyReadException("io.cancelled");
                    }
                    progress.progress(Math.min(1.0, in.count() / (double) total));
                }).run();
            } finally {
                xr.close();
            }
        } catch (XMLStreamException e) {
            throw new SurveyReadException(e, "io.error.xml", sheet.name(), oneLine(e));
        }
        RawTable table = builder.finish();
        progress.progress(1.0);
        return table;
    }

    /** Called every few hundred rows: reports progress, throws when cancelled. */
    interface Checkpoint {
        void check() throws SurveyReadException;
    }

    /** The StAX loop over {@code <sheetData>}: rows, cells, values. */
    static final class SheetParser {
        private final XMLStreamReader xr;
        private final TableBuilder builder;
        private final int sharedCount;
        private final boolean[] dateStyles;
        private final double dateOffset;
        private final Checkpoint checkpoint;
        private final org.codehaus.stax2.XMLStreamReader2 typed;
        private final ReferenceColumnDecoder references = new ReferenceColumnDecoder();
        private final CellTypeDecoder types = new CellTypeDecoder();
        private char[] valueChars = new char[64];
        private int valueLength;

        SheetParser(XMLStreamReader xr, TableBuilder builder, int sharedCount, boolean[] dateStyles, boolean date1904,
                Checkpoint checkpoint) {
            this.xr = xr;
            this.builder = builder;
            this.sharedCount = sharedCount;
            this.dateStyles = dateStyles;
            this.dateOffset = date1904 ? 1462 : 0;
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
                    String name = xr.getLocalName();
                    switch (name) {
                        case "row" -> {
                            String r = xr.getAttributeValue(null, "r");
                            rowNumber = r == null ? rowNumber + 1 : parseIntOr(r, rowNumber + 1);
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
                            date = style >= 0 && style < dateStyles.length && dateStyles[style];
                            hasValue = false;
                            inline = null;
                        }
                        case "dimension" -> expectRows(xr.getAttributeValue(null, "ref"));
                        case "v" -> {
                            readValue();
                            hasValue = true;
                        }
                        case "is" -> inline = readInline();
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("DOCTYPE declarations are not allowed in a sheet");
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xr.getLocalName();
                    if ("c".equals(name) && inRow) {
                        emit(column, type, date, hasValue, inline);
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

        /** Passes the size a sheet declares ({@code <dimension ref="A1:EU100001"/>}) on to the builder. */
        private void expectRows(String ref) {
            int colon = ref == null ? -1 : ref.indexOf(':');
            if (colon > 0) {
                String first = ref.substring(0, colon);
                String last = ref.substring(colon + 1);
                builder.expectRows((long) rowOf(last) - rowOf(first) + 1, (long) columnOf(last) - columnOf(first) + 1);
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
                    String name = xr.getLocalName();
                    if ("rPh".equals(name)) {
                        phonetic = true;
                    } else if ("t".equals(name) && !phonetic) {
                        sb.append(xr.getElementText());
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

        /** A cell's type attribute as one char: n number, s shared string, i inline, f formula text, b, e, d. */
        private static char cellType(String t) {
            return switch (t) {
                case "s" -> 's';
                case "str" -> 'f';
                case "inlineStr" -> 'i';
                case "b" -> 'b';
                case "e" -> 'e';
                case "d" -> 'd';
                default -> 'n';
            };
        }

        /** The 1-based column of the cell reference in attribute {@code a} ("AB12" → 28), read without a String. */
        private int referenceColumn(int a) throws XMLStreamException {
            if (typed == null) {
                return columnOf(xr.getAttributeValue(a));
            }
            typed.getAttributeAs(a, references);
            return references.column;
        }

        /** The type attribute {@code a} of a cell as one char (see {@link #cellType(String)}), without a String. */
        private char cellType(int a) throws XMLStreamException {
            if (typed == null) {
                return cellType(xr.getAttributeValue(a));
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
            return parseIntOr(xr.getAttributeValue(a), 0);
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

        private void emit(int column, char type, boolean date, boolean hasValue, StringBuilder inline) {
            if (column < 0) {
                return;
            }
            if (type == 'n') {
                if (hasValue) {
                    double d = FastNumbers.parseDouble(valueChars, 0, valueLength);
                    builder.numberCell(column, date ? d + dateOffset : d, date);
                }
                return;
            }
            if (type == 's') {
                int idx = hasValue ? FastNumbers.parseIndex(valueChars, 0, valueLength) : -1;
                if (idx >= 0 && idx < sharedCount) {
                    builder.sharedCell(column, idx);
                }
                return;
            }
            String value = hasValue ? new String(valueChars, 0, valueLength) : null;
            switch (type) {
                case 'i' -> builder.textCell(column, inline != null ? inline.toString() : value);
                case 'f' -> builder.textCell(column, value);
                case 'b' -> {
                    if (value != null) {
                        builder.textCell(column, "1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip())
                                ? "TRUE" : "FALSE");
                    }
                }
                case 'd' -> builder.numberCell(column, IsoDates.toSerial(value), true);
                default -> {
                    // 'e': an error value (#N/A, #DIV/0! …) counts as no answer
                }
            }
        }

    }

    /** Decodes the column letters of a cell reference straight from the parser's character buffer. */
    static final class ReferenceColumnDecoder extends TypedValueDecoder {
        int column;

        @Override
        public void decode(String lexical) {
            column = columnOf(lexical);
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            column = columnOf(buffer, start, end);
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
            type = SheetParser.cellType(lexical);
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            int length = end - start;
            char first = length == 0 ? 0 : buffer[start];
            if (length == 1) {
                type = first == 's' || first == 'b' || first == 'e' || first == 'd' ? first : 'n';
            } else if (length == 3 && first == 's' && buffer[start + 1] == 't' && buffer[start + 2] == 'r') {
                type = 'f';
            } else if (length == 9 && first == 'i' && "inlineStr".contentEquals(java.nio.CharBuffer.wrap(buffer,
                    start, length))) {
                type = 'i';
            } else {
                type = 'n';
            }
        }

        @Override
        public void handleEmptyValue() {
            type = 'n';
        }
    }

    static int parseIntOr(String s, int fallback) {
        int n = 0;
        int len = s.length();
        if (len == 0 || len > 9) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        for (int i = 0; i < len; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return fallback;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    /** 1-based column number of the cell reference in {@code chars[start, end)}, as {@link #columnOf(String)}. */
    static int columnOf(char[] chars, int start, int end) {
        int col = 0;
        for (int i = start; i < end; i++) {
            char ch = chars[i];
            int next = withLetter(col, ch);
            if (next < 0) {
                break;
            }
            col = next;
        }
        return col;
    }

    /** 1-based column number of a cell reference such as "AB12". */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            int next = withLetter(col, ch);
            if (next < 0) {
                break;
            }
            col = next;
        }
        return col;
    }

    /** {@code col} with the column letter {@code ch} appended (either case; "$" is skipped); -1 at any other char. */
    private static int withLetter(int col, char ch) {
        if (ch >= 'A' && ch <= 'Z') {
            return col * 26 + (ch - 'A' + 1);
        } else if (ch >= 'a' && ch <= 'z') {
            return col * 26 + (ch - 'a' + 1);
        } else if (ch == '$') {
            return col;
        }
        return -1;
    }

    /** 1-based row number of a cell reference such as "AB12". */
    static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && !Character.isDigit(ref.charAt(i))) {
            i++;
        }
        return parseIntOr(ref.substring(i), 0);
    }
}
