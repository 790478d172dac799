package com.surveypivot.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates one regression file for each problem of issue 11 (tests only; nothing is stored by hand): nesting in
 * the package properties, the sheet, the shared strings, the workbook and the styles; a header of a long run of
 * digits; a very long e-mail-like answer; a huge date cell; CSVs in UTF-8 and Windows-31J with a stray byte; a
 * quoted field cut off at the end; sheet names of 100,000 characters with control characters; an .xls whose cells
 * point past its shared strings, and one with NUL bytes in its sheet name.
 */
final class HostileFiles {
    static final Charset SJIS = Charset.forName("windows-31j");
    private final Path dir;
    private Path plain;

    HostileFiles(Path dir) {
        this.dir = dir;
    }

    /** A small valid workbook: Sex, Age, a date and a comment for 40 respondents. */
    Path plain() throws IOException {
        if (plain == null) {
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {"Sex", "Age", "Visited", "Comment"});
            for (int i = 0; i < 40; i++) {
                rows.add(new Object[] {i % 2 == 0 ? "F" : "M", 20 + i, LocalDateTime.of(2024, 1, 1 + i % 28, 0, 0),
                    "comment " + i});
            }
            plain = Fixtures.sheet(dir.resolve("plain.xlsx"), "data", rows);
        }
        return plain;
    }

    /** Every hostile file by name (the name says what it holds). */
    Map<String, Path> all() throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("core properties nested 30 deep", deepPart("core30.xlsx", "docProps/core.xml", 30));
        files.put("core properties nested 5000 deep", deepPart("core5000.xlsx", "docProps/core.xml", 5000));
        files.put("app properties nested 5000 deep", deepPart("app5000.xlsx", "docProps/app.xml", 5000));
        files.put("sheet nested 5000 deep", deepPart("sheet5000.xlsx", "xl/worksheets/sheet1.xml", 5000));
        files.put("shared strings nested 5000 deep", deepPart("sst5000.xlsx", "xl/sharedStrings.xml", 5000));
        files.put("workbook nested 5000 deep", deepPart("wb5000.xlsx", "xl/workbook.xml", 5000));
        files.put("styles nested 5000 deep", deepPart("styles5000.xlsx", "xl/styles.xml", 5000));
        files.put("content types nested 5000 deep", deepPart("ct5000.xlsx", "[Content_Types].xml", 5000));
        files.put("header of 20,000 digits", digitHeader("digits.csv", 20_000));
        files.put("e-mail-like answer of 100,000 characters", longEmail("email.csv", 50_000));
        files.put("huge date cell", hugeDate("hugedate.xlsx"));
        files.put("UTF-8 CSV with a stray byte", strayByteUtf8("stray-utf8.csv"));
        files.put("Windows-31J CSV with a stray byte", strayByteSjis("stray-sjis.csv"));
        files.put("quoted field cut off at the end", unclosedQuoteAtEnd("cutquote.csv"));
        files.put("quoted field that never ends early on", unclosedQuoteEarly("openquote.csv"));
        files.put("sheet names of 100,000 characters", longSheetNames("names.xlsx"));
        files.put(".xls with a shared-string index out of bounds", xlsIndexError("index.xls"));
        files.put("xlsx cut off in its zip directory", cut("cutdir.xlsx", 30));
        files.put("xlsx cut off in its last entry", cut("cutentry.xlsx", 2_000));
        files.put(".xls with NUL bytes in the sheet name", xlsNulName("nul.xls"));
        return files;
    }

    /** {@code part} of the plain workbook with {@code depth} nested elements inside its root element. */
    Path deepPart(String name, String part, int depth) throws IOException {
        String xml = new String(Packages.entries(plain()).get(part), StandardCharsets.UTF_8);
        int rootEnd = xml.indexOf('>', xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0));
        StringBuilder nest = new StringBuilder(depth * 8);
        nest.append("<a>".repeat(depth)).append("x").append("</a>".repeat(depth));
        String deep = xml.substring(0, rootEnd + 1) + nest + xml.substring(rootEnd + 1);
        return Packages.with(plain(), dir.resolve(name), part, deep.getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV whose second header is a run of digits with a character after it that ends no code. */
    Path digitHeader(String name, int digits) throws IOException {
        StringBuilder csv = new StringBuilder("Sex,").append("1".repeat(digits)).append("!\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i % 2 == 0 ? "F" : "M").append(',').append(i % 5).append('\n');
        }
        return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
    }

    /** A CSV with an answer "a@b.b.b.…@" (many dots, a second @ at the end) among e-mail addresses. */
    Path longEmail(String name, int dots) throws IOException {
        StringBuilder csv = new StringBuilder("Sex,Contact\n");
        csv.append("F,a@").append("b.".repeat(dots)).append("@\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i % 2 == 0 ? "F" : "M").append(",person").append(i).append("@example.com\n");
        }
        return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
    }

    /** The plain workbook with one date cell's serial set to 1E15 (far past year 9999). */
    Path hugeDate(String name) throws IOException {
        Map<String, byte[]> entries = Packages.entries(plain());
        String sheet = new String(entries.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        String changed = sheet.replaceFirst("(<c r=\"C3\"[^>]*><v>)[^<]+(</v>)", "$11E15$2");
        if (changed.equals(sheet)) {
            throw new IllegalStateException("no date cell C3 in " + sheet.substring(0, 400));
        }
        entries.put("xl/worksheets/sheet1.xml", changed.getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve(name), Packages.zip(entries));
    }

    /** A Japanese UTF-8 CSV with byte 0xFF in the comment of line 6 (a respondent's row). */
    Path strayByteUtf8(String name) throws IOException {
        return withStrayByte(name, StandardCharsets.UTF_8, 6, (byte) 0xFF);
    }

    /** The same in Windows-31J with byte 0xFD (no character in Windows-31J) on line 6. */
    Path strayByteSjis(String name) throws IOException {
        return withStrayByte(name, SJIS, 6, (byte) 0xFD);
    }

    static String japaneseCsv() {
        StringBuilder csv = new StringBuilder("性別,年代,満足度,コメント\n");
        String[] levels = {"満足", "やや満足", "どちらともいえない", "やや不満", "不満"};
        for (int i = 0; i < 40; i++) {
            csv.append(i % 2 == 0 ? "女性" : "男性").append(',').append(20 + (i % 4) * 10).append("代,")
                    .append(levels[i % 5]).append(",コメント").append(i).append('\n');
        }
        return csv.toString();
    }

    private Path withStrayByte(String name, Charset charset, int line, byte stray) throws IOException {
        byte[] bytes = japaneseCsv().getBytes(charset);
        int at = 0;
        for (int l = 1; l < line; at++) {
            if (bytes[at] == '\n') {
                l++;
            }
        }
        int end = at;
        while (bytes[end] != '\n') {
            end++;
        }
        byte[] out = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, out, 0, end);
        out[end] = stray;
        System.arraycopy(bytes, end, out, end + 1, bytes.length - end);
        return Files.write(dir.resolve(name), out);
    }

    /** A CSV whose last row's comment opens a quote that the file never closes (cut off by a mail gateway). */
    Path unclosedQuoteAtEnd(String name) throws IOException {
        String csv = "Sex,Age,Comment\n" + "F,30,fine\nM,40,\"quoted, closed\"\n".repeat(15)
                + "F,35,\"this comment was cut off";
        return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
    }

    /** A CSV whose third line opens a quote that never ends, swallowing the 200 rows after it. */
    Path unclosedQuoteEarly(String name) throws IOException {
        String csv = "Sex,Age,Comment\nF,30,fine\nM,40,\"never closed\n" + "F,30,fine\n".repeat(200);
        return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
    }

    /** The plain workbook with its last {@code bytes} bytes cut off (as a mail gateway does). */
    Path cut(String name, int bytes) throws IOException {
        byte[] whole = Files.readAllBytes(plain());
        return Files.write(dir.resolve(name), java.util.Arrays.copyOf(whole, whole.length - bytes));
    }

    /** A 300-row .xls as POI writes it (byte for byte the same every time). */
    static byte[] xls() throws IOException {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("data");
            for (int r = 0; r < 300; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "Sex" : r % 2 == 0 ? "F" : "M");
                row.createCell(1).setCellValue(r == 0 ? "Comment" : "comment number " + r);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The .xls with one byte changed so that a cell points far past the shared strings: POI's own reading fails with
     * "Index 31800 out of bounds for length 303" (the byte was found by a seeded search over single-byte changes).
     */
    Path xlsIndexError(String name) throws IOException {
        byte[] bytes = xls();
        bytes[12_500] = (byte) 124;
        return Files.write(dir.resolve(name), bytes);
    }

    /** The .xls whose sheet is named "d", NUL, NUL, "a" (written over the name's bytes in the sheet record). */
    Path xlsNulName(String name) throws IOException {
        byte[] bytes = xls();
        byte[] data = "data".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (bytes[i] == data[0] && bytes[i + 1] == data[1] && bytes[i + 2] == data[2] && bytes[i + 3] == data[3]) {
                bytes[i + 1] = 0;
                bytes[i + 2] = 0;
                return Files.write(dir.resolve(name), bytes);
            }
        }
        throw new IllegalStateException("no sheet name in the .xls");
    }

    /** The plain workbook whose sheet is named by 100,000 characters with NUL, line breaks and escapes. */
    Path longSheetNames(String name) throws IOException {
        Map<String, byte[]> entries = Packages.entries(plain());
        String workbook = new String(entries.get("xl/workbook.xml"), StandardCharsets.UTF_8);
        java.util.Random random = new java.util.Random(11);
        StringBuilder evil = new StringBuilder();
        while (evil.length() < 100_000) {
            evil.append("N&#10;&#13;&#9;");
            for (int i = 0; i < 40; i++) {
                evil.append((char) ('a' + random.nextInt(26)));
            }
        }
        String changed = workbook.replaceFirst("name=\"data\"", "name=\"" + evil + "\"");
        entries.put("xl/workbook.xml", changed.getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve(name), Packages.zip(entries));
    }
}
