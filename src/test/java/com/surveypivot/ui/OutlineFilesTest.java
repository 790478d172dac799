package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** File names made from report entries' names stay inside the chosen folder, legal on every system, and unique. */
class OutlineFilesTest {

    @Test
    void namesLoseSeparatorsReservedAndControlCharactersAndStayInTheFolder() {
        assertEquals("Q2_部門間の業務連携状況_×_Q1", OutlineFiles.safe("Q2 部門間の業務連携状況 × Q1"));
        assertEquals("etc_passwd", OutlineFiles.safe("../../etc/passwd"));
        assertEquals("a_b_c_d_e", OutlineFiles.safe("a/b\\c:d*?\"<>|e"));
        assertEquals("=SUM(A1)", OutlineFiles.safe("=SUM(A1)"));
        assertEquals("x_y", OutlineFiles.safe("x\u0000\ty\r\n"));
        assertEquals("entry", OutlineFiles.safe("  ...  "));
        assertEquals(OutlineFiles.MAX_NAME, OutlineFiles.safe("あ".repeat(500)).length());
        Path folder = Path.of("/tmp/out");
        for (String hostile : new String[] {"..", "../x", "/abs", "C:\\x", "a/../../b"}) {
            Path file = folder.resolve(OutlineFiles.name(hostile, "png")).normalize();
            assertEquals(folder, file.getParent(), hostile);
        }
    }

    @Test
    void numberedNamesKeepTheReportOrderAndNeverRepeat() {
        Set<String> used = new HashSet<>();
        assertEquals("01_Q2.png", OutlineFiles.numbered(1, "Q2", "png", used));
        assertEquals("01_Q2_2.png", OutlineFiles.numbered(1, "Q2", "png", used));
        assertEquals("02_q2.png", OutlineFiles.numbered(2, "q2", "png", used));
        assertTrue(used.contains("01_q2.png"), "compared without case (Windows, macOS)");
    }
}
