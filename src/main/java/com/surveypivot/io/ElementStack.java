package com.surveypivot.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The open elements of an {@link XmlBytes} read: each one's name (bytes, to check its end tag against) and kind,
 * at most {@link BoundedXml#MAX_DEPTH} deep. Name buffers are kept for reuse, so nothing is allocated per element.
 */
final class ElementStack {
    private byte[][] names = new byte[16][];
    private int[] lengths = new int[16];
    private int[] kinds = new int[16];
    private int depth;

    int depth() {
        return depth;
    }

    /** Opens an element named {@code src[from, from + length)} of kind {@code kind}. */
    void push(byte[] src, int from, int length, int kind) throws BoundedXml.LimitException {
        if (depth >= BoundedXml.MAX_DEPTH) {
            throw BoundedXml.tooDeep();
        }
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            lengths = Arrays.copyOf(lengths, depth * 2);
            kinds = Arrays.copyOf(kinds, depth * 2);
        }
        byte[] name = names[depth];
        if (name == null) {
            name = new byte[XmlBytes.MAX_NAME];
            names[depth] = name;
        }
        System.arraycopy(src, from, name, 0, length);
        lengths[depth] = length;
        kinds[depth] = kind;
        depth++;
    }

    /** Closes the innermost element; its kind. */
    int pop() {
        return kinds[--depth];
    }

    /** The innermost open element's name (its first {@link #topLength()} bytes). */
    byte[] topName() {
        return names[depth - 1];
    }

    int topLength() {
        return lengths[depth - 1];
    }

    /** True when the innermost element's name is {@code b[p, p + topLength())}. */
    boolean topIs(byte[] b, int p) {
        byte[] open = names[depth - 1];
        int length = lengths[depth - 1];
        for (int i = 0; i < length; i++) {
            if (b[p + i] != open[i]) {
                return false;
            }
        }
        return true;
    }

    /** The innermost open element's name, for messages. */
    String topText() {
        return new String(names[depth - 1], 0, lengths[depth - 1], StandardCharsets.UTF_8);
    }
}
