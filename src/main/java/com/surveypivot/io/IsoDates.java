package com.surveypivot.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Date texts and Excel date serials to and from epoch days (days since 1970-01-01, fraction = time of day). */
final class IsoDates {
    /** Excel serial of 1970-01-01 in the 1900 date system. */
    static final double EPOCH_SERIAL = 25569;

    private static final DateTimeFormatter[] DATE_TIMES = {
        DateTimeFormatter.ofPattern("uuuu-M-d H:m[:s][.SSS]"),
        DateTimeFormatter.ofPattern("uuuu/M/d H:m[:s]"),
        DateTimeFormatter.ofPattern("uuuu-M-d'T'H:m[:s][.SSS]"),
        DateTimeFormatter.ofPattern("M/d/uuuu H:m[:s]"),
        DateTimeFormatter.ofPattern("M/d/uuuu h:m[:s] a", java.util.Locale.ENGLISH),
        DateTimeFormatter.ofPattern("uuuu年M月d日 H:m[:s]"),
        DateTimeFormatter.ofPattern("uuuu.M.d H:m[:s]"),
    };
    private static final DateTimeFormatter[] DATES = {
        DateTimeFormatter.ofPattern("uuuu-M-d"),
        DateTimeFormatter.ofPattern("uuuu/M/d"),
        DateTimeFormatter.ofPattern("uuuu年M月d日"),
        DateTimeFormatter.ofPattern("uuuu.M.d"),
    };

    private IsoDates() {
    }

    /** Epoch days of an Excel serial (1900 system, as already corrected for 1904 workbooks). */
    static double serialToEpochDays(double serial) {
        return serial - EPOCH_SERIAL;
    }

    /** Excel serial of an ISO date text (a cell of type "d"), or NaN. */
    static double toSerial(String text) {
        double days = parseEpochDays(text);
        return Double.isNaN(days) ? Double.NaN : days + EPOCH_SERIAL;
    }

    /** Epoch days of a date or date-time text in a common export format, or NaN. */
    static double parseEpochDays(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String s = text.strip();
        if (s.length() < 8 || s.length() > 30 || !Character.isDigit(s.charAt(0))) {
            return Double.NaN;
        }
        if (s.endsWith("Z")) {
            s = s.substring(0, s.length() - 1);
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                LocalDateTime t = LocalDateTime.parse(s, f);
                return t.toLocalDate().toEpochDay() + t.toLocalTime().toSecondOfDay() / 86400.0;
            } catch (DateTimeParseException e) {
                // next pattern
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f).toEpochDay();
            } catch (DateTimeParseException e) {
                // next pattern
            }
        }
        return Double.NaN;
    }

    static LocalDate day(double epochDays) {
        return LocalDate.ofEpochDay((long) Math.floor(epochDays));
    }
}
