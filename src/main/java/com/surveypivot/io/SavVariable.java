package com.surveypivot.io;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One variable of an SPSS dictionary as read: its names, label, storage, print format, missing-value codes and
 * value labels (raw bytes until the file's encoding is known).
 */
final class SavVariable {
    /** Format types that hold dates or date-times (DATE, DATETIME, ADATE, JDATE, MOYR, QYR, WKYR, EDATE, SDATE). */
    private static final int[] DATE_FORMATS = {20, 22, 23, 24, 28, 29, 30, 38, 39};

    final int slot;          // first 8-byte slot in a case (0-based)
    final int width;         // 0 numeric, else string bytes
    final String shortName;
    final int printFormat;
    String name;
    byte[] label;
    int missingCount;        // 0..3 discrete, -2 range, -3 range + one discrete
    final double[] missing = new double[3];
    final List<byte[]> missingStrings = new ArrayList<>();
    final TreeMap<Double, byte[]> numberLabels = new TreeMap<>();
    final TreeMap<String, byte[]> stringLabels = new TreeMap<>();   // raw key bytes as ISO-8859-1 text
    int measure;             // 7/11: 1 nominal, 2 ordinal, 3 scale, 0 unknown
    int longWidth;           // 7/14: a very long string's full width, else 0
    int segments = 1;        // slots groups of a very long string (each a dictionary variable)
    int slots;               // 8-byte slots this variable (with its segments) spans

    SavVariable(int slot, int width, String shortName, int printFormat) {
        this.slot = slot;
        this.width = width;
        this.shortName = shortName;
        this.name = shortName;
        this.printFormat = printFormat;
        this.slots = width == 0 ? 1 : (width + 7) / 8;
    }

    boolean isNumeric() {
        return width == 0;
    }

    boolean isDate() {
        int type = (printFormat >> 16) & 0xff;
        for (int d : DATE_FORMATS) {
            if (d == type) {
                return true;
            }
        }
        return false;
    }

    /** Whether a numeric value is one of the user-missing codes. */
    boolean isUserMissing(double v) {
        int discrete = missingCount >= 0 ? missingCount : 0;
        int start = 0;
        if (missingCount <= -2) {
            if (v >= missing[0] && v <= missing[1]) {
                return true;
            }
            start = 2;
            discrete = missingCount == -3 ? 3 : 2;
        }
        for (int i = start; i < discrete; i++) {
            if (v == missing[i]) {
                return true;
            }
        }
        return false;
    }

    /** The string width as stored: a very long string's full width, else its declared one. */
    int stringWidth() {
        return longWidth > 0 ? longWidth : width;
    }
}
