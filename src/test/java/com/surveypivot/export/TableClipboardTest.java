package com.surveypivot.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The grid's clipboard forms of a small hand-written table. */
class TableClipboardTest {
    private static TextTable table() {
        return new TextTable("Q2 × Q1", List.of("Q1", "yes", "no", "n"), List.of(
                new TextTable.Row(List.of("Total", "60.0", "40.0", "10"), TextTable.Kind.TOTAL),
                new TextTable.Row(List.of("(A) m", "75.0", "25.0", "4"), TextTable.Kind.VALUES),
                new TextTable.Row(List.of("", "▲ B", "", ""), TextTable.Kind.MARKS),
                new TextTable.Row(List.of("(B) f <x & \"y\">", "50.0", "50.0", "6"), TextTable.Kind.VALUES)),
                List.of("▲/▼ at 95%", ""));
    }

    @Test
    void tsvHasOneLinePerRowAndTabsBetweenCells() {
        String tsv = TableClipboard.tsv(table());
        String[] lines = tsv.split("\n", -1);
        assertEquals("Q2 × Q1", lines[0]);
        assertEquals("Q1\tyes\tno\tn", lines[1]);
        assertEquals("Total\t60.0\t40.0\t10", lines[2]);
        assertEquals("(A) m\t75.0\t25.0\t4", lines[3]);
        assertEquals("\t▲ B\t\t", lines[4]);
        assertEquals("(B) f <x & \"y\">\t50.0\t50.0\t6", lines[5]);
        assertEquals("▲/▼ at 95%", lines[6], "blank notes are left out");
        assertEquals("", lines[7]);
        assertEquals(8, lines.length);
    }

    @Test
    void tabsAndLineBreaksInsideCellsBecomeSpaces() {
        TextTable t = new TextTable("", List.of("a\tb", "c\nd"), List.of(), List.of());
        assertEquals("a b\tc d\n", TableClipboard.tsv(t));
    }

    @Test
    void htmlIsOneTableWithEscapedCellsAndBoldTotals() {
        String html = TableClipboard.html(table());
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<td colspan=\"4\"><b>Q2 × Q1</b></td>"));
        assertTrue(html.contains("<tr><th>Q1</th><th>yes</th><th>no</th><th>n</th></tr>"));
        assertTrue(html.contains("<tr><td><b>Total</b></td><td align=\"right\"><b>60.0</b></td>"));
        assertTrue(html.contains("<td>(B) f &lt;x &amp; &quot;y&quot;&gt;</td>"));
        assertTrue(html.contains("<td align=\"right\"><i>▲ B</i></td>"));
        assertEquals(1, html.split("<table", -1).length - 1);
        assertEquals(7, html.split("<tr>", -1).length - 1, "title, header, four rows, one note");
    }
}
