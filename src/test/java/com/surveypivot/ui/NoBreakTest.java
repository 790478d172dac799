package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Statistics in notes keep together when a line wraps: JavaFX wraps where java.text.BreakIterator's line rules
 * allow, and without the glue those allow "p=0." | "032".
 */
class NoBreakTest {
    private static final Pattern STATISTIC = Pattern.compile("[pn] ?[=<] ?[\\d\uFEFF.]+\\d");

    @Test
    void noLineBreakInsideAStatisticInJapaneseOrEnglish() {
        String ja = "製造はITより高い（62.0% 対 45.1%、p=0.032、n=120.5）。p<0.001でした。";
        int plain = ja.indexOf("p=0.032");
        assertTrue(hasBreakInside(ja, plain, plain + 7), "plain text may break after the point");

        String glued = NoBreak.statistics(ja);
        Matcher m = STATISTIC.matcher(glued);
        int found = 0;
        while (m.find()) {
            found++;
            assertFalse(hasBreakInside(glued, m.start(), m.end()), "no break inside " + m.group());
        }
        assertEquals(3, found);
        assertEquals(ja, glued.replace("\uFEFF", ""), "only invisible glue is added");
        assertEquals("higher (p = 0\uFEFF.\uFEFF012).", NoBreak.statistics("higher (p = 0.012)."));
        assertEquals("62.0%", NoBreak.statistics("62.0%"), "other numbers stay as they are");
    }

    /** Whether the line rules allow a break strictly inside (from, to). */
    private static boolean hasBreakInside(String text, int from, int to) {
        BreakIterator lines = BreakIterator.getLineInstance(Locale.JAPANESE);
        lines.setText(text);
        int b = lines.following(from);
        return b != BreakIterator.DONE && b < to;
    }
}
