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
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
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
        if (EMAIL_HEADER.matcher(header).matches() || share(c, EMAIL) >= 0.8) {
            return true;
        }
        if (IP_HEADER.matcher(header).matches() || share(c, IP) >= 0.9) {
            return true;
        }
        if (share(c, PHONE) >= 0.8 && (PHONE_HEADER.matcher(header).matches() || separatedDigits(c))) {
            return true;
        }
        return NAME_HEADER.matcher(header).matches() && personLike(c);
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

    /** The share of distinct answers matching a pattern. */
    private static double share(ColumnValues c, Pattern pattern) {
        int match = 0;
        for (String label : c.labels) {
            if (pattern.matcher(label).matches()) {
                match++;
            }
        }
        return c.labels.isEmpty() ? 0 : match / (double) c.labels.size();
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
