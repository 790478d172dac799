package com.surveypivot.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a header says about its column: the question code ({@code Q2} in {@code Q2 部門間の業務連携状況}), the stem
 * shared by a group of columns ({@code Q1} for {@code Q1_1}, {@code Q1[SQ001]}, {@code Q7_Part_1}), the question
 * text, and the option text of a group member ({@code 経営企画} after the colon in {@code Q1_1 担当業務:経営企画}).
 *
 * @param header the header as written
 * @param code   the leading code, or null when the header has none (it is then its own id)
 * @param stem   the group stem, or null when the code has no sub-part
 * @param text   the header without its code (the whole header when it has none)
 * @param stemText the question text of a group member (text before the option), else {@code text}
 * @param option the option text of a group member (after ':' or in a trailing [..]), or null
 */
record HeaderCode(String header, String code, String stem, String text, String stemText, String option) {
    /** The longest code (a longer leading run of letters and digits is text, not a code). */
    static final int MAX_CODE = 24;
    /** Scanned by {@link #codeEnd}, no pattern: the header alone. Possessive: no backtracking on long input. */
    private static final Pattern BARE_CODE = Pattern.compile("^(?:[A-Za-z]{1,6}|問|設問)_?\\d++[A-Za-z0-9_]*+$");
    private static final Pattern SUB = Pattern.compile("^(.*\\p{N}.*?)(?:_Part)?_([A-Za-z]*\\d+[A-Za-z]*)$");
    private static final Pattern BRACKET_SUB = Pattern.compile("^\\[([^\\]]+)\\]");
    /** Characters that end a leading code (besides whitespace and the end; "." and "．" only before a space). */
    private static final String CODE_ENDS = ":：\u3000[(（【「<＞＜";

    static HeaderCode parse(String header) {
        String h = header == null ? "" : header.strip();
        int end = codeEnd(h);
        if (end < 0 || end > MAX_CODE || (end == h.length() && !BARE_CODE.matcher(h).matches())) {
            return new HeaderCode(h, null, null, h, h, null);
        }
        String code = h.substring(0, end);
        String rest = h.substring(end);
        String stem = null;
        Matcher bracket = BRACKET_SUB.matcher(rest);
        if (bracket.find()) {
            stem = code;
            rest = rest.substring(bracket.end());
        } else {
            Matcher sub = SUB.matcher(code);
            if (sub.matches()) {
                stem = sub.group(1);
            }
        }
        String text = trimLead(rest);
        String stemText = text;
        String option = null;
        int colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
        if (colon >= 0 && colon < text.length() - 1) {
            stemText = text.substring(0, colon).strip();
            option = text.substring(colon + 1).strip();
        } else {
            String[] trailing = trailingOption(text);
            if (trailing != null) {
                stemText = trailing[0].strip();
                option = trailing[1].strip();
            } else {
                int dash = text.lastIndexOf(" - ");
                if (dash > 0) {
                    stemText = text.substring(0, dash).strip();
                    option = text.substring(dash + 3).strip();
                }
            }
        }
        if (text.isEmpty()) {
            text = code;
        }
        if (stemText.isEmpty()) {
            stemText = stem != null ? stem : code;
        }
        return new HeaderCode(h, code, stem, text, stemText, option);
    }

    /**
     * The end of the leading code of {@code h}, or -1: a leading run of letters, digits and _ that holds a digit,
     * followed by the end, whitespace, a colon, an opening bracket, or "." / "．" before a space (the pattern
     * {@code ^([\p{L}\p{N}_]*\p{N}[\p{L}\p{N}_]*)(?=$|[\s:：\u3000\[(（【「<＞＜]|[.．](?:\s|\u3000))} as a scan:
     * only the longest run can be followed by such a character, so one pass decides, in time linear in the run).
     */
    static int codeEnd(String h) {
        int i = 0;
        boolean digit = false;
        while (i < h.length()) {
            int cp = h.codePointAt(i);
            boolean number = isNumber(cp);
            if (!number && !Character.isLetter(cp) && cp != '_') {
                break;
            }
            digit |= number;
            i += Character.charCount(cp);
        }
        if (!digit) {
            return -1;
        }
        if (i == h.length()) {
            return i;
        }
        char next = h.charAt(i);
        if (isRegexSpace(next) || CODE_ENDS.indexOf(next) >= 0
                || (isLineTerminator(next) && i == h.length() - 1)) {
            return i;
        }
        if ((next == '.' || next == '．') && i + 1 < h.length()
                && (isRegexSpace(h.charAt(i + 1)) || h.charAt(i + 1) == '\u3000')) {
            return i;
        }
        return -1;
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The regular-expression class {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
    }

    private static boolean isLineTerminator(char ch) {
        return ch == '\n' || ch == '\r' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029';
    }

    /**
     * A trailing option in brackets, {@code "Which of these [Apple]"} → {"Which of these", "Apple"}, or null: the
     * pattern {@code ^(.*\S)\s*\[([^\]]+)\]$} as a scan from the end, linear in the text (the pattern backtracks
     * quadratically on many "[").
     */
    static String[] trailingOption(String text) {
        int n = text.length();
        if (n < 4 || text.charAt(n - 1) != ']' || text.charAt(n - 2) == ']') {
            return null;
        }
        int firstTerminator = n;
        for (int k = 0; k < n; k++) {
            if (isLineTerminator(text.charAt(k))) {
                firstTerminator = k;
                break;
            }
        }
        int i = n - 3;
        while (i >= 0) {
            char ch = text.charAt(i);
            if (ch == ']') {
                return null;
            }
            if (ch == '[') {
                int j = i - 1;
                while (j >= 0 && isRegexSpace(text.charAt(j))) {
                    j--;
                }
                if (j < 0) {
                    return null;
                }
                if (j <= firstTerminator) {
                    return new String[] {text.substring(0, j + 1), text.substring(i + 1, n - 1)};
                }
                i = Math.min(i - 1, j);
                continue;
            }
            i--;
        }
        return null;
    }

    private static String trimLead(String s) {
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == ':' || ch == '：' || ch == '\u3000' || ch == '.' || ch == '．') {
                i++;
            } else {
                break;
            }
        }
        return s.substring(i).strip();
    }

    /** The question id: the code, or the whole header when there is none. */
    String id() {
        return code != null ? code : header;
    }
}
