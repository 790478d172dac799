package com.surveypivot.io;

/**
 * Makes text from a file safe to show in a one-line message: control characters (NUL, line breaks, tabs, escape
 * sequences) become spaces, runs of spaces become one, and a long text keeps its start and end around "…".
 */
final class ReadText {
    /** The most characters of file content a message may carry. */
    static final int MAX_CONTENT = 60;

    private ReadText() {
    }

    /** {@code args} with every text made safe (other values, such as numbers and translated parts, as they are). */
    static Object[] safeArgs(Object... args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] safe = args.clone();
        for (int i = 0; i < safe.length; i++) {
            if (safe[i] instanceof CharSequence || safe[i] instanceof java.nio.file.Path) {
                safe[i] = content(safe[i].toString());
            }
        }
        return safe;
    }

    /** A text from the file, at most {@link #MAX_CONTENT} characters, on one line, without control characters. */
    static String content(String text) {
        return line(text, MAX_CONTENT);
    }

    /** {@code text} on one line with no control characters, shortened in the middle to at most {@code max}. */
    static String line(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max + 16));
        boolean space = false;
        int limit = Math.min(text.length(), 4 * max + 64);
        for (int i = 0; i < limit; i++) {
            char ch = text.charAt(i);
            boolean blank = Character.isWhitespace(ch) || Character.isISOControl(ch) || ch == '\u2028'
                    || ch == '\u2029' || ch == '\uFEFF' || Character.getType(ch) == Character.FORMAT;
            if (blank) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(ch);
            }
        }
        if (limit < text.length()) {
            // the tail of a very long text: cleaned the same way
            String tail = line(text.substring(text.length() - max), max);
            sb.append(" … ").append(tail);
        }
        if (sb.length() <= max) {
            return sb.toString();
        }
        int head = (max - 1) * 2 / 3;
        int tail = max - 1 - head;
        int start = sb.length() - tail;
        if (Character.isLowSurrogate(sb.charAt(start))) {
            start++;
        }
        int end = head;
        if (end > 0 && Character.isHighSurrogate(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(0, end) + "…" + sb.substring(start);
    }
}
