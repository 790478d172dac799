package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets one clear translated line (English and Japanese), and the input file is left untouched. */
class ReadErrorsTest {
    @TempDir
    Path dir;

    private SurveyReadException fails(Path file, ReadOptions options) {
        return assertThrows(SurveyReadException.class, () -> SurveyReader.read(file, options, ReadProgress.NONE));
    }

    private static void oneLineInBothLanguages(SurveyReadException e) {
        String en = e.getMessage();
        String ja = e.message(Locale.JAPANESE);
        assertFalse(en.contains("\n"), en);
        assertFalse(ja.contains("\n"), ja);
        assertFalse(en.equals(e.key()), "missing English text for " + e.key());
        assertFalse(ja.equals(e.key()), "missing Japanese text for " + e.key());
        assertFalse(en.equals(ja), "Japanese text is not translated for " + e.key());
    }

    private Path small() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Sex", "Age"});
        rows.add(new Object[] {"F", 30});
        rows.add(new Object[] {"M", 40});
        return Fixtures.sheet(dir.resolve("small.xlsx"), "data", rows);
    }

    @Test
    void missingFile() {
        SurveyReadException e = fails(dir.resolve("nope.xlsx"), ReadOptions.defaults());
        assertEquals("io.error.notFound", e.key());
        oneLineInBothLanguages(e);
    }

    @Test
    void textFileNamedXlsx() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.xlsx"), "this is not a workbook\n");
        SurveyReadException e = fails(file, ReadOptions.defaults());
        assertEquals("io.error.notSpreadsheet", e.key());
        assertTrue(e.getMessage().startsWith("Not a spreadsheet"), e.getMessage());
        oneLineInBothLanguages(e);
    }

    @Test
    void truncatedZip() throws Exception {
        byte[] whole = Files.readAllBytes(small());
        Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        SurveyReadException e = fails(file, ReadOptions.defaults());
        assertTrue(Set.of("io.error.corrupt", "io.error.notSpreadsheet").contains(e.key()), e.key());
        oneLineInBothLanguages(e);
    }

    @Test
    void zipWithoutAWorkbook() throws Exception {
        Path file = dir.resolve("other.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        SurveyReadException e = fails(file, ReadOptions.defaults());
        assertTrue(Set.of("io.error.corrupt", "io.error.notSpreadsheet").contains(e.key()), e.key());
        oneLineInBothLanguages(e);
    }

    @Test
    void encryptedWorkbook() throws Exception {
        Path file = Fixtures.encryptedWorkbook(dir.resolve("secret.xlsx"));
        SurveyReadException e = fails(file, ReadOptions.defaults());
        assertEquals("io.error.encrypted", e.key());
        assertTrue(e.getMessage().contains("encrypted: remove the password in Excel first"), e.getMessage());
        oneLineInBothLanguages(e);
    }

    @Test
    void emptySheetAndHeadersWithoutData() throws Exception {
        Path empty = Fixtures.sheet(dir.resolve("empty.xlsx"), "data", List.of());
        SurveyReadException e = fails(empty, ReadOptions.defaults());
        assertEquals("io.error.emptySheet", e.key());
        oneLineInBothLanguages(e);
        List<Object[]> headerOnly = new ArrayList<>();
        headerOnly.add(new Object[] {"Sex", "Age", "Height"});
        SurveyReadException noData = fails(Fixtures.sheet(dir.resolve("header.xlsx"), "data", headerOnly),
                ReadOptions.defaults());
        assertEquals("io.error.noData", noData.key());
        oneLineInBothLanguages(noData);
    }

    @Test
    void unknownSheetHeaderRowOutOfRangeAndUnknownColumn() throws Exception {
        Path file = small();
        SurveyReadException sheet = fails(file, ReadOptions.defaults().withSheet("nosuch"));
        assertEquals("io.error.unknownSheet", sheet.key());
        assertTrue(sheet.getMessage().contains("data"), sheet.getMessage());
        oneLineInBothLanguages(sheet);
        SurveyReadException row = fails(file, ReadOptions.defaults().withHeaderRow(50));
        assertEquals("io.error.headerRowOutOfRange", row.key());
        oneLineInBothLanguages(row);
        SurveyReadException column = fails(file, ReadOptions.defaults().withMultiSet("Set", List.of("Sex", "Nope")));
        assertEquals("io.error.unknownColumn", column.key());
        assertTrue(column.getMessage().contains("Nope"), column.getMessage());
        oneLineInBothLanguages(column);
    }

    @Test
    void cancellation() throws Exception {
        ReadProgress cancelled = new ReadProgress() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Path hobbies = RealDataReadTest.resource("hobbies.xlsx");
        SurveyReadException e = assertThrows(SurveyReadException.class,
                () -> SurveyReader.read(hobbies, ReadOptions.defaults(), cancelled));
        assertEquals("io.cancelled", e.key());
        assertTrue(e.isCancelled());
        oneLineInBothLanguages(e);
    }

    @Test
    void progressRisesToOne() throws Exception {
        List<Double> seen = new ArrayList<>();
        ReadProgress recorder = Fixtures.recordingInto(seen);
        SurveyReader.read(RealDataReadTest.resource("hobbies.xlsx"), ReadOptions.defaults(), recorder);
        assertTrue(seen.size() > 5, "progress reports: " + seen.size());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1));
        }
        assertEquals(1.0, seen.get(seen.size() - 1));
    }

    @Test
    void sheetWithDoctypeAndExternalEntityIsRefused() throws Exception {
        Path plain = small();
        Path evil = dir.resolve("evil.xlsx");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                            + secret.toUri() + "\">]><worksheet");
                    xml = xml.replaceFirst("<v>30(\\.0)?</v>", "<v>&xxe;</v>");
                    assertTrue(xml.contains("&xxe;"), xml);
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        // the DTD is refused: a clear message, and the secret file's text never reaches the survey
        SurveyReadException e = fails(evil, ReadOptions.defaults());
        assertEquals("io.error.doctype", e.key());
        oneLineInBothLanguages(e);
        assertFalse(e.getMessage().contains("TOPSECRET"));
    }

    @Test
    void inputFileIsNeverWritten() throws Exception {
        Path file = small();
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        long modified = Files.getLastModifiedTime(file).toMillis();
        SurveyReader.read(file);
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
        assertTrue(Arrays.equals(before, MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        assertFalse(isOpen(file), "the reader left the file open");
        // error paths close it too
        Path truncated = Files.write(dir.resolve("bad.xlsx"), Arrays.copyOf(Files.readAllBytes(file), 500));
        fails(truncated, ReadOptions.defaults());
        assertFalse(isOpen(truncated), "the reader left a damaged file open");
        Path cancelled = RealDataReadTest.resource("hobbies.xlsx");
        assertThrows(SurveyReadException.class, () -> SurveyReader.read(cancelled, ReadOptions.defaults(),
                new ReadProgress() {
                    @Override
                    public void progress(double fraction) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                }));
        assertFalse(isOpen(cancelled), "the reader left a cancelled file open");
    }

    /** Whether this process holds the file open (Linux /proc; false where there is no /proc). */
    static boolean isOpen(Path file) throws Exception {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return false;
        }
        Path real = file.toRealPath();
        try (var list = Files.list(fds)) {
            return list.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }
}
