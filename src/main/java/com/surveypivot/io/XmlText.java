package com.surveypivot.io;

import java.util.Arrays;

/**
 * A reusable character buffer for the text {@link XmlBytes} decodes (a cell's value, an inline string, an attribute
 * value), at most {@link BoundedXml#MAX_TEXT} characters.
 */
final class XmlText implements CharSequence {
    private char[] chars = new char[64];
    private int length;

    void clear() {
        length = 0;
    }

    void append(char c) throws BoundedXml.LimitException {
        if (length == chars.length) {
            grow();
        }
        chars[length++] = c;
    }

    /** Appends the ASCII bytes {@code bytes[from, to)}. */
    void appendAscii(byte[] bytes, int from, int to) throws BoundedXml.LimitException {
        int n = to - from;
        while (length + n > chars.length) {
            grow();
        }
        char[] c = chars;
        int at = length;
        for (int i = from; i < to; i++) {
            c[at++] = (char) bytes[i];
        }
        length = at;
    }

    void appendCodePoint(int code) throws BoundedXml.LimitException {
        if (code < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            append((char) code);
        } else {
            append(Character.highSurrogate(code));
            append(Character.lowSurrogate(code));
        }
    }

    /** Removes the last {@code n} characters. */
    void drop(int n) {
        length = Math.max(0, length - n);
    }

    private void grow() throws BoundedXml.LimitException {
        if (chars.length >= BoundedXml.MAX_TEXT) {
            throw BoundedXml.tooLong();
        }
        chars = Arrays.copyOf(chars, Math.min(BoundedXml.MAX_TEXT, chars.length * 2));
    }

    char[] buffer() {
        return chars;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
