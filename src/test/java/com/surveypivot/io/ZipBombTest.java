package com.surveypivot.io;

import static com.surveypivot.io.Refusal.refused;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, zip bombs: an .xlsx whose sheet or shared strings inflate to 2 GB from a few MB is refused within 30 s
 * and a few hundred MB of heap, with one clear line, leaving nothing behind. The bombs are written by streaming a
 * generator through {@link ZipOutputStream}, never held in memory. A sheet that names cells beyond Excel's limits
 * (which would make the reader allocate for billions of columns) is refused too.
 */
class ZipBombTest {
    private static final long TWO_GB = 2L << 30;
    private static final long HEAP_BUDGET = 400L << 20;

    @TempDir
    static Path dir;
    static Path plain;

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    @BeforeAll
    static void plainWorkbook() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Sex", "Age"});
        for (int i = 0; i < 50; i++) {
            rows.add(new Object[] {i % 2 == 0 ? "F" : "M", 20 + i});
        }
        plain = Fixtures.sheet(dir.resolve("plain.xlsx"), "data", rows);
    }

    /** {@code plain} with the entry {@code name} replaced by what {@code body} writes (deflated, level 1). */
    static Path replaced(String fileName, String name, Body body) throws IOException {
        return replaced(plain, dir.resolve(fileName), name, body);
    }

    /** {@code source} copied to {@code target} with the entry {@code name} replaced by what {@code body} writes
     * (streamed through a level-1 deflater, never held in memory). */
    static Path replaced(Path source, Path target, String name, Body body) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target),
                        1 << 16))) {
            out.setLevel(Deflater.BEST_SPEED);
            boolean found = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    body.write(out);
                    found = true;
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            assertTrue(found, name);
        }
        return target;
    }

    static void repeat(OutputStream out, byte fill, long bytes) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, fill);
        repeat(out, chunk, bytes);
    }

    static void repeat(OutputStream out, byte[] unit, long bytes) throws IOException {
        byte[] chunk = new byte[(1 << 20) / unit.length * unit.length];
        for (int i = 0; i < chunk.length; i += unit.length) {
            System.arraycopy(unit, 0, chunk, i, unit.length);
        }
        for (long written = 0; written < bytes; written += chunk.length) {
            out.write(chunk);
        }
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    static final String SHEET_HEAD_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Sex</t></is></c></row>";
    static final String SHEET_TAIL = "</sheetData></worksheet>";

    /** Refused within 30 s and the heap budget, one clear line, nothing left behind. */
    private static SurveyReadException refusedBounded(Path bomb, String... keys) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            System.gc();
            long before = usedHeap();
            resetPeaks();
            SurveyReadException e = refused(bomb, keys);
            long peak = peakHeap();
            assertTrue(peak - before < HEAP_BUDGET, "heap grew by " + ((peak - before) >> 20) + " MB");
            return e;
        });
    }

    @Test
    void sheetOfTwoGigabytesOfWhitespace() throws Exception {
        Path bomb = replaced("whitespace.xlsx", "xl/worksheets/sheet1.xml", out -> {
            write(out, SHEET_HEAD);
            repeat(out, (byte) ' ', TWO_GB);
            write(out, SHEET_TAIL);
        });
        assertTrue(Files.size(bomb) < 20L << 20, "bomb size " + Files.size(bomb));
        refusedBounded(bomb, "io.error.zipBomb");
    }

    @Test
    void sheetOfTwoGigabytesOfRows() throws Exception {
        Path bomb = replaced("rows.xlsx", "xl/worksheets/sheet1.xml", out -> {
            write(out, SHEET_HEAD);
            repeat(out, "<row><c t=\"inlineStr\"><is><t>F</t></is></c></row>".getBytes(StandardCharsets.UTF_8),
                    TWO_GB);
            write(out, SHEET_TAIL);
        });
        assertTrue(Files.size(bomb) < 20L << 20, "bomb size " + Files.size(bomb));
        refusedBounded(bomb, "io.error.zipBomb");
    }

    @Test
    void sharedStringOfTwoGigabytes() throws Exception {
        Path bomb = replaced("sst.xlsx", "xl/sharedStrings.xml", out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>");
            repeat(out, (byte) 'A', TWO_GB);
            write(out, "</t></si></sst>");
        });
        refusedBounded(bomb, "io.error.zipBomb");
    }

    @Test
    void manySharedStrings() throws Exception {
        Path bomb = replaced("sst-many.xlsx", "xl/sharedStrings.xml", out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><si><t>Sex</t></si><si><t>F</t></si><si><t>M</t></si>");
            repeat(out, "<si><t>F</t></si>".getBytes(StandardCharsets.UTF_8), TWO_GB);
            write(out, "</sst>");
        });
        refusedBounded(bomb, "io.error.zipBomb");
    }

    @Test
    void cellsBeyondExcelsLastColumn() throws Exception {
        // a few bytes that name column ZZZZZZ (about 321 million) and row 2,000,000,000
        Path far = replaced("far.xlsx", "xl/worksheets/sheet1.xml", out -> {
            write(out, SHEET_HEAD);
            write(out, "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>F</t></is></c>"
                    + "<c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>F</t></is></c></row>");
            write(out, SHEET_TAIL);
        });
        refusedBounded(far, "io.error.tooLarge");
        Path deep = replaced("deep.xlsx", "xl/worksheets/sheet1.xml", out -> {
            write(out, SHEET_HEAD);
            write(out, "<row r=\"2000000000\"><c r=\"A2000000000\" t=\"inlineStr\"><is><t>F</t></is></c></row>");
            write(out, SHEET_TAIL);
        });
        refusedBounded(deep, "io.error.tooLarge");
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset (an upper bound of the peak heap use). */
    static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
