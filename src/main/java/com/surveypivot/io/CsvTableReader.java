package com.surveypivot.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads .csv/.tsv exports with Commons CSV: UTF-8 with or without BOM, UTF-16 (by its BOM), and Shift_JIS/CP932
 * when the bytes are not valid UTF-8. Quoted multi-line cells are kept. Numbers are recognised in the text.
 */
final class CsvTableReader {
    private static final Charset CP932 = Charset.forName("windows-31j");

    RawTable read(Path file, String fileName, ReadOptions options, ReadProgress progress) throws SurveyReadException {
        Charset charset = bomCharset(file);
        try {
            return parse(file, fileName, charset == null ? StandardCharsets.UTF_8 : charset, options, progress);
        } catch (CharacterCodingException e) {
            if (charset != null) {
                throw new SurveyReadException(e, "io.error.unreadable", fileName, XlsxTableReader.oneLine(e));
            }
            try {
                return parse(file, fileName, CP932, options, progress);
            } catch (IOException again) {
                throw new SurveyReadException(again, "io.error.unreadable", fileName, XlsxTableReader.oneLine(again));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException && charset == null) {
                try {
                    return parse(file, fileName, CP932, options, progress);
                } catch (IOException again) {
                    throw new SurveyReadException(again, "io.error.unreadable", fileName,
                            XlsxTableReader.oneLine(again));
                }
            }
            throw new SurveyReadException(e, "io.error.unreadable", fileName, XlsxTableReader.oneLine(e));
        }
    }

    private static Charset bomCharset(Path file) throws SurveyReadException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        } catch (IOException e) {
            throw new SurveyReadException(e, "io.error.unreadable", file.getFileName(), XlsxTableReader.oneLine(e));
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private RawTable parse(Path file, String fileName, Charset charset, ReadOptions options, ReadProgress progress)
            throws IOException, SurveyReadException {
        long total = Math.max(1, Files.size(file));
        String sheet = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        TableBuilder builder = new TableBuilder(sheet, options.headerRow(), null);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CountingInputStream counting = new CountingInputStream(
                new BufferedInputStream(Files.newInputStream(file)));
                Reader reader = new InputStreamReader(counting, decoder)) {
            char delimiter = fileName.toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
            Reader body = skipBom(reader);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            try (CSVParser parser = CSVParser.parse(body, format)) {
                int rowNumber = 0;
                for (CSVRecord record : parser) {
                    rowNumber++;
                    if (rowNumber % 256 == 0) {
                        if (progress.isCancelled()) {
                            throw new SurveyReadException("io.cancelled");
                        }
                        progress.progress(Math.min(1.0, counting.count() / (double) total));
                    }
                    builder.startRow(rowNumber);
                    for (int c = 0; c < record.size(); c++) {
                        String value = record.get(c);
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
        RawTable table = builder.finish();
        progress.progress(1.0);
        return table;
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
