package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancellation reaches every phase of a read: unpacking and the shared strings, the sheet, text decoding, the .xls
 * records and the recognition of questions after parsing. A first read records in which phase each cancellation
 * check runs; then a read is cancelled at the first check of each phase and must stop with {@code io.cancelled}.
 * An interrupt of the reading thread stops it too.
 */
class CancelPhasesTest {
    private static final List<String> PHASES = List.of("SharedStringsReader", "SheetScanner", "SheetParser", "StylesReader",
            "WorkbookParts", "XlsxTableReader", "DecodingReader", "CsvTableReader", "XlsTableReader",
            "QuestionRecognizer", "SurveyReader");

    @TempDir
    static Path dir;
    static Path xlsx;
    static Path csv;
    static Path xls;

    @BeforeAll
    static void files() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"ID", "Sex", "Age", "Q1", "Q2", "Q3", "Comment"});
        for (int i = 0; i < 3000; i++) {
            rows.add(new Object[] {i + 1, i % 2 == 0 ? "F" : "M", 20 + i % 50, "a" + i % 5, "b" + i % 4,
                "c" + i % 3, "comment number " + i});
        }
        xlsx = Fixtures.sheet(dir.resolve("big.xlsx"), "data", rows);
        StringBuilder text = new StringBuilder("ID,Sex,Age,Q1,Comment\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(i % 2 == 0 ? ",F," : ",M,").append(20 + i % 50).append(",a").append(i % 5)
                    .append(",\"comment, number ").append(i).append("\"\n");
        }
        csv = Files.writeString(dir.resolve("big.csv"), text, StandardCharsets.UTF_8);
        xls = dir.resolve("big.xls");
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            var sheet = wb.createSheet("data");
            for (int r = 0; r < 3000; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "Sex" : r % 2 == 0 ? "F" : "M");
                row.createCell(1).setCellValue(r == 0 ? "Comment" : "comment " + r);
            }
            wb.write(out);
        }
        // load the reader's classes once, so that the timed interrupts measure reading, not class loading
        SurveyReader.read(xlsx);
        SurveyReader.read(csv);
        SurveyReader.read(xls);
    }

    /** The phase a check runs in: the innermost reader class on the stack. */
    static String phase() {
        return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(c -> c.startsWith("com.surveypivot.io."))
                .map(c -> c.substring("com.surveypivot.io.".length()).replaceAll("\\$.*", ""))
                .filter(PHASES::contains).findFirst().orElse("?"));
    }

    /** Checks cancellation at the first check in {@code phase} (null: never), recording the phases seen. */
    static final class Canceller implements ReadProgress {
        final String at;
        final Set<String> seen = new LinkedHashSet<>();
        volatile boolean cancelled;
        long lastCheck = System.nanoTime();
        long longestGap;

        Canceller(String at) {
            this.at = at;
        }

        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            long now = System.nanoTime();
            longestGap = Math.max(longestGap, now - lastCheck);
            lastCheck = now;
            String phase = phase();
            seen.add(phase);
            if (phase.equals(at)) {
                cancelled = true;
            }
            return cancelled;
        }
    }

    private static void cancelsInEveryPhase(Path file, Set<String> expected) throws Exception {
        Canceller recorder = new Canceller(null);
        SurveyReader.read(file, ReadOptions.defaults(), recorder);
        assertTrue(recorder.seen.containsAll(expected), file.getFileName() + ": checks in " + recorder.seen);
        assertTrue(recorder.longestGap < 2_000_000_000L, "longest time between checks: "
                + recorder.longestGap / 1_000_000 + " ms");
        for (String phase : recorder.seen) {
            Canceller cancel = new Canceller(phase);
            SurveyReadException e = assertThrows(SurveyReadException.class,
                    () -> SurveyReader.read(file, ReadOptions.defaults(), cancel), phase);
            assertTrue(e.isCancelled(), phase + ": " + e.getMessage());
            assertEquals(phase, cancel.seen.stream().reduce((a, b) -> b).orElse(""), "stopped in " + phase);
        }
    }

    @Test
    void xlsxPhases() throws Exception {
        cancelsInEveryPhase(xlsx, Set.of("SharedStringsReader", "SheetScanner", "XlsxTableReader",
                "QuestionRecognizer", "SurveyReader"));
    }

    @Test
    void csvPhases() throws Exception {
        cancelsInEveryPhase(csv, Set.of("DecodingReader", "CsvTableReader", "QuestionRecognizer"));
    }

    @Test
    void xlsPhases() throws Exception {
        cancelsInEveryPhase(xls, Set.of("XlsTableReader", "QuestionRecognizer"));
    }

    @Test
    void anInterruptStopsTheReadWithinASecond() throws Exception {
        for (Path file : List.of(xlsx, csv, xls)) {
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            AtomicBoolean started = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                try {
                    SurveyReader.read(file, ReadOptions.defaults(), new ReadProgress() {
                        @Override
                        public void progress(double fraction) {
                            started.set(true);
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
                } catch (Throwable e) {
                    outcome.set(e);
                }
            });
            reader.start();
            while (!started.get() && reader.isAlive()) {
                Thread.onSpinWait();
            }
            reader.interrupt();
            reader.join(1000);
            assertTrue(!reader.isAlive(), file + " still reading a second after the interrupt");
            assertTrue(outcome.get() == null || outcome.get() instanceof SurveyReadException e && e.isCancelled(),
                    String.valueOf(outcome.get()));
        }
    }
}
