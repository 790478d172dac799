package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.i18n.LocalizedText;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The project's rule for a refusal (tests only): one line in English and Japanese, under 300 characters, naming the
 * file, no Java class names or exception words, no control characters, and no more than 80 characters of one run
 * of file content (checked as: no character repeated more than 80 times in a row, the generated files' padding).
 */
final class MessageRule {
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|org|com|sun|jdk)\\.[a-z]\\w*\\.");
    private static final Pattern TECHNICAL = Pattern.compile(
            "Exception|Error:|\\bat [a-z]\\w*\\.|StackOverflow|OutOfBounds|\\$[A-Z]|Index \\d+ out of bounds");

    private MessageRule() {
    }

    /** Checks a refusal of the file named {@code fileName}. */
    static void check(SurveyReadException e, String fileName) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            String text = e.message(locale);
            checkLine(text, e.key());
            if (!e.isCancelled() && fileName != null) {
                assertTrue(text.contains(ReadText.content(fileName)), "the file is not named in: " + text);
            }
        }
        assertNotEquals(e.message(Locale.ENGLISH), e.message(Locale.JAPANESE), "not translated: " + e.key());
    }

    /** Checks a warning line. */
    static void check(LocalizedText warning) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            checkLine(warning.in(locale), warning.key());
        }
    }

    static void checkLine(String text, String key) {
        assertFalse(text.equals(key) || text.isBlank(), "no text for " + key);
        assertTrue(text.length() < 300, "too long (" + text.length() + "): " + text.substring(0, Math.min(120, text.length())));
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            assertFalse(Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029',
                    "control character " + (int) ch + " in: " + text);
        }
        assertFalse(CLASS_NAME.matcher(text).find(), "a class name in: " + text);
        assertFalse(TECHNICAL.matcher(text).find(), "technical text in: " + text);
        int run = 1;
        for (int i = 1; i < text.length(); i++) {
            run = text.charAt(i) == text.charAt(i - 1) ? run + 1 : 1;
            assertTrue(run <= 80, "more than 80 characters of file content in: " + text);
        }
    }
}
