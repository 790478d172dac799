package com.surveypivot.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reusable character buffer for the text {@link XmlBytes} decodes (a cell's value, an inline string, an attribute
 * value), at most {@link BoundedXml#MAX_TEXT} characters. An attribute value of plain ASCII is not copied: the text
 * is then a view of the reader's buffer ({@link #view}), valid until the reader reads on; appending makes it a copy.
 */
final class XmlText implements CharSequence {
    private char[] chars = new char[64];
    private int length;
    private byte[] view;
    private int viewFrom;

    void clear() {
        view = null;
        length = 0;
    }

    /** The text becomes the ASCII bytes {@code bytes[from, to)}, not copied: read it before the bytes change. */
    void view(byte[] bytes, int from, int to) {
        view = bytes;
        viewFrom = from;
        length = to - from;
    }

    private void copyView() throws BoundedXml.LimitException {
        byte[] bytes = view;
        int n = length;
        view = null;
        length = 0;
        appendAscii(bytes, viewFrom, viewFrom + n);
    }

    void append(char c) throws BoundedXml.LimitException {
        if (view != null) {
            copyView();
        }
        if (length == chars.length) {
            grow();
        }
        chars[length++] = c;
    }

    /** Appends the ASCII bytes {@code bytes[from, to)}. */
    void appendAscii(byte[] bytes, int from, int to) throws BoundedXml.LimitException {
        if (view != null) {
            copyView();
        }
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

    /** Cuts the text back to its first {@code length} characters (not a view). */
    void truncate(int length) {
        this.length = Math.min(this.length, length);
    }

    /** Removes the last {@code n} characters. */
    void drop(int n) throws BoundedXml.LimitException {
        if (view != null) {
            copyView();
        }
        length = Math.max(0, length - n);
    }

    private void grow() throws BoundedXml.LimitException {
        if (chars.length >= BoundedXml.MAX_TEXT) {
            throw BoundedXml.tooLong();
        }
        chars = Arrays.copyOf(chars, Math.min(BoundedXml.MAX_TEXT, chars.length * 2));
    }

    /** The characters, in {@code [0, length())} (a view is copied first). */
    char[] buffer() {
        if (view != null) {
            try {
                copyView();
            } catch (BoundedXml.LimitException e) {
                throw new IllegalStateException(e); // a view is at most a tag long
            }
        }
        return chars;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return view != null ? (char) view[viewFrom + index] : chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return view != null ? new String(view, viewFrom, length, StandardCharsets.ISO_8859_1)
                : new String(chars, 0, length);
    }
}
