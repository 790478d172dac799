package com.surveypivot.io;

import com.surveypivot.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What a read forgave, to be told to the user once the file is open: cells whose text had bytes that are no valid
 * text (with the first few line numbers), date and number cells out of range (left blank), a quoted field that
 * never ends at the end of a text file. The technical side goes to the {@link DiagnosticLog}.
 */
final class ReadWarnings {
    /** How many line numbers a warning lists. */
    static final int LINES_SHOWN = 5;

    private final String file;
    private long badCells;
    private final TreeSet<Long> badLines = new TreeSet<>();
    private String encoding;
    private long outOfRange;
    private long unclosedQuoteLine = -1;
    private long linesLost;

    ReadWarnings(String file) {
        this.file = ReadText.content(file);
    }

    /** A cell on {@code line} held bytes that are not valid text in {@code charset} (shown as U+FFFD). */
    void badBytes(long line, String charset) {
        badCells++;
        encoding = charset;
        if (badLines.size() < LINES_SHOWN + 1) {
            badLines.add(line);
        }
    }

    long badCells() {
        return badCells;
    }

    /** A date or number cell out of range, left blank. */
    void outOfRange() {
        outOfRange++;
    }

    long outOfRangeCells() {
        return outOfRange;
    }

    /** A quoted field opened on {@code line} ran to the end of the file; {@code lost} lines were not read. */
    void unclosedQuote(long line, long lost) {
        unclosedQuoteLine = line;
        linesLost = lost;
    }

    /** The warnings, one translated line each. */
    List<LocalizedText> messages() {
        List<LocalizedText> list = new ArrayList<>();
        if (badCells > 0) {
            StringBuilder lines = new StringBuilder();
            int shown = 0;
            for (long line : badLines) {
                if (shown == LINES_SHOWN) {
                    lines.append(", …");
                    break;
                }
                lines.append(shown++ == 0 ? "" : ", ").append(line);
            }
            list.add(new LocalizedText("read.warning.badBytes", file, badCells, encoding, lines.toString()));
        }
        if (outOfRange > 0) {
            list.add(new LocalizedText("read.warning.outOfRange", file, outOfRange));
        }
        if (unclosedQuoteLine > 0) {
            list.add(new LocalizedText("read.warning.unclosedQuote", file, unclosedQuoteLine, linesLost));
        }
        return list;
    }

    /** Hands the warnings to {@code progress} and writes them to the log. */
    void deliver(ReadProgress progress) {
        for (LocalizedText message : messages()) {
            DiagnosticLog.warning(file, message.in(Locale.ENGLISH));
            progress.warning(message);
        }
    }
}
