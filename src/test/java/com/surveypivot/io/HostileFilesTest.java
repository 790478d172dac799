package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.i18n.LocalizedText;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's regression files (made by {@link HostileFiles}): each is read within 10 s and either opens, with the
 * warnings it deserves, or is refused with a line that keeps {@link MessageRule}; the file is closed; a
 * cancelled read of each returns within a second.
 */
class HostileFilesTest {
    @TempDir
    static Path dir;
    static HostileFiles files;
    static Map<String, Path> all;

    @BeforeAll
    static void generate() throws Exception {
        files = new HostileFiles(dir);
        all = files.all();
        // load the reader's classes once, so that the timed cancellations measure reading, not class loading
        SurveyReader.read(files.plain());
        SurveyReader.read(all.get("UTF-8 CSV with a stray byte"));
    }

    /** A read that collects warnings. */
    record Read(Survey survey, SurveyReadException refusal, List<LocalizedText> warnings) {
    }

    static Read read(Path file, ReadOptions options) throws Exception {
        List<LocalizedText> warnings = new ArrayList<>();
        ReadProgress progress = ReadProgress.collectingWarnings(warnings);
        Read read = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                return new Read(SurveyReader.read(file, options, progress), null, warnings);
            } catch (SurveyReadException e) {
                return new Read(null, e, warnings);
            }
        }, file.getFileName().toString());
        assertNothingLeft(file);
        if (read.refusal() != null) {
            MessageRule.check(read.refusal(), file.getFileName().toString());
        }
        warnings.forEach(MessageRule::check);
        return read;
    }

    /** The input is closed and no read-ahead thread runs on (temp files are checked by {@link BadInputTest}: other
     * test JVMs on this machine make their own in the shared temp folder). */
    static void assertNothingLeft(Path file) throws Exception {
        assertTrue(!LeftBehind.isOpen(file), "left open: " + file.getFileName());
        for (int wait = 0; wait < 40 && readAheadThreads() > 0; wait++) {
            Thread.sleep(25);
        }
        assertEquals(0, readAheadThreads(), "read-ahead threads left running");
    }

    static long readAheadThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("surveypivot-read-ahead")).count();
    }

    static Read read(String name) throws Exception {
        return read(all.get(name), ReadOptions.defaults());
    }

    private static Question question(Survey s, String id) {
        return s.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no question " + id + " in " + s.questions().stream().map(Question::id).toList()));
    }

    @Test
    void partsTheAppDoesNotNeedAreNeverParsed() throws Exception {
        for (String name : List.of("core properties nested 30 deep", "core properties nested 5000 deep",
                "app properties nested 5000 deep", "styles nested 5000 deep")) {
            Read read = read(name);
            assertTrue(read.survey() != null, name + ": " + read.refusal());
            assertEquals(40, read.survey().respondents(), name);
        }
    }

    @Test
    void deepNestingInAPartTheAppReadsIsRefusedAsDamaged() throws Exception {
        for (String name : List.of("sheet nested 5000 deep", "shared strings nested 5000 deep",
                "workbook nested 5000 deep", "content types nested 5000 deep")) {
            Read read = read(name);
            assertTrue(read.refusal() != null, name + " was opened");
            String en = read.refusal().getMessage();
            assertTrue(en.contains("nested more than " + BoundedXml.MAX_DEPTH + " levels"), name + ": " + en);
            assertTrue(read.refusal().message(Locale.JAPANESE).contains("入れ子"), name);
        }
    }

    @Test
    void longDigitHeaderAndLongEmailLikeAnswerOpen() throws Exception {
        Read digits = read("header of 20,000 digits");
        assertEquals(30, digits.survey().respondents());
        Read email = read("e-mail-like answer of 100,000 characters");
        assertEquals(31, email.survey().respondents());
        assertTrue(email.survey().questions().stream().noneMatch(q -> q.id().equals("Contact")),
                "the e-mail column is personal data and stays out");
    }

    @Test
    void aHugeDateCellIsLeftBlankWithAWarning() throws Exception {
        Read read = read("huge date cell");
        assertEquals(40, read.survey().respondents());
        assertEquals(1, read.warnings().size(), read.warnings().toString());
        assertEquals("read.warning.outOfRange", read.warnings().get(0).key());
        assertTrue(read.warnings().get(0).in(Locale.ENGLISH).contains(": 1 date or number cells"),
                read.warnings().get(0).in(Locale.ENGLISH));
        Question visited = question(read.survey(), "Visited");
        double[] days = visited.numbers();
        long answered = java.util.Arrays.stream(days).filter(d -> !Double.isNaN(d)).count();
        assertEquals(39, answered, visited.type() + " " + visited.answered().count());
    }

    @Test
    void aStrayByteInAUtf8OrWindows31jCsvOpensWithAWarning() throws Exception {
        for (String name : List.of("UTF-8 CSV with a stray byte", "Windows-31J CSV with a stray byte")) {
            Read read = read(name);
            assertTrue(read.survey() != null, name + ": " + read.refusal());
            assertEquals(40, read.survey().respondents());
            Question sex = question(read.survey(), "性別");
            assertEquals(List.of("女性", "男性"), sex.categories(), name);
            assertEquals(1, read.warnings().size(), name);
            String warning = read.warnings().get(0).in(Locale.ENGLISH);
            assertTrue(warning.contains("1 cells had bytes") && warning.contains("(lines 6)"), warning);
            assertTrue(warning.contains(name.startsWith("UTF") ? "UTF-8" : "windows-31j"), warning);
        }
    }

    @Test
    void aQuotedFieldCutOffAtTheEndReadsWhatPrecedesIt() throws Exception {
        Read read = read("quoted field cut off at the end");
        assertEquals(30, read.survey().respondents());
        assertEquals("read.warning.unclosedQuote", read.warnings().get(0).key());
        assertTrue(read.warnings().get(0).in(Locale.ENGLISH).contains("opened at line 32 never ends"),
                read.warnings().get(0).in(Locale.ENGLISH));
        Read early = read("quoted field that never ends early on");
        assertEquals("io.error.unreadable", early.refusal().key());
        assertTrue(early.refusal().getMessage().contains("a quoted field that never ends at line 3"),
                early.refusal().getMessage());
    }

    @Test
    void hundredThousandCharacterSheetNamesNeverReachAMessageWhole() throws Exception {
        Path file = all.get("sheet names of 100,000 characters");
        Read read = read(file, ReadOptions.defaults().withSheet("nosuch"));
        assertEquals("io.error.unknownSheet", read.refusal().key());
        assertTrue(read(file, ReadOptions.defaults()).survey() != null);
    }

    @Test
    void aPackageCutOffInItsDirectoryOpensAndOneCutInAnEntryIsRefused() throws Exception {
        Read directory = read("xlsx cut off in its zip directory");
        assertEquals(40, directory.survey().respondents());
        assertEquals(List.of("F", "M"), question(directory.survey(), "Sex").categories());
        Read entry = read("xlsx cut off in its last entry");
        assertTrue(entry.refusal() != null, "a package missing part of its data must not open");
        assertEquals("io.error.corrupt", entry.refusal().key());
        assertTrue(entry.refusal().getMessage().contains("the package is cut off or damaged"),
                entry.refusal().getMessage());
    }

    @Test
    void damagedXlsSaysSoWithoutPoisInternalsOrNulBytes() throws Exception {
        Read index = read(".xls with a shared-string index out of bounds");
        assertEquals("io.error.corrupt", index.refusal().key());
        assertEquals("The workbook index.xls is damaged and cannot be read (its internal structure is inconsistent).",
                index.refusal().getMessage());
        Path nul = all.get(".xls with NUL bytes in the sheet name");
        Read named = read(nul, ReadOptions.defaults().withSheet("nosuch"));
        assertEquals("io.error.unknownSheet", named.refusal().key());
        assertEquals("nul.xls: No sheet named nosuch; the sheets are: d a.", named.refusal().getMessage());
    }

    @Test
    void aCancelledReadOfEachHostileFileReturnsWithinASecond() throws Exception {
        for (Map.Entry<String, Path> entry : all.entrySet()) {
            AtomicBoolean cancel = new AtomicBoolean();
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try {
                    SurveyReader.read(entry.getValue(), ReadOptions.defaults(), new ReadProgress() {
                        @Override
                        public void progress(double fraction) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return cancel.get();
                        }
                    });
                } catch (Throwable e) {
                    outcome.set(e);
                }
            });
            reader.start();
            cancel.set(true);
            long start = System.nanoTime();
            reader.join(1000);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(!reader.isAlive(), entry.getKey() + ": still reading " + millis + " ms after cancel");
            Throwable t = outcome.get();
            assertTrue(t == null || t instanceof SurveyReadException, entry.getKey() + ": " + t);
        }
    }

    @Test
    void everyRefusalNamesTheFileAndTheCauseIsLogged() throws Exception {
        Read read = read("sheet nested 5000 deep");
        assertTrue(read.refusal().getMessage().contains("sheet5000.xlsx"), read.refusal().getMessage());
        DiagnosticLog.flush();
        Path log = DiagnosticLog.folder();
        try (var list = java.nio.file.Files.list(log)) {
            String all = list.filter(p -> p.getFileName().toString().endsWith(".log")).map(p -> {
                try {
                    return java.nio.file.Files.readString(p);
                } catch (java.io.IOException e) {
                    return "";
                }
            }).reduce("", String::concat);
            assertTrue(all.contains("Could not read sheet5000.xlsx") && all.contains("LimitException"),
                    "the log holds the technical cause");
        }
        assertThrows(SurveyReadException.class, () -> SurveyReader.read(all.get("workbook nested 5000 deep")));
    }
}
