package com.surveypivot.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Codes one column's cells as labels for {@link ColumnValues}: each distinct source key (a {@link RawColumn} text
 * key) is resolved once, stripped, checked against the missing values and given the index of its label, and every
 * later cell with that key costs one probe of an int table. Labels are kept once each, in first-appearance order,
 * with how many cells hold each. The tables are open-addressing arrays (no boxing, no entry objects), and the per-cell
 * {@link #code} is small so that the JIT compiles it quickly; resolving a new key is a separate, rarely called method.
 */
final class LabelCoder {
    /** {@link #code}'s answer for a key whose text means no answer. */
    static final int MISSING = -1;

    private final MissingValues missing;
    private final List<String> labels = new ArrayList<>();
    private int[] counts = new int[16];
    private int[] keys = new int[64];
    private int[] keyCodes = new int[64];
    private int distinctKeys;
    private String[] labelTable = new String[64];
    private int[] labelCodes = new int[64];

    LabelCoder(MissingValues missing) {
        this.missing = missing;
    }

    /** The label index of the cell in {@code row} with text key {@code key} (never 0), counted; or {@link #MISSING}. */
    int code(int key, RawColumn raw, int row) {
        int[] table = keys;
        int mask = table.length - 1;
        int i = mix(key) & mask;
        int k;
        while ((k = table[i]) != key) {
            if (k == 0) {
                return resolve(key, raw.text(row), i);
            }
            i = (i + 1) & mask;
        }
        int code = keyCodes[i];
        if (code >= 0) {
            counts[code]++;
        }
        return code;
    }

    private int resolve(int key, String text, int slot) {
        String s = text.strip();
        int code = missing.isMissing(s) ? MISSING : label(s);
        keys[slot] = key;
        keyCodes[slot] = code;
        if (++distinctKeys * 2 > keys.length) {
            growKeys();
        }
        if (code >= 0) {
            counts[code]++;
        }
        return code;
    }

    /** The label index of a text (already stripped, not missing), counted once more. */
    int count(String label) {
        int code = label(label);
        counts[code]++;
        return code;
    }

    /** The index of a label, added at the end when new. */
    private int label(String s) {
        int mask = labelTable.length - 1;
        int i = mix(s.hashCode()) & mask;
        String t;
        while ((t = labelTable[i]) != null) {
            if (t.equals(s)) {
                return labelCodes[i];
            }
            i = (i + 1) & mask;
        }
        int code = labels.size();
        labels.add(s);
        labelTable[i] = s;
        labelCodes[i] = code;
        if (code >= counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
        }
        if ((code + 1) * 2 > labelTable.length) {
            growLabels();
        }
        return code;
    }

    /** The distinct labels in first-appearance order. */
    List<String> labels() {
        return labels;
    }

    /** Cells per label, by label index (longer than {@link #labels()} when grown). */
    int[] counts() {
        return counts;
    }

    private void growKeys() {
        int[] oldKeys = keys;
        int[] oldCodes = keyCodes;
        keys = new int[oldKeys.length * 2];
        keyCodes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                keyCodes[i] = oldCodes[j];
            }
        }
    }

    private void growLabels() {
        String[] oldTable = labelTable;
        int[] oldCodes = labelCodes;
        labelTable = new String[oldTable.length * 2];
        labelCodes = new int[oldTable.length * 2];
        int mask = labelTable.length - 1;
        for (int j = 0; j < oldTable.length; j++) {
            if (oldTable[j] != null) {
                int i = mix(oldTable[j].hashCode()) & mask;
                while (labelTable[i] != null) {
                    i = (i + 1) & mask;
                }
                labelTable[i] = oldTable[j];
                labelCodes[i] = oldCodes[j];
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
