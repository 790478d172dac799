package com.surveypivot.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads .csv/.tsv exports with Commons CSV. The encoding is the user's ({@code --encoding}) or told from the
 * content ({@link TextEncoding}); bytes that are no valid text become U+FFFD and are counted in the warnings, with
 * their lines. Quoted multi-line cells are kept; text after a closing quote is kept (as Excel does); a quoted field
 * that never ends in the last {@value #FORGIVEN_LINES} lines of the file is left out with a warning, one that
 * swallows more is refused. Numbers are recognised in the text.
 */
final class CsvTableReader {
    /** Lines an unclosed quote at the end of a file may take and still be forgiven. */
    static final int FORGIVEN_LINES = 20;
    /** At least this many cells with bad bytes, and a tenth of all cells, make the encoding unreadable. */
    static final int UNREADABLE_CELLS = 20;

    RawTable read(Path file, String fileName, ReadOptions options, ReadProgress progress, ReadWarnings warnings)
            throws SurveyReadException, IOException {
        Charset charset = options.encoding() != null ? options.encoding() : TextEncoding.detect(file);
        long total = Math.max(1, Files.size(file));
        String sheet = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        TableBuilder builder = new TableBuilder(sheet, options.headerRow(), null, warnings);
        long cells = 0;
        long firstBadLine = -1;
        try (CountingInputStream counting = new CountingInputStream(
                new BufferedInputStream(Files.newInputStream(file)));
                DecodingReader reader = new DecodingReader(counting, charset)) {
            char delimiter = fileName.toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
            Reader body = skipBom(reader);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setTrailingData(true).get();
            try (CSVParser parser = CSVParser.parse(body, format)) {
                Iterator<CSVRecord> records = parser.iterator();
                int rowNumber = 0;
                long lineBefore = 0;
                while (true) {
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException e) {
                        long start = lineBefore + 1;
                        long lost = parser.getCurrentLineNumber() - lineBefore;
                        if (!isUnclosedQuote(e) || lost > FORGIVEN_LINES) {
                            throw new SurveyReadException(e, "io.error.unreadable", fileName,
                                    new com.surveypivot.i18n.LocalizedText(isUnclosedQuote(e) ? "read.detail.quote"
                                            : "read.detail.csv", start));
                        }
                        warnings.unclosedQuote(start, Math.max(1, lost));
                        break;
                    }
                    long startLine = lineBefore + 1;
                    lineBefore = parser.getCurrentLineNumber();
                    rowNumber++;
                    if (rowNumber % 64 == 0) {
                        ReadCancel.check();
                        progress.progress(Math.min(1.0, counting.count() / (double) total));
                    }
                    builder.startRow(rowNumber);
                    boolean bad = reader.replacements() > 0;
                    for (int c = 0; c < record.size(); c++) {
                        String value = record.get(c);
                        if (bad && value.indexOf('\uFFFD') >= 0) {
                            warnings.badBytes(startLine, charset.name());
                            firstBadLine = firstBadLine < 0 ? startLine : firstBadLine;
                        }
                        if (!value.isEmpty()) {
                            cells++;
                        }
                        double number = parseNumber(value);
                        if (Double.isNaN(number)) {
                            builder.textCell(c, value);
                        } else {
                            builder.numberCell(c, number, false);
                        }
                    }
                    builder.endRow();
                }
            }
        }
        if (warnings.badCells() >= UNREADABLE_CELLS && warnings.badCells() * 10 >= cells) {
            throw new SurveyReadException("io.error.unreadable", fileName,
                    new com.surveypivot.i18n.LocalizedText("read.detail.encoding", firstBadLine));
        }
        RawTable table = builder.finish();
        progress.progress(1.0);
        return table;
    }

    /** Commons CSV's "EOF reached before encapsulated token finished". */
    private static boolean isUnclosedQuote(UncheckedIOException e) {
        String m = e.getCause() == null ? null : e.getCause().getMessage();
        return m != null && m.contains("EOF reached before encapsulated token");
    }

    private static Reader skipBom(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** A plain number ("12", "-3.5", "1e3"), or NaN; codes with leading zeros ("007") stay text. */
    static double parseNumber(String value) {
        String s = value.strip();
        if (s.isEmpty() || s.length() > 24) {
            return Double.NaN;
        }
        char first = s.charAt(0);
        if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.')) {
            return Double.NaN;
        }
        if (s.length() > 1 && first == '0' && Character.isDigit(s.charAt(1))) {
            return Double.NaN;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(Character.isDigit(ch) || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
