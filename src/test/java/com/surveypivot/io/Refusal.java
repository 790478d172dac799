package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Reads a bad file and checks the refusal (tests only): one of the expected keys, one short line in English and
 * Japanese, no Java exception text, and nothing left behind. */
final class Refusal {
    private Refusal() {
    }

    static SurveyReadException refused(Path file, String... keys) throws Exception {
        LeftBehind before = LeftBehind.before(file);
        SurveyReadException e = assertThrows(SurveyReadException.class,
                () -> SurveyReader.read(file, ReadOptions.defaults(), ReadProgress.NONE));
        assertTrue(Set.of(keys).contains(e.key()), "key " + e.key() + ": " + e.getMessage());
        oneClearLine(e);
        before.assertNothingLeft();
        return e;
    }

    static void oneClearLine(SurveyReadException e) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            String text = e.message(locale);
            assertFalse(text.contains("\n") || text.contains("\r"), text);
            assertNotEquals(e.key(), text, "missing " + locale + " text for " + e.key());
            assertTrue(text.length() < 300, "too long for one line: " + text);
            assertFalse(text.matches("(?s).*\\b(java|org)\\.[a-z]+\\..*"), "a Java class name in: " + text);
            assertFalse(text.contains("Exception"), "exception text in: " + text);
        }
        assertNotEquals(e.message(Locale.ENGLISH), e.message(Locale.JAPANESE), "not translated: " + e.key());
        assertTrue(e.getMessage().equals(e.message(Locale.ENGLISH)), e.getMessage());
    }
}
