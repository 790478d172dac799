package com.surveypivot.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Codes one column's cells as labels for {@link ColumnValues}, in three steps that keep the per-cell loops small
 * (quick for the JIT to compile) and free of Strings: {@link #key} numbers each distinct source key (a
 * {@link RawColumn} text key) in first-appearance order through an open-addressing int table; {@link #resolveKeys}
 * then resolves each distinct key once (its text stripped, checked against the missing values, given the index of
 * its label); {@link #label} gives a cell's label from its key number and counts it. Labels are kept once each, in
 * first-appearance order, with how many cells hold each. No boxing and no entry objects.
 */
final class LabelCoder {
    /** {@link #label}'s answer for a key whose text means no answer. */
    static final int MISSING = -1;

    private final MissingValues missing;
    private final List<String> labels = new ArrayList<>();
    private int[] counts = new int[16];
    private int[] keys = new int[64];
    private int[] keyNumbers = new int[64];
    private int[] firstRows = new int[16];
    private int[] labelOfKey;
    private int distinctKeys;
    private String[] labelTable = new String[64];
    private int[] labelCodes = new int[64];

    LabelCoder(MissingValues missing) {
        this.missing = missing;
    }

    /** The number (0, 1, … in first-appearance order) of text key {@code key} (never 0), first met in {@code row}. */
    int key(int key, int row) {
        int[] table = keys;
        int mask = table.length - 1;
        int i = mix(key) & mask;
        int k;
        while ((k = table[i]) != key) {
            if (k == 0) {
                return add(key, row, i);
            }
            i = (i + 1) & mask;
        }
        return keyNumbers[i];
    }

    private int add(int key, int row, int slot) {
        int number = distinctKeys++;
        keys[slot] = key;
        keyNumbers[slot] = number;
        if (number == firstRows.length) {
            firstRows = Arrays.copyOf(firstRows, number * 2);
        }
        firstRows[number] = row;
        if (distinctKeys * 2 > keys.length) {
            growKeys();
        }
        return number;
    }

    /** Resolves every key met so far to its label, in first-appearance order; call once, before {@link #label}. */
    void resolveKeys(RawColumn raw) {
        labelOfKey = new int[distinctKeys];
        for (int k = 0; k < distinctKeys; k++) {
            String s = raw.text(firstRows[k]).strip();
            labelOfKey[k] = missing.isMissing(s) ? MISSING : labelIndex(s);
        }
    }

    /** The label index of a cell with key number {@code keyNumber}, counted; or {@link #MISSING}. */
    int label(int keyNumber) {
        int code = labelOfKey[keyNumber];
        if (code >= 0) {
            counts[code]++;
        }
        return code;
    }

    /** The label index of a text (already stripped, not missing), counted once more. */
    int count(String label) {
        int code = labelIndex(label);
        counts[code]++;
        return code;
    }

    /** The index of a label, added at the end when new. */
    private int labelIndex(String s) {
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
        int[] oldNumbers = keyNumbers;
        keys = new int[oldKeys.length * 2];
        keyNumbers = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                keyNumbers[i] = oldNumbers[j];
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
