package com.surveypivot.io;

/** SPSS dates: seconds since 1582-10-14 (the Gregorian calendar's first day). */
final class SavDates {
    /** Days from 1582-10-14 to 1970-01-01. */
    static final long EPOCH_OFFSET_DAYS = 141_428;
    /** Excel's serial of 1970-01-01. */
    private static final double EXCEL_EPOCH = 25_569;

    private SavDates() {
    }

    static double toEpochDays(double spssSeconds) {
        return spssSeconds / 86_400.0 - EPOCH_OFFSET_DAYS;
    }

    static double toSerial(double spssSeconds) {
        return toEpochDays(spssSeconds) + EXCEL_EPOCH;
    }
}
