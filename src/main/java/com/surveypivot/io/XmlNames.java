package com.surveypivot.io;

import java.nio.charset.StandardCharsets;

/**
 * A few known XML names, looked up by the local part (after any prefix) of a name held as bytes: the index of the
 * name, or -1. Names are bucketed by their first byte, so a lookup compares at most the names that share it.
 */
final class XmlNames {
    private final byte[][] names;
    private final int[][] byFirst = new int[256][];
    /** The index of each one-byte name by its byte, else -1. */
    private final int[] oneByte = new int[256];

    XmlNames(String... names) {
        this.names = new byte[names.length][];
        java.util.Arrays.fill(oneByte, -1);
        for (int i = 0; i < names.length; i++) {
            byte[] name = names[i].getBytes(StandardCharsets.US_ASCII);
            this.names[i] = name;
            if (name.length == 1) {
                oneByte[name[0] & 0xFF] = i;
            }
            int first = name[0] & 0xFF;
            int[] bucket = byFirst[first] == null ? new int[0] : byFirst[first];
            int[] grown = java.util.Arrays.copyOf(bucket, bucket.length + 1);
            grown[bucket.length] = i;
            byFirst[first] = grown;
        }
    }

    /** The index of the local name of {@code src[from, from + length)}, or -1. */
    int find(byte[] src, int from, int length) {
        int end = from + length;
        int start = end;
        while (start > from && src[start - 1] != ':') {
            start--;
        }
        return findLocal(src, start, end - start);
    }

    /** The index of the local name {@code src[start, start + local)} (no prefix), or -1. */
    int findLocal(byte[] src, int start, int local) {
        if (local == 1) {
            return oneByte[src[start] & 0xFF];
        }
        if (local <= 0) {
            return -1;
        }
        int[] bucket = byFirst[src[start] & 0xFF];
        if (bucket == null) {
            return -1;
        }
        next:
        for (int index : bucket) {
            byte[] known = names[index];
            if (known.length != local) {
                continue;
            }
            for (int i = 1; i < local; i++) {
                if (known[i] != src[start + i]) {
                    continue next;
                }
            }
            return index;
        }
        return -1;
    }

    /** True when {@code src[from, from + length)} is a namespace declaration's name ("xmlns" or "xmlns:…"). */
    static boolean isNamespaceDeclaration(byte[] src, int from, int length) {
        return length >= 5 && src[from] == 'x' && src[from + 1] == 'm' && src[from + 2] == 'l' && src[from + 3] == 'n'
                && src[from + 4] == 's' && (length == 5 || src[from + 5] == ':');
    }
}
