package com.surveypivot.io;

import java.io.IOException;

/**
 * The fast paths of {@link XmlBytes} for what ends an element: an end tag, an element's text with its end tag, and a
 * cell's {@code <v>} value with the cell's end tag, each read in one pass over the reader's buffer when it is plain
 * and within {@link XmlBytes#WINDOW} bytes. Each returns the kind of the element it closed, or {@link #NOT_READ}
 * with nothing read, for the general path to read the same bytes.
 */
final class XmlEnds {
    static final int NOT_READ = Integer.MIN_VALUE;
    private static final int WINDOW = XmlBytes.WINDOW;

    private final ByteCursor bytes;
    private final ElementStack open;

    XmlEnds(ByteCursor bytes, ElementStack open) {
        this.bytes = bytes;
        this.open = open;
    }

    /** An end tag's name and '>' within the window (after "&lt;/"): the closed element's kind; else {@link #NOT_READ}. */
    int endTag() {
        if (open.depth() == 0) {
            return NOT_READ;
        }
        int length = open.topLength();
        byte[] b = bytes.buf;
        int p = bytes.pos;
        if (bytes.limit - p < length + 1 || b[p + length] != '>' || !open.topIs(b, p)) {
            return NOT_READ;
        }
        bytes.pos = p + length + 1;
        return open.pop();
    }

    /**
     * Right after the start tag of an element (not empty): when exactly {@code <v>TEXT</v>} and the element's end
     * tag follow, plain ASCII within the window (a cell as Excel writes it), reads them in one pass: the text into
     * {@code value} and the element closed: its kind. Otherwise nothing is read: {@link #NOT_READ}.
     */
    int valueAndEnd(XmlText value) throws IOException, BoundedXml.LimitException {
        bytes.ensure(WINDOW);
        byte[] b = bytes.buf;
        int p = bytes.pos;
        int end = bytes.limit;
        if (end - p < 3 || b[p] != '<' || b[p + 1] != 'v' || b[p + 2] != '>') {
            return NOT_READ;
        }
        int start = p + 3;
        int q = start;
        while (q < end) {
            byte c = b[q];
            if (c < ' ' || c == '<' || c == '&') {
                break;
            }
            q++;
        }
        int length = open.topLength();
        if (end - q < 7 + length || b[q] != '<' || b[q + 1] != '/' || b[q + 2] != 'v' || b[q + 3] != '>'
                || b[q + 4] != '<' || b[q + 5] != '/' || b[q + 6 + length] != '>' || !open.topIs(b, q + 6)) {
            return NOT_READ;
        }
        value.clear();
        value.appendAscii(b, start, q);
        bytes.pos = q + 7 + length;
        return open.pop();
    }

    /**
     * Text of printable ASCII and two- or three-byte UTF-8 characters, and its end tag, within the window, read in
     * one pass: the closed element's kind; {@link #NOT_READ} (nothing read, {@code text} as it was) for anything else.
     */
    int text(XmlText text) throws IOException, BoundedXml.LimitException {
        bytes.ensure(WINDOW);
        byte[] b = bytes.buf;
        int start = bytes.pos;
        int p = start;
        int end = bytes.limit;
        int mark = text.length();
        while (p < end) {
            byte c = b[p];
            if (c >= ' ' && c != '<' && c != '&') {
                p++;
                continue;
            }
            if (c >= 0) {
                break;
            }
            if (p > start) {
                text.appendAscii(b, start, p);
            }
            int next = XmlChars.utf8(b, p, end, text);
            if (next < 0) {
                text.truncate(mark);
                return NOT_READ;
            }
            p = next;
            start = next;
        }
        if (p + 1 >= end || b[p] != '<' || b[p + 1] != '/') {
            text.truncate(mark);
            return NOT_READ;
        }
        int saved = bytes.pos;
        bytes.pos = p + 2;
        int closed = endTag();
        if (closed == NOT_READ) {
            bytes.pos = saved;
            text.truncate(mark);
            return NOT_READ;
        }
        text.appendAscii(b, start, p);
        return closed;
    }
}
