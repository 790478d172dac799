package com.surveypivot.io;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;

/**
 * The characters of XML text and attribute values decoded from a {@link ByteCursor}: runs of plain ASCII copied in
 * one go, UTF-8 sequences, the predefined entities and character references, CDATA sections, line ends normalised
 * (CR LF and a lone CR read as LF; in attribute values every white space character as a space). Invalid UTF-8 and
 * unknown entities are errors.
 */
final class XmlChars {
    private final ByteCursor bytes;

    XmlChars(ByteCursor bytes) {
        this.bytes = bytes;
    }

    /**
     * Appends the plain ASCII bytes that come next (printable, no '&lt;', '&amp;' or {@code stop}) to {@code text}
     * in one go, and returns the byte after them unread (or -1 at the end).
     */
    private int plainRun(XmlText text, int stop) throws IOException, XMLStreamException {
        while (true) {
            byte[] b = bytes.buf;
            int start = bytes.pos;
            int p = start;
            int end = bytes.limit;
            while (p < end) {
                int c = b[p];
                if (c < ' ' || c == '<' || c == '&' || c == stop) { // also every byte >= 0x80 (negative)
                    break;
                }
                p++;
            }
            text.appendAscii(b, start, p);
            bytes.pos = p;
            if (p < end) {
                return b[p] & 0xFF;
            }
            if (!bytes.refill()) {
                return -1;
            }
        }
    }

    /** Skips an attribute value up to its closing {@code quote}. */
    void skipAttributeValue(int quote) throws IOException, XMLStreamException {
        while (true) {
            while (bytes.pos < bytes.limit) {
                int c = bytes.buf[bytes.pos];
                if (c == quote || c == '<' || c == '\n') {
                    break;
                }
                bytes.pos++;
            }
            int b = bytes.readOrFail("an attribute value");
            if (b == quote) {
                return;
            }
            if (b == '<') {
                throw bytes.error("'<' in an attribute value");
            }
            if (b == '\n') {
                bytes.newLine();
            }
        }
    }

    /** Decodes an attribute value up to its closing {@code quote}, white space normalised to spaces. */
    void readAttributeValue(int quote, XmlText attributeValue) throws IOException, XMLStreamException {
        while (true) {
            plainRun(attributeValue, quote);
            int b = bytes.readOrFail("an attribute value");
            if (b == quote) {
                return;
            }
            switch (b) {
                case '<' -> throw bytes.error("'<' in an attribute value");
                case '&' -> entity(attributeValue);
                case '\n' -> {
                    bytes.newLine();
                    attributeValue.append(' ');
                }
                case '\r' -> {
                    if (bytes.skipIf('\n')) {
                        bytes.newLine();
                    }
                    attributeValue.append(' ');
                }
                case '\t' -> attributeValue.append(' ');
                default -> {
                    if (b < 0x80) {
                        attributeValue.append((char) b);
                    } else {
                        utf8(b, attributeValue);
                    }
                }
            }
        }
    }

    /** {@link #plainRun}, for an element's text: the next byte after the run, unread (-1 at the end). */
    int textRun(XmlText text) throws IOException, XMLStreamException {
        return plainRun(text, '<');
    }

    /** After '&': a predefined entity or a character reference, appended to {@code text}. */
    void entity(XmlText text) throws IOException, XMLStreamException {
        char[] name = new char[12];
        int length = 0;
        while (true) {
            int b = bytes.readOrFail("an entity");
            if (b == ';') {
                break;
            }
            if (length == name.length || b <= ' ' || b == '<' || b == '&') {
                throw bytes.error("'&' is not followed by a name and ';'");
            }
            name[length++] = (char) b;
        }
        String entity = new String(name, 0, length);
        switch (entity) {
            case "lt" -> text.append('<');
            case "gt" -> text.append('>');
            case "amp" -> text.append('&');
            case "quot" -> text.append('"');
            case "apos" -> text.append('\'');
            default -> text.appendCodePoint(characterReference(entity));
        }
    }

    private int characterReference(String entity) throws XMLStreamException {
        if (entity.isEmpty() || entity.charAt(0) != '#') {
            throw bytes.error("an undeclared entity &" + entity + ";");
        }
        int code;
        try {
            code = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                    : Integer.parseInt(entity.substring(1));
        } catch (NumberFormatException e) {
            code = -1;
        }
        if (code <= 0 || code > Character.MAX_CODE_POINT || (code >= 0xD800 && code <= 0xDFFF)) {
            throw bytes.error("an invalid character reference &" + entity + ";");
        }
        return code;
    }

    /** Decodes the UTF-8 sequence that starts with {@code lead} (not ASCII) into {@code text}. */
    void utf8(int lead, XmlText text) throws IOException, XMLStreamException {
        int code;
        int more;
        if (lead >= 0xC2 && lead <= 0xDF) {
            code = lead & 0x1F;
            more = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            code = lead & 0x0F;
            more = 2;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            code = lead & 0x07;
            more = 3;
        } else {
            throw bytes.error("invalid UTF-8");
        }
        for (int i = 0; i < more; i++) {
            int b = bytes.readOrFail("a character");
            if ((b & 0xC0) != 0x80) {
                throw bytes.error("invalid UTF-8");
            }
            code = (code << 6) | (b & 0x3F);
        }
        if ((more == 2 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF)))
                || (more == 3 && (code < 0x10000 || code > Character.MAX_CODE_POINT))) {
            throw bytes.error("invalid UTF-8");
        }
        text.appendCodePoint(code);
    }

    /**
     * Appends the two- or three-byte UTF-8 character at {@code b[p]} when it is whole and valid before {@code end};
     * the index after it, or -1 (nothing appended) for anything else.
     */
    static int utf8(byte[] b, int p, int end, XmlText text) throws BoundedXml.LimitException {
        int lead = b[p] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF && p + 1 < end && (b[p + 1] & 0xC0) == 0x80) {
            text.append((char) (((lead & 0x1F) << 6) | (b[p + 1] & 0x3F)));
            return p + 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF && p + 2 < end && (b[p + 1] & 0xC0) == 0x80 && (b[p + 2] & 0xC0) == 0x80) {
            int code = ((lead & 0x0F) << 12) | ((b[p + 1] & 0x3F) << 6) | (b[p + 2] & 0x3F);
            if (code >= 0x800 && (code < 0xD800 || code > 0xDFFF)) {
                text.append((char) code);
                return p + 3;
            }
        }
        return -1;
    }

    /** Appends the character that starts with byte {@code b} (a CR LF or a lone CR reads as LF). */
    void character(int b, XmlText text) throws IOException, XMLStreamException {
        if (b >= 0x80) {
            utf8(b, text);
            return;
        }
        if (b == '\r') {
            if (bytes.skipIf('\n')) {
                bytes.unread();
                return; // the LF that follows is appended next
            }
            b = '\n';
        }
        if (b == '\n') {
            bytes.newLine();
        }
        text.append((char) b);
    }

    /** The content of a CDATA section up to "]]>", appended to {@code text} (null: skipped). */
    void cdata(XmlText text) throws IOException, XMLStreamException {
        int brackets = 0;
        while (true) {
            int b = bytes.readOrFail("CDATA");
            if (b == '>' && brackets >= 2) {
                if (text != null) {
                    text.drop(2);
                }
                return;
            }
            brackets = b == ']' ? brackets + 1 : 0;
            if (text != null) {
                character(b, text);
            } else if (b == '\n') {
                bytes.newLine();
            }
        }
    }

    /** After "&lt;!": a comment (skipped), CDATA (appended to {@code text}, or skipped when null); a DOCTYPE fails. */
    void markup(XmlText text) throws IOException, XMLStreamException {
        int b = bytes.readOrFail("a tag");
        if (b == '-') {
            if (bytes.readOrFail("a comment") != '-') {
                throw bytes.error("'<!-' is not a comment");
            }
            bytes.skipPast('-', '-', "a comment");
            if (bytes.readOrFail("a comment") != '>') {
                throw bytes.error("'--' inside a comment");
            }
        } else if (b == '[') {
            for (char expected : "CDATA[".toCharArray()) {
                if (bytes.readOrFail("a tag") != expected) {
                    throw bytes.error("'<![' does not start CDATA");
                }
            }
            cdata(text);
        } else if (b == 'D') {
            throw new XMLStreamException("DOCTYPE declarations are not allowed in a sheet");
        } else {
            throw bytes.error("'<!' starts no comment or CDATA");
        }
    }
}
