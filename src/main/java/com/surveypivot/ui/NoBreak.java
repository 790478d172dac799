package com.surveypivot.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps statistics such as "p=0.032", "p<0.001" and "n=120" on one line when a note wraps. JavaFX wraps text where
 * {@link java.text.BreakIterator}'s line rules allow, and those allow a break after the decimal point ("p=0." |
 * "032"), notably in Japanese sentences. A zero-width no-break space (U+FEFF) on each side of the point removes
 * that opportunity and draws nothing. Only for display: copied and saved notes keep their plain text.
 */
final class NoBreak {
    /** A statistic: a short name, = or <, a number; linear (no nested repetition). */
    private static final Pattern STATISTIC = Pattern.compile("\\b([pnz] ?[=<>] ?\\d{1,9})\\.(\\d{1,9})");
    private static final String GLUE = "\uFEFF";

    private NoBreak() {
    }

    static String statistics(String text) {
        if (text == null || text.indexOf('.') < 0) {
            return text;
        }
        Matcher m = STATISTIC.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + GLUE + "." + GLUE + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
