package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level sheet reader ({@link SheetScanner}) against the StAX one ({@link SheetParser}, Aalto): on real
 * exports, on hand-written sheets with every XML form a writer may use (entities, character references, CDATA,
 * comments, processing instructions, prefixes, single quotes, white space and line breaks inside tags, CR LF,
 * empty-element tags, inline strings with phonetic runs, texts longer than the read buffer), and on mutants of the
 * sample's sheet. Both must read the same table cell for cell, or both refuse the sheet.
 */
class SheetScannerTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
            + "<dimension ref=\"A1:C4\"/><sheetData>";
    private static final String TAIL = "</sheetData></worksheet>";

    private static final boolean DETAIL = Boolean.getBoolean("scanner.detail");

    @TempDir
    Path dir;

    /** Everything the reader keeps of a table, cell by cell, as text. */
    static String dump(RawTable table) {
        StringBuilder sb = new StringBuilder();
        sb.append(table.sheet()).append('|').append(table.headerRow()).append('|').append(table.headerRows())
                .append('|').append(table.headerKind()).append('|').append(table.rows()).append('\n');
        for (RawColumn c : table.columns()) {
            sb.append(c.index()).append(' ').append(c.header()).append(" [").append(c.group()).append("] ")
                    .append(c.textCount()).append('/').append(c.numberCount()).append('/').append(c.dateCount());
            for (int r = 0; r < table.rows(); r++) {
                int kind = c.kind(r);
                sb.append(kind == RawColumn.TEXT ? "|t:" + c.text(r) : kind == RawColumn.BLANK ? "|"
                        : "|" + kind + ":" + Double.doubleToLongBits(c.number(r)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The table read one way, or the kind of refusal ("refused io.error.xml"). */
    private static String read(Path file, boolean scan) throws Exception {
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            return dump(new XlsxTableReader(scan).read(pkg, file.getFileName().toString(), ReadOptions.defaults(),
                    ReadProgress.NONE));
        } catch (SurveyReadException e) {
            return "refused " + e.key() + (DETAIL ? e.getMessage() : "");
        } catch (SheetLimits.ExceededException e) {
            return "refused " + e.getMessage();
        } catch (Exception e) { // Aalto throws some of its errors unchecked; SurveyReader's guard reports them
            return "refused " + e.getClass().getSimpleName();
        }
    }

    private static void sameBothWays(Path file) throws Exception {
        String scanned = read(file, true);
        String parsed = read(file, false);
        assertEquals(parsed, scanned, file.getFileName().toString());
    }

    private Path sampleCopy() throws Exception {
        Path sample = dir.resolve("sample.xlsx");
        try (InputStream in = SurveyReader.class.getResourceAsStream(SurveyReader.SAMPLE_RESOURCE)) {
            assertNotNull(in);
            Files.copy(in, sample, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return sample;
    }

    @Test
    void realExportsReadTheSame() throws Exception {
        List<Path> files = new ArrayList<>(List.of(sampleCopy()));
        for (String name : List.of("io/hobbies.xlsx", "io/mass_survey.xlsx")) {
            files.add(Path.of(getClass().getResource("/" + name).toURI()));
        }
        for (Path file : files) {
            sameBothWays(file);
            assertTrue(!read(file, true).startsWith("refused"), file.toString());
        }
    }

    private Path sheet(String name, String sheetXml) throws Exception {
        return sheet(name, sheetXml.getBytes(StandardCharsets.UTF_8));
    }

    private Path sheet(String name, byte[] sheetXml) throws Exception {
        List<Object[]> rows = List.<Object[]>of(new Object[] {"ID"}, new Object[] {1});
        Path base = Fixtures.sheet(dir.resolve("base.xlsx"), "data", rows);
        Map<String, byte[]> entries = Packages.entries(base);
        entries.put(sheetPart(entries), sheetXml);
        Files.delete(base);
        return Files.write(dir.resolve(name + ".xlsx"), Packages.zip(entries));
    }

    /** The sample with its data sheet replaced. */
    private Path sampleWith(String name, String sheetXml) throws Exception {
        Map<String, byte[]> entries = Packages.entries(sampleCopy());
        entries.put(sheetPart(entries), sheetXml.getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve(name + ".xlsx"), Packages.zip(entries));
    }

    private static String sheetPart(Map<String, byte[]> entries) {
        return entries.keySet().stream().filter(k -> k.startsWith("xl/worksheets/sheet"))
                .max(java.util.Comparator.comparingInt(k -> entries.get(k).length)).orElseThrow();
    }

    private static List<String> sharedStrings(Path file, boolean scan) throws Exception {
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            return List.of(SharedStringsReader.read(pkg, "xl/sharedStrings.xml", SecureStax.factory(), scan));
        }
    }

    @Test
    void sharedStringsReadTheSame() throws Exception {
        List<Path> files = new ArrayList<>(List.of(sampleCopy()));
        for (String name : List.of("io/hobbies.xlsx", "io/mass_survey.xlsx")) {
            files.add(Path.of(getClass().getResource("/" + name).toURI()));
        }
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<x:sst xmlns:x=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" count=\"5\"><x:si><x:t>a &amp; b&#x1F600;</x:t></x:si><x:si/>"
                + "<x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space='preserve'> 満足 </x:t></x:r><x:r><x:t>度\r\n</x:t>"
                + "</x:r><x:rPh sb=\"0\" eb=\"2\"><x:t>マンゾク</x:t></x:rPh></x:si><!-- c --><x:si><x:t><![CDATA[<x>]]>"
                + "</x:t></x:si><x:si><x:t/></x:si></x:sst>";
        Path base = Fixtures.sheet(dir.resolve("sst.xlsx"), "data", List.<Object[]>of(new Object[] {"ID"}));
        Map<String, byte[]> entries = Packages.entries(base);
        entries.put("xl/sharedStrings.xml", sst.getBytes(StandardCharsets.UTF_8));
        files.add(Files.write(dir.resolve("sst2.xlsx"), Packages.zip(entries)));
        for (Path file : files) {
            assertEquals(sharedStrings(file, false), sharedStrings(file, true), file.getFileName().toString());
        }
        assertEquals(List.of("a & b\uD83D\uDE00", "", " 満足 度\n", "<x>", ""), sharedStrings(files.get(3), true));
    }

    @Test
    void everyXmlFormReadsTheSame() throws Exception {
        String header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ID</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Q1</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Q2</t></is></c></row>";
        String[] bodies = {
            // entities, character references, CDATA, comments and processing instructions in texts
            "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>a &amp; b &lt;c&gt; &quot;d&quot; "
                + "&apos;e&apos; &#26085;&#x672C; &#x1F600;</t></is></c><c r=\"C2\" t=\"str\"><v><![CDATA[x<y]]>"
                + "<!-- note --><?pi data?>z</v></c></row>",
            // prefixes, single quotes, white space and line breaks inside tags, CR LF in a text
            "<x:row xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" r='2'\n><x:c r = \"A2\"\r\n t=\"n\" ><x:v >2</x:v ></x:c><x:c\tr=\"B2\" t=\"inlineStr\">"
                + "<x:is><x:t xml:space=\"preserve\">line1\r\nline2\rline3\n</x:t></x:is></x:c></x:row >",
            // empty-element tags, cells without r, empty values, booleans, errors, dates as text
            "<row r=\"2\"><c r=\"A2\"/><c><v>3</v></c><c t=\"b\"><v>1</v></c></row><row r=\"3\"/>"
                + "<row r=\"4\"><c r=\"A4\" t=\"e\"><v>#N/A</v></c><c r=\"B4\" t=\"d\"><v>2024-05-31</v></c>"
                + "<c r=\"C4\"><v/></c></row>",
            // rich text and phonetic runs in inline strings, formulas before values, attributes of other names
            "<row r=\"2\" spans=\"1:3\" x14ac:dyDescent=\"0.25\"><c r=\"A2\" s=\"0\"><f>1+1</f><v>2</v></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>満足</t></r><r><t>度</t></r>"
                + "<rPh sb=\"0\" eb=\"2\"><t>マンゾク</t></rPh><phoneticPr fontId=\"1\"/></is></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><t/></is></c></row>",
            // a text longer than the read buffer, and a tag longer than the fast path's window
            "<row r=\"2\"><c r=\"A2\"><v>5</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>長い" + randomLetters(90_000)
                + "</t></is></c><c r=\"C2\" t=\"s\" other=\"" + randomLetters(3000) + "\"><v>0</v></c></row>",
            // entities and other characters in the attributes read
            "<row r=\"&#50;\"><c r=\"&#65;2\" t=\"&#115;tr\"><v>text</v></c><c r=\"B2\" s=\" 1 \"><v> 7.5 </v></c>"
                + "<c r=\"C2\" t=\"n\" s=\"-1\"><v>1E3</v></c></row>",
        };
        int i = 0;
        for (String body : bodies) {
            Path file = sheet("form" + i++, HEAD + header + body + TAIL);
            sameBothWays(file);
            assertTrue(!read(file, true).startsWith("refused"), body.substring(0, Math.min(80, body.length())));
        }
    }

    @Test
    void aSheetInAnotherEncodingIsLeftToStax() throws Exception {
        String xml = (HEAD + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Caf\u00e9</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>cr\u00e8me</t></is></c></row>" + TAIL)
                .replace("UTF-8", "ISO-8859-1");
        Path file = sheet("latin1", xml.getBytes(StandardCharsets.ISO_8859_1));
        sameBothWays(file);
        assertTrue(read(file, true).contains("t:cr\u00e8me"), read(file, true));
    }

    @Test
    void brokenSheetsAreRefusedBothWays() throws Exception {
        String row = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ID</t></is></c></row>";
        String[] broken = {
            HEAD + row + "<row r=\"2\"><c r=\"A2\"><v>1</c></row>" + TAIL,      // mismatched end tag
            HEAD + row + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>",         // cut off
            HEAD + row + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&bogus;</t></is></c></row>" + TAIL,
            HEAD.replace("<worksheet", "<!DOCTYPE w [<!ENTITY e \"x\">]><worksheet") + row
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c></row>" + TAIL,
            HEAD + row + "<row r=\"2\"><c r=\"A2\"><v>1<b>2</b></v></c></row>" + TAIL,
            HEAD + row + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + randomLetters(BoundedXml.MAX_TEXT + 1)
                    + "</t></is></c></row>" + TAIL,
            HEAD + row + "<a>".repeat(BoundedXml.MAX_DEPTH + 1) + TAIL,
            HEAD + row + "<row r=\"2\"><c r=\"A2<\"><v>1</v></c></row>" + TAIL,
        };
        int i = 0;
        for (String xml : broken) {
            Path file = sheet("broken" + i++, xml);
            String scanned = read(file, true);
            assertTrue(scanned.startsWith("refused"), "scanner read broken #" + (i - 1) + ": " + scanned);
            assertEquals(read(file, false), scanned, "broken #" + (i - 1));
        }
        byte[] invalidUtf8 = (HEAD + row + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>\u00ff</t></is></c></row>"
                + TAIL).getBytes(StandardCharsets.UTF_8);
        for (int b = 0; b < invalidUtf8.length - 1; b++) {
            if (invalidUtf8[b] == (byte) 0xC3 && invalidUtf8[b + 1] == (byte) 0xBF) {
                invalidUtf8[b] = (byte) 0xFF;
            }
        }
        Path file = sheet("invalidUtf8", invalidUtf8);
        assertEquals("refused io.error.xml", read(file, true));
        assertTrue(read(file, false).startsWith("refused"));
    }

    private static String randomLetters(int length) {
        Random random = new Random(length);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    @Test
    void mutantsOfTheSampleReadTheSameOrAreRefusedBothWays() throws Exception {
        Map<String, byte[]> entries = Packages.entries(sampleCopy());
        String part = sheetPart(entries);
        String xml = new String(entries.get(part), StandardCharsets.UTF_8);
        List<String> differences = new ArrayList<>();
        for (int m = 0; m < 100; m++) {
            StringBuilder what = new StringBuilder("mutant " + m + ":");
            String mutated = MutationFuzzer.mutateXml(xml, new Random(20261203L + m), what);
            Path file = sampleWith("mutant" + m, mutated);
            String scanned = read(file, true);
            String parsed = read(file, false);
            if (!scanned.equals(parsed)) {
                differences.add(what + (scanned.startsWith("refused") ? " scanner " + scanned
                        : parsed.startsWith("refused") ? " stax " + parsed : " different tables"));
            }
            Files.delete(file);
        }
        assertEquals(List.of(), differences);
    }
}
