package com.surveypivot.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * The bytes of an XML document read through one reusable buffer, with the line number kept for messages, and the
 * decoding of UTF-8 sequences and entity references that {@link XmlBytes} needs. Nothing is allocated per byte or
 * per element.
 */
final class ByteCursor {
    private static final int BUFFER = 1 << 16;
    private static final int PROLOG = 512;

    private final InputStream in;
    // read and advanced directly by the fast paths of XmlBytes (same package, designed together)
    final byte[] buf = new byte[BUFFER];
    int pos;
    int limit;
    private boolean eof;
    int line = 1;
    private int refills;

    ByteCursor(InputStream in) {
        this.in = in;
    }

    /**
     * Reads the start of the document: true when it is UTF-8 (no declaration, or one that says UTF-8; a UTF-8 byte
     * order mark is skipped), false when another encoding must be decoded by a general parser.
     */
    boolean isUtf8() throws IOException {
        while (limit < PROLOG && !eof) {
            int n = in.read(buf, limit, PROLOG - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        if (limit >= 2 && ((buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF) || (buf[0] == (byte) 0xFF
                && buf[1] == (byte) 0xFE) || buf[0] == 0 || buf[1] == 0)) {
            return false;
        }
        if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
        String start = new String(buf, pos, limit - pos, StandardCharsets.ISO_8859_1);
        if (!start.startsWith("<?xml")) {
            return true;
        }
        int close = start.indexOf("?>");
        String declaration = close < 0 ? start : start.substring(0, close);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return true;
        }
        String rest = declaration.substring(at + "encoding".length()).strip();
        rest = rest.startsWith("=") ? rest.substring(1).strip() : rest;
        if (rest.isEmpty() || (rest.charAt(0) != '"' && rest.charAt(0) != '\'')) {
            return true;
        }
        int end = rest.indexOf(rest.charAt(0), 1);
        String encoding = end < 0 ? "" : rest.substring(1, end).toLowerCase(Locale.ROOT);
        return encoding.equals("utf-8") || encoding.equals("utf8");
    }

    /** The whole document again for another parser (only before anything but {@link #isUtf8()} was read). */
    InputStream replay() {
        return new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOf(buf, limit)), in);
    }

    /** The next byte (0–255), or -1 at the end. */
    int read() throws IOException {
        if (pos < limit) {
            return buf[pos++] & 0xFF;
        }
        return refill() ? buf[pos++] & 0xFF : -1;
    }

    /** The next byte; the end of the document here is an error ("the sheet ends inside {@code where}"). */
    int readOrFail(String where) throws IOException, XMLStreamException {
        int b = read();
        if (b < 0) {
            throw error("the sheet ends inside " + where);
        }
        return b;
    }

    /** True when the next byte is {@code b} (it is then consumed). */
    boolean skipIf(int b) throws IOException {
        if ((pos < limit || refill()) && buf[pos] == (byte) b) {
            pos++;
            return true;
        }
        return false;
    }

    /** Gives back the byte just read. */
    void unread() {
        pos--;
    }

    void newLine() {
        line++;
    }

    boolean refill() throws IOException {
        if ((++refills & 63) == 0) {
            ReadCancel.check(); // every 4 MB, whatever the bytes hold (one long comment or text)
        }
        while (!eof) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
            } else if (n > 0) {
                pos = 0;
                limit = n;
                return true;
            }
        }
        pos = 0;
        limit = 0;
        return false;
    }

    /** Skips to just after the next '<'; true, or false at the end of the document. */
    boolean skipToTag() throws IOException {
        while (true) {
            byte[] b = buf;
            int p = pos;
            int end = limit;
            while (p < end) {
                byte c = b[p++];
                if (c == '<') {
                    pos = p;
                    return true;
                }
                if (c == '\n') {
                    line++;
                }
            }
            pos = p;
            if (!refill()) {
                return false;
            }
        }
    }

    /** The next byte that is not XML white space. */
    int skipSpace(String where) throws IOException, XMLStreamException {
        while (true) {
            while (pos < limit) {
                int b = buf[pos++] & 0xFF;
                if (b > ' ') {
                    return b;
                } else if (b == '\n') {
                    line++;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    return b;
                }
            }
            if (!refill()) {
                throw error("the sheet ends inside " + where);
            }
        }
    }

    /** Makes at least {@code n} bytes available from the current position (fewer only at the end). */
    void ensure(int n) throws IOException {
        if (limit - pos >= n || eof) {
            return;
        }
        if ((++refills & 63) == 0) {
            ReadCancel.check();
        }
        int remaining = limit - pos;
        System.arraycopy(buf, pos, buf, 0, remaining);
        pos = 0;
        limit = remaining;
        while (limit < n && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
    }

    /**
     * Reads a name whose first byte {@code first} was just read into {@code into} (at most its length); returns
     * the name's length. The byte after the name is read next.
     */
    int name(int first, byte[] into, String what) throws IOException, XMLStreamException {
        ensure(into.length + 1);
        byte[] b = buf;
        int p = pos;
        int end = limit;
        into[0] = (byte) first;
        int n = 1;
        while (p < end) {
            byte c = b[p];
            if (NAME_END[c & 0xFF]) {
                pos = p;
                return n;
            }
            if (n == into.length) {
                throw error(what + " of more than " + into.length + " bytes");
            }
            into[n++] = c;
            p++;
        }
        pos = p;
        throw error("the sheet ends inside a tag");
    }

    /** True when the bytes next are the name {@code name[0, length)} followed by a byte that ends a name. */
    boolean matchName(byte[] name, int length) throws IOException {
        ensure(length + 1);
        if (limit - pos < length + 1) {
            return false;
        }
        byte[] b = buf;
        int p = pos;
        for (int i = 0; i < length; i++) {
            if (b[p + i] != name[i]) {
                return false;
            }
        }
        if (!NAME_END[b[p + length] & 0xFF]) {
            return false;
        }
        pos = p + length;
        return true;
    }

    /** True for the bytes that end a name: white space, '>', '/', '=', '<' and quotes. */
    static boolean isNameEnd(int b) {
        return NAME_END[b & 0xFF];
    }

    private static final boolean[] NAME_END = new boolean[256];

    static {
        for (char c : " >/\n\t\r=<\"'".toCharArray()) {
            NAME_END[c] = true;
        }
    }

    /** Skips to just after the two bytes {@code first second} (as in "?>" or "--"). */
    void skipPast(int first, int second, String where) throws IOException, XMLStreamException {
        int previous = 0;
        while (true) {
            int b = readOrFail(where);
            if (b == second && previous == first) {
                return;
            }
            if (b == '\n') {
                line++;
            }
            previous = b;
        }
    }

    /** A parse error at the current line. */
    XMLStreamException error(String message) {
        return new XMLStreamException(message + " (line " + line + ")", new LineLocation(line));
    }

    /** Where an error is: the line only. */
    private record LineLocation(int line) implements Location {
        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public int getColumnNumber() {
            return -1;
        }

        @Override
        public int getCharacterOffset() {
            return -1;
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }
    }
}
