package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Streams one sheet of an .xlsx package into a {@link RawTable}. Only the parts it needs are opened (see
 * {@link WorkbookParts}): the shared strings, the styles (to know which number formats are dates) and the sheet,
 * each parsed with bounded Aalto StAX, without building a workbook object model. Document properties, thumbnails
 * and custom XML are never parsed.
 */
final class XlsxTableReader {
    private record SheetRef(String name, String part, long size) {
    }

    private final XMLInputFactory xml = SecureStax.factory();
    private final boolean scanBytes;

    /** A reader that reads UTF-8 sheets with {@link SheetScanner} (others with StAX). */
    XlsxTableReader() {
        this(true);
    }

    /** {@code scanBytes} false: every sheet through StAX ({@link SheetParser}), as tests compare the two. */
    XlsxTableReader(boolean scanBytes) {
        this.scanBytes = scanBytes;
    }

    RawTable read(XlsxPackage pkg, String fileName, ReadOptions options, ReadProgress progress)
            throws SurveyReadException, IOException {
        return read(pkg, fileName, options, progress, null);
    }

    /** Reads the wanted (or the likeliest) sheet; cells out of range are counted in {@code warnings}. */
    RawTable read(XlsxPackage pkg, String fileName, ReadOptions options, ReadProgress progress,
            ReadWarnings warnings) throws SurveyReadException, IOException {
        WorkbookParts parts;
        try {
            parts = WorkbookParts.read(pkg, xml, fileName);
        } catch (XMLStreamException e) {
            throw new SurveyReadException(e, "io.error.corrupt", fileName, ReadDetail.xml("workbook", e));
        }
        List<SheetRef> sheets = parts.sheets().stream()
                .map(s -> new SheetRef(s.name(), s.part(), pkg.size(s.part()))).toList();
        if (sheets.isEmpty()) {
            throw new SurveyReadException("io.error.emptySheet", fileName);
        }
        SheetRef sheet = pick(pkg, sheets, options.sheet());
        String[] sharedStrings;
        try {
            sharedStrings = SharedStringsReader.read(pkg, parts.sharedStrings(), xml);
        } catch (XMLStreamException e) {
            throw new SurveyReadException(e, "io.error.corrupt", fileName,
                    ReadDetail.xml(parts.sharedStrings(), e));
        }
        ReadCancel.check();
        boolean[] dateStyles = StylesReader.dateStyles(pkg, parts.styles(), xml);
        ReadCancel.check();
        ReadTiming.mark("shared strings and styles");
        RawTable table = parseSheet(pkg, sheet, sharedStrings, dateStyles, parts.date1904(), options, progress,
                warnings);
        for (SheetRef other : sheets) {
            if (other != sheet && Codebook.isCodebookSheet(other.name())) {
                return table.withCodebook(codebook(pkg, other, sharedStrings, dateStyles, parts.date1904()));
            }
        }
        return table;
    }

    /** The worksheets' names in workbook order. */
    List<String> sheetNames(XlsxPackage pkg, String fileName) throws SurveyReadException, IOException {
        try {
            return WorkbookParts.read(pkg, xml, fileName).sheets().stream().map(WorkbookParts.Sheet::name).toList();
        } catch (XMLStreamException e) {
            throw new SurveyReadException(e, "io.error.corrupt", fileName, ReadDetail.xml("workbook", e));
        }
    }

    /** The codebook sheet read as a table; an unreadable or empty one is no codebook. */
    private Codebook codebook(XlsxPackage pkg, SheetRef sheet, String[] sst, boolean[] dateStyles, boolean date1904)
            throws IOException {
        try {
            return Codebook.from(parseSheet(pkg, sheet, sst, dateStyles, date1904, ReadOptions.defaults(),
                    ReadProgress.NONE, null));
        } catch (SurveyReadException e) {
            return Codebook.EMPTY;
        }
    }

    private SheetRef pick(XlsxPackage pkg, List<SheetRef> allSheets, String wanted) throws SurveyReadException,
            IOException {
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
            areas[i] = dimensionArea(pkg, sheets.get(i).part());
            allDimensions &= areas[i] > 1;
        }
        SheetRef best = sheets.get(0);
        long bestScore = -1;
        for (int i = 0; i < sheets.size(); i++) {
            long score = allDimensions ? areas[i] : sheets.get(i).size();
            if (score > bestScore) {
                bestScore = score;
                best = sheets.get(i);
            }
        }
        return best;
    }

    /** rows × columns from the sheet's {@code <dimension ref="A1:W8404"/>}, or 0 when it has none. */
    private long dimensionArea(XlsxPackage pkg, String part) throws IOException {
        try (InputStream in = pkg.open(part); BoundedXml xr = new BoundedXml(xml, in, BoundedXml.SMALL_PART)) {
            while (xr.hasNext()) {
                if (xr.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = xr.reader().getLocalName();
                    if ("dimension".equals(name)) {
                        return area(xr.reader().getAttributeValue(null, "ref"));
                    }
                    if ("sheetData".equals(name)) {
                        return 0;
                    }
                }
            }
            return 0;
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

    private RawTable parseSheet(XlsxPackage pkg, SheetRef sheet, String[] sst, boolean[] dateStyles,
            boolean date1904, ReadOptions options, ReadProgress progress, ReadWarnings warnings)
            throws IOException, SurveyReadException {
        TableBuilder builder = new TableBuilder(sheet.name(), options.headerRow(), sst, warnings);
        long total = Math.max(1, sheet.size());
        try (CountingInputStream in = new CountingInputStream(
                new ReadAheadInputStream(pkg.open(sheet.part()), sheet.name()))) {
            CellSink cells = new CellSink(builder, sst.length, dateStyles, date1904);
            RowCheckpoint checkpoint = () -> {
                ReadCancel.check();
                progress.progress(Math.min(1.0, in.count() / (double) total));
            };
            XmlBytes bytes = scanBytes ? SheetScanner.reader(in) : null;
            if (bytes != null && bytes.isUtf8()) {
                new SheetScanner(bytes, cells, checkpoint).run();
            } else {
                javax.xml.stream.XMLStreamReader xr = xml.createXMLStreamReader(bytes != null ? bytes.replay() : in);
                try {
                    new SheetParser(xr, cells, checkpoint).run();
                } finally {
                    xr.close();
                }
            }
        } catch (XMLStreamException e) {
            throw new SurveyReadException(e, "io.error.xml", sheet.name(), ReadDetail.xml(sheet.part(), e));
        }
        RawTable table = builder.finish();
        progress.progress(1.0);
        return table;
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
    static int columnOf(CharSequence ref) {
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
