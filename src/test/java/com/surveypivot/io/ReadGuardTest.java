package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.i18n.LocalizedText;
import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/**
 * No Error escapes a read: a StackOverflowError or another Error from a parser becomes the translated "damaged"
 * message, an OutOfMemoryError the memory message, an interrupt the cancelled one; and every message key of a
 * refusal keeps the rule with hostile arguments (100,000 characters, NUL, line breaks, escapes).
 */
class ReadGuardTest {
    private static SurveyReadException failing(Throwable t) {
        return assertThrows(SurveyReadException.class, () -> ReadGuard.run("survey.xlsx", ReadProgress.NONE,
                "io.error.corrupt", () -> {
                    if (t instanceof IOException io) {
                        throw io;
                    }
                    if (t instanceof RuntimeException re) {
                        throw re;
                    }
                    throw (Error) t;
                }));
    }

    @Test
    void aStackOverflowIsADamagedFile() {
        SurveyReadException e = failing(new StackOverflowError());
        assertEquals("io.error.corrupt", e.key());
        assertEquals("The workbook survey.xlsx is damaged and cannot be read (XML elements nested too deeply).",
                e.getMessage());
        MessageRule.check(e, "survey.xlsx");
    }

    @Test
    void otherErrorsAndInternalIndexErrorsAreADamagedFileWithoutTheirText() {
        for (Throwable t : new Throwable[] {new InternalError("boom"), new AssertionError("x"),
            new ArrayIndexOutOfBoundsException("Index 113 out of bounds for length 71"),
            new IllegalStateException("org.apache.poi.hssf.record.RecordFormatException: \u0000\u0000 bad"),
            new NullPointerException()}) {
            SurveyReadException e = failing(t);
            assertEquals("io.error.corrupt", e.key());
            assertTrue(e.getMessage().endsWith("(its internal structure is inconsistent)."), e.getMessage());
            MessageRule.check(e, "survey.xlsx");
        }
    }

    @Test
    void ioAndZipFailuresSayWhatIsWrongInUserWords() {
        assertTrue(failing(new ZipException("invalid stored block lengths")).getMessage()
                .contains("the package is cut off or damaged"));
        assertTrue(failing(new IOException(new XMLStreamException("ParseError at [row,col]:[1,2]")))
                .getMessage().contains("invalid XML"));
        assertTrue(failing(new IOException("Permission denied")).getMessage()
                .contains("could not be read from the disk"));
    }

    @Test
    void outOfMemoryKeepsItsOwnMessage() {
        SurveyReadException e = failing(new OutOfMemoryError("Java heap space"));
        assertEquals("read.error.memory", e.key());
        assertTrue(e.getMessage().startsWith("Not enough memory to read survey.xlsx"), e.getMessage());
        MessageRule.check(e, "survey.xlsx");
    }

    @Test
    void anInterruptedReadIsCancelledNotDamaged() {
        SurveyReadException e = assertThrows(SurveyReadException.class, () -> ReadGuard.run("a.csv",
                ReadProgress.NONE, "io.error.unreadable", () -> {
                    Thread.currentThread().interrupt();
                    throw new java.nio.channels.ClosedByInterruptException();
                }));
        assertTrue(Thread.interrupted(), "the interrupt stays set for the caller");
        assertTrue(e.isCancelled(), e.getMessage());
    }

    /** Every refusal key of the io and read bundles, with hostile arguments, keeps the rule. */
    @Test
    void everyMessageClassKeepsTheRule() throws Exception {
        String hostile = "\u0000\u001b[2J" + "x".repeat(100_000) + "\r\n\t\u2028end";
        int checked = 0;
        for (String bundle : new String[] {"io", "read"}) {
            Properties keys = new Properties();
            try (var in = getClass().getResourceAsStream("/com/surveypivot/i18n/" + bundle + ".properties")) {
                keys.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : keys.stringPropertyNames()) {
                if (key.startsWith("read.detail") || key.startsWith("read.warning") || key.equals("read.inFile")) {
                    continue;
                }
                SurveyReadException e = new SurveyReadException(new IOException("org.apache.poi.Foo: Exception"), key, hostile, hostile,
                        hostile, new LocalizedText("read.detail.xmlLine", hostile, 3)).inFile("名前" + hostile + ".xlsx");
                String name = ReadText.content("名前" + hostile + ".xlsx");
                if (!e.isCancelled()) {
                    assertTrue(e.getMessage().contains(name), key + ": " + e.getMessage());
                }
                MessageRule.check(e, e.isCancelled() ? null : "名前" + hostile + ".xlsx");
                checked++;
            }
        }
        assertTrue(checked >= 18, "keys checked: " + checked);
        String file = ReadText.content(hostile);
        MessageRule.check(new LocalizedText("read.warning.badBytes", file, 12_345_678L, "windows-31j",
                "1, 2, 3, 4, 5, …"));
        MessageRule.check(new LocalizedText("read.warning.outOfRange", file, 12_345_678L));
        MessageRule.check(new LocalizedText("read.warning.unclosedQuote", file, 12_345_678L, 20));
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            assertFalse(new SurveyReadException("io.error.noData", hostile).inFile("a.csv").message(locale)
                    .contains("\u0000"));
        }
    }
}
