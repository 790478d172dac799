package com.surveypivot.io;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The multi-response sets of an SPSS dictionary (extension records 7/7 and 7/19), one line per set:
 * {@code $NAME=C <len> <label> VAR VAR…} for a category set, {@code $NAME=D<n> <value> <len> <label> VAR…} for a
 * dichotomy set counting {@code value}, {@code $NAME=E <1|11> <n> <value> <len> <label> VAR…} for the extended
 * dichotomy form. Lengths are in bytes of the file's encoding. A line that breaks the form is skipped.
 */
final class SavMultiSets {
    /** One declared set; {@code counted} is null for a category set. */
    record MrSet(String name, String label, String counted, List<String> variables) {
        boolean dichotomy() {
            return counted != null;
        }
    }

    private SavMultiSets() {
    }

    static List<MrSet> parse(List<byte[]> records, Charset charset) {
        List<MrSet> sets = new ArrayList<>();
        for (byte[] data : records) {
            int start = 0;
            for (int i = 0; i <= data.length; i++) {
                if (i == data.length || data[i] == '\n') {
                    MrSet set = line(Arrays.copyOfRange(data, start, i), charset);
                    if (set != null) {
                        sets.add(set);
                    }
                    start = i + 1;
                }
            }
        }
        return sets;
    }

    private static MrSet line(byte[] b, Charset charset) {
        int eq = -1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '=') {
                eq = i;
                break;
            }
        }
        if (eq <= 0 || eq + 1 >= b.length) {
            return null;
        }
        String name = new String(b, 0, eq, charset).strip();
        if (name.startsWith("$")) {
            name = name.substring(1);
        }
        int[] at = {eq + 2};
        char kind = (char) b[eq + 1];
        String counted = null;
        if (kind == 'D' || kind == 'E') {
            if (kind == 'E') {
                skipSpaces(b, at);
                if (number(b, at) < 0) {
                    return null;
                }
                skipSpaces(b, at);
            }
            int n = number(b, at);
            if (n < 0 || at[0] + 1 + n > b.length) {
                return null;
            }
            at[0]++;
            counted = new String(b, at[0], n, charset).strip();
            at[0] += n;
        } else if (kind != 'C') {
            return null;
        }
        skipSpaces(b, at);
        int labelLength = number(b, at);
        if (labelLength < 0 || at[0] + 1 + labelLength > b.length) {
            return null;
        }
        at[0]++;
        String label = new String(b, at[0], labelLength, charset).strip();
        at[0] += labelLength;
        List<String> vars = new ArrayList<>();
        for (String v : new String(b, at[0], b.length - at[0], charset).strip().split(" +")) {
            if (!v.isBlank()) {
                vars.add(v.strip());
            }
        }
        return vars.isEmpty() ? null : new MrSet(name, label.isEmpty() ? name : label, counted, vars);
    }

    private static void skipSpaces(byte[] b, int[] at) {
        while (at[0] < b.length && b[at[0]] == ' ') {
            at[0]++;
        }
    }

    /** A decimal number of at most 9 digits at {@code at}, or -1. */
    private static int number(byte[] b, int[] at) {
        int value = 0;
        int digits = 0;
        while (at[0] < b.length && b[at[0]] >= '0' && b[at[0]] <= '9' && digits < 9) {
            value = value * 10 + (b[at[0]++] - '0');
            digits++;
        }
        return digits == 0 ? -1 : value;
    }
}
