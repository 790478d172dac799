package com.surveypivot.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image files are written whole or not at all: a temporary file beside the target, then one move over it. */
class ImageFileWriterTest {

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chart.svg");
        Files.writeString(file, "the old chart");
        ExportException failure = assertThrows(ExportException.class, () -> ImageFileWriter.write(file, out -> {
            out.write("half a new ch".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertTrue(failure.getMessage().contains("disk full"), failure.getMessage());
        assertEquals("the old chart", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void svgTextIsEscapedAndNumbersArePlain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/chart.svg");
        SvgExport.write(100, 50.5, List.of(
                new SvgShape.Rect(0, 0, 100, 50.5, "#FFFFFF", null, 0, 1),
                new SvgShape.Text(1.005, 20, "A&B <\"Q1\"> 全体\u0001", "IPAexGothic", 11.5, false, "#222222", null, 0,
                        1)), "t", file);
        String svg = Files.readString(file);
        assertTrue(svg.contains(">A&amp;B &lt;&quot;Q1&quot;&gt; 全体</text>"), svg);
        assertTrue(svg.contains("height=\"50.5\""), svg);
        assertTrue(svg.contains("font-family=\"'IPAexGothic', "), svg);
        assertEquals("0.1", SvgExport.n(0.1));
        assertEquals("-3", SvgExport.n(-3.0));
        assertEquals("1234567", SvgExport.n(1234567.0));
    }
}
