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
    /** A leading run of letters, digits and _ containing a digit, ended by a space, colon, bracket or the end. */
    private static final Pattern CODE = Pattern.compile(
            "^([\\p{L}\\p{N}_]*\\p{N}[\\p{L}\\p{N}_]*)(?=$|[\\s:：\\u3000\\[(（【「<＞＜]|[.．](?:\\s|\\u3000))");
    private static final Pattern BARE_CODE = Pattern.compile("^(?:[A-Za-z]{1,6}|問|設問)_?\\d+[A-Za-z0-9_]*$");
    private static final Pattern SUB = Pattern.compile("^(.*\\p{N}.*?)(?:_Part)?_([A-Za-z]*\\d+[A-Za-z]*)$");
    private static final Pattern BRACKET_SUB = Pattern.compile("^\\[([^\\]]+)\\]");
    private static final Pattern TRAILING_OPTION = Pattern.compile("^(.*\\S)\\s*\\[([^\\]]+)\\]$");

    static HeaderCode parse(String header) {
        String h = header == null ? "" : header.strip();
        Matcher m = CODE.matcher(h);
        if (!m.find() || (m.end() == h.length() && !BARE_CODE.matcher(h).matches()) || m.group(1).length() > 24) {
            return new HeaderCode(h, null, null, h, h, null);
        }
        String code = m.group(1);
        String rest = h.substring(m.end());
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
            Matcher trailing = TRAILING_OPTION.matcher(text);
            if (trailing.matches()) {
                stemText = trailing.group(1).strip();
                option = trailing.group(2).strip();
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
