package com.surveypivot.export;

/**
 * Survey text as exports write it: text that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading apostrophe, so that no spreadsheet opening the file runs it as a formula (OWASP's
 * advice against CSV injection). Used for every label, title and note in csv, xlsx and pptx files.
 */
public final class SafeText {
    private SafeText() {
    }

    /** The text, with an apostrophe in front when a spreadsheet could take it for a formula; "" for null. */
    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return risky(text.charAt(0)) ? "'" + text : text;
    }

    /** Whether a text starting with this character could be run as a formula. */
    static boolean risky(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
