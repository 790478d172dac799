package com.surveypivot.io;

import java.util.regex.Pattern;

/**
 * Recognises columns of personal data (e-mail addresses, people's names, phone numbers, IP addresses), as
 * Microsoft Forms, SurveyMonkey and Qualtrics export them: they are kept out of the questions and so out of
 * every table, chart and export.
 */
final class PersonalData {
    private static final Pattern EMAIL_HEADER = Pattern.compile(
            "(?i)^(e-?mail|e-?mail address|email address|recipient ?email|メール|メールアドレス|eメール|e-mailアドレス)$");
    private static final Pattern NAME_HEADER = Pattern.compile(
            "(?i)^(name|full name|first name|last name|given name|family name|surname|recipient ?(first|last) ?name"
                    + "|respondent name|氏名|名前|お名前|姓|名|回答者名|フリガナ|ふりがな)$");
    private static final Pattern PHONE_HEADER = Pattern.compile(
            "(?i)^(phone|phone number|telephone|telephone number|tel\\.?|mobile|mobile phone|cell phone|電話|電話番号"
                    + "|携帯|携帯番号|携帯電話|携帯電話番号|連絡先電話番号|ＴＥＬ)$");
    private static final Pattern IP_HEADER = Pattern.compile("(?i)^(ip ?address|ipaddress|ip)$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9０-９][0-9０-９()（）\\-－‐ ]{7,18}[0-9０-９]$");
    private static final Pattern IP = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern NUMBER = Pattern.compile("^[-+0-9.,\\s]+$");

    private PersonalData() {
    }

    static boolean isPersonal(ColumnValues c) {
        String header = c.raw.header().strip();
        if (c.answered == 0) {
            return EMAIL_HEADER.matcher(header).matches() || NAME_HEADER.matcher(header).matches();
        }
        if (c.numeric) {
            return PHONE_HEADER.matcher(header).matches() && !c.dates && manyDigits(c);
        }
        if (EMAIL_HEADER.matcher(header).matches() || shareAtLeast(c, PersonalData::isEmail, 0.8)) {
            return true;
        }
        if (IP_HEADER.matcher(header).matches() || shareAtLeast(c, label -> IP.matcher(label).matches(), 0.9)) {
            return true;
        }
        if (shareAtLeast(c, label -> PHONE.matcher(label).matches(), 0.8) && (PHONE_HEADER.matcher(header).matches() || separatedDigits(c))) {
            return true;
        }
        return NAME_HEADER.matcher(header).matches() && personLike(c);
    }

    /**
     * An e-mail address: the pattern {@code ^[^@\s]+@[^@\s]+\.[^@\s]+$} as one pass (the pattern backtracks
     * quadratically on a long answer with many dots): exactly one "@" with text before it, no whitespace, and a
     * "." after the "@" that is neither the first nor the last character of the domain.
     */
    static boolean isEmail(String s) {
        int at = -1;
        int n = s.length();
        boolean innerDot = false;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r') {
                return false;
            }
            if (ch == '@') {
                if (at >= 0 || i == 0) {
                    return false;
                }
                at = i;
            } else if (ch == '.' && at >= 0 && i > at + 1 && i < n - 1) {
                innerDot = true;
            }
        }
        return at >= 0 && innerDot;
    }

    /** Numbers of nine digits or more (phone numbers stored as numbers lose their leading 0). */
    private static boolean manyDigits(ColumnValues c) {
        for (double v : c.numbers) {
            if (!Double.isNaN(v) && Math.abs(v) < 1e8) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether at least {@code fraction} of the distinct answers match a pattern. Stops as soon as the answer is
     * known: free-text columns with thousands of distinct sentences fail after the first fifth or so.
     */
    private static boolean shareAtLeast(ColumnValues c, java.util.function.Predicate<String> pattern,
            double fraction) {
        int n = c.labels.size();
        if (n == 0) {
            return 0 >= fraction;
        }
        int match = 0;
        int misses = 0;
        for (String label : c.labels) {
            if (pattern.test(label)) {
                match++;
                if (match / (double) n >= fraction) {
                    return true;
                }
            } else {
                misses++;
                if ((n - misses) / (double) n < fraction) {
                    return false;
                }
            }
        }
        return match / (double) n >= fraction;
    }

    /** Phone-number-like values written with separators or a leading 0 / + (not plain codes or ids). */
    private static boolean separatedDigits(ColumnValues c) {
        int n = 0;
        for (String label : c.labels) {
            if (label.startsWith("+") || label.startsWith("0") || label.contains("-") || label.contains("(")) {
                n++;
            }
        }
        return n * 5 >= c.labels.size() * 4;
    }

    /** Short texts, not numbers or codes: people's names (or "anonymous"). */
    private static boolean personLike(ColumnValues c) {
        int plausible = 0;
        for (String label : c.labels) {
            if (label.length() <= 40 && !NUMBER.matcher(label).matches()) {
                plausible++;
            }
        }
        return plausible * 5 >= c.labels.size() * 4;
    }
}
