package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;

/**
 * A pull reader of UTF-8 XML straight from the bytes, for the one part whose size matters: a sheet's cells. It
 * gives start tags with the attributes the caller wants decoded, end tags (checked against the start tag they
 * close) and the text of elements that hold only text, decoding UTF-8, the predefined entities, character
 * references and CDATA, with line ends and attribute white space normalised as XML asks. Comments and processing
 * instructions are skipped; a DOCTYPE is refused. Nothing is allocated per element.
 *
 * <p>Each tag is first read by a fast path over the buffer (a whole tag of plain ASCII within {@link #WINDOW}
 * bytes); anything else (a long tag, entities, other characters, line breaks) is read again from the tag's start
 * by the general path, so both give the same result. Every read is bounded: nesting depth
 * ({@link BoundedXml#MAX_DEPTH}), names ({@link #MAX_NAME} bytes), texts and wanted attribute values
 * ({@link BoundedXml#MAX_TEXT} characters); each byte is looked at a fixed number of times. Elements and attributes
 * are known by their local name. A document that does not declare UTF-8 (or starts with a UTF-16 byte order mark)
 * is left to a StAX parser: see {@link #isUtf8()}.
 */
final class XmlBytes {
    static final int EOF = -1;
    static final int START = 1;
    static final int END = 2;
    /** Longest element or attribute name, in bytes. */
    static final int MAX_NAME = 512;
    /** Bytes a tag (or a text with its end tag) may span to be read by the fast path. */
    static final int WINDOW = 1024;

    private final ByteCursor bytes;
    private final XmlChars chars;
    private final XmlNames elementNames;
    private final XmlNames attributeNames;
    private final int[] wantedByKind;
    private final XmlText[] values;
    private final ElementStack open = new ElementStack();
    private final XmlEnds ends;
    private int kind = -1;
    private long elements;
    private boolean selfClosing;
    private int present;
    private final byte[] attributeName = new byte[MAX_NAME];

    /**
     * A reader of {@code in}; {@link #kind()} is the index of an element's local name in {@code elementNames}.
     * For an element of kind {@code k}, the attributes whose bits ({@code 1 << i} for {@code attributeNames[i]})
     * are in {@code wantedByKind[k]} are decoded: {@link #has(int)}, {@link #value(int)}.
     */
    XmlBytes(InputStream in, String[] elementNames, String[] attributeNames, int[] wantedByKind) {
        this.bytes = new ByteCursor(in);
        this.chars = new XmlChars(bytes);
        this.ends = new XmlEnds(bytes, open);
        this.elementNames = new XmlNames(elementNames);
        this.attributeNames = new XmlNames(attributeNames);
        this.wantedByKind = wantedByKind.clone();
        this.values = new XmlText[attributeNames.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = new XmlText();
        }
    }

    /** See {@link ByteCursor#isUtf8()}: call first; when false, give {@link #replay()} to a general parser. */
    boolean isUtf8() throws IOException {
        return bytes.isUtf8();
    }

    /** The whole document again, for another parser. */
    InputStream replay() {
        return bytes.replay();
    }

    /** The index of the current (or just closed) element's local name among the known names, or -1. */
    int kind() {
        return kind;
    }

    /** True when the start tag just read was an empty-element tag ({@code <c r="A1"/>}): it is closed already. */
    boolean selfClosing() {
        return selfClosing;
    }

    /** Open elements. */
    int depth() {
        return open.depth();
    }

    /** True when the start tag just read has the wanted attribute of bit {@code bit}. */
    boolean has(int bit) {
        return (present & bit) != 0;
    }

    /** The value of the wanted attribute of bit {@code bit} (when {@link #has(int)}). */
    XmlText value(int bit) {
        return values[Integer.numberOfTrailingZeros(bit)];
    }

    XMLStreamException error(String message) {
        return bytes.error(message);
    }

    /**
     * The next tag: {@link #START} (name and wanted attributes read), {@link #END} (checked against its start
     * tag), or {@link #EOF}. Text, comments and processing instructions before it are skipped.
     */
    int next() throws IOException, XMLStreamException {
        while (true) {
            if (!bytes.skipToTag()) {
                if (open.depth() > 0) {
                    throw error("the sheet ends inside <" + open.topText() + ">");
                }
                return EOF;
            }
            bytes.ensure(WINDOW);
            if (bytes.pos < bytes.limit && bytes.buf[bytes.pos] == '/') {
                bytes.pos++;
                int closed = ends.endTag();
                if (closed == XmlEnds.NOT_READ) {
                    endTag();
                } else {
                    kind = closed;
                }
                return END;
            }
            if (fastStartTag()) {
                return START;
            }
            int b = bytes.readOrFail("a tag");
            if (b == '?') {
                bytes.skipPast('?', '>', "a processing instruction");
            } else if (b == '!') {
                chars.markup(null);
            } else {
                startTag(b);
                return START;
            }
        }
    }

    /** A whole start tag of plain ASCII within the window, read in one pass; false (nothing read) otherwise. */
    private boolean fastStartTag() throws BoundedXml.LimitException {
        byte[] b = bytes.buf;
        int p = bytes.pos;
        int end = bytes.limit;
        int nameStart = p;
        int local = p;
        while (p < end && !ByteCursor.isNameEnd(b[p])) {
            if (b[p++] == ':') {
                local = p;
            }
        }
        int nameLength = p - nameStart;
        if (p >= end || nameLength == 0 || nameLength > MAX_NAME || b[nameStart] == '?' || b[nameStart] == '!') {
            return false;
        }
        int elementKind = elementNames.findLocal(b, local, p - local);
        int wanted = elementKind < 0 ? 0 : wantedByKind[elementKind];
        int found = 0;
        boolean empty;
        while (true) {
            while (p < end && (b[p] == ' ' || b[p] == '\t')) {
                p++;
            }
            if (p >= end) {
                return false;
            }
            byte c = b[p];
            if (c == '>') {
                p++;
                empty = false;
                break;
            }
            if (c == '/') {
                if (p + 1 >= end || b[p + 1] != '>') {
                    return false;
                }
                p += 2;
                empty = true;
                break;
            }
            int attributeStart = p;
            int attributeLocal = p;
            while (p < end && !ByteCursor.isNameEnd(b[p])) {
                if (b[p++] == ':') {
                    attributeLocal = p;
                }
            }
            int attributeLength = p - attributeStart;
            int attributeLocalLength = p - attributeLocal;
            if (p + 1 >= end || attributeLength == 0 || b[p] != '=' || (b[p + 1] != '"' && b[p + 1] != '\'')) {
                return false;
            }
            byte quote = b[p + 1];
            p += 2;
            int valueStart = p;
            while (p < end && b[p] != quote) {
                byte v = b[p];
                if (v < ' ' || v == '<' || v == '&') { // control bytes, non-ASCII (negative), markup
                    return false;
                }
                p++;
            }
            if (p >= end) {
                return false;
            }
            if (wanted != 0 && !XmlNames.isNamespaceDeclaration(b, attributeStart, attributeLength)) {
                int index = attributeNames.findLocal(b, attributeLocal, attributeLocalLength);
                if (index >= 0 && (wanted & (1 << index)) != 0) {
                    if ((found & (1 << index)) != 0) {
                        return false; // a repeated attribute: the general path reports it
                    }
                    values[index].view(b, valueStart, p);
                    found |= 1 << index;
                }
            }
            p++;
        }
        push(b, nameStart, nameLength, elementKind);
        present = found;
        selfClosing = empty;
        if (empty) {
            open.pop();
        }
        bytes.pos = p;
        return true;
    }

    /**
     * Opens an element. Every {@value BoundedXml#CHECK_EVERY} elements: the element limit of a large part
     * ({@link BoundedXml#LARGE_PART}), then cancellation, whatever the elements hold.
     */
    private void push(byte[] src, int from, int length, int elementKind) throws BoundedXml.LimitException {
        if (++elements % BoundedXml.CHECK_EVERY == 0) {
            if (elements > BoundedXml.LARGE_PART) {
                throw BoundedXml.tooMany();
            }
            ReadCancel.check();
        }
        open.push(src, from, length, elementKind);
        kind = elementKind;
    }

    /**
     * Right after the start tag of an element (not empty): when exactly {@code <v>TEXT</v>} and the element's end
     * tag follow, plain (a cell as Excel writes it), reads them in one pass: the text into {@code value}, the element
     * closed; true. Otherwise nothing is read: false.
     */
    boolean valueAndEnd(XmlText value) throws IOException, BoundedXml.LimitException {
        int closed = ends.valueAndEnd(value);
        if (closed == XmlEnds.NOT_READ) {
            return false;
        }
        kind = closed;
        return true;
    }

    /** The general path of a start tag whose first byte {@code first} was read: name, then every attribute. */
    private void startTag(int first) throws IOException, XMLStreamException {
        if (ByteCursor.isNameEnd(first)) {
            throw error("'<' is not followed by a name");
        }
        int length = bytes.name(first, attributeName, "an element name");
        int elementKind = elementNames.find(attributeName, 0, length);
        push(attributeName, 0, length, elementKind);
        int wanted = elementKind < 0 ? 0 : wantedByKind[elementKind];
        selfClosing = false;
        present = 0;
        while (attribute(wanted)) {
            // read
        }
    }

    /** The next attribute of the start tag (general path); false at the end of the tag. */
    private boolean attribute(int wanted) throws IOException, XMLStreamException {
        int b = bytes.skipSpace("a tag");
        if (b == '>') {
            return false;
        }
        if (b == '/') {
            if (bytes.readOrFail("a tag") != '>') {
                throw error("'/' in a tag is not followed by '>'");
            }
            selfClosing = true;
            open.pop();
            return false;
        }
        if (ByteCursor.isNameEnd(b)) {
            throw error("a tag holds '" + (char) b + "' where an attribute name belongs");
        }
        int length = bytes.name(b, attributeName, "an attribute name");
        b = bytes.readOrFail("a tag");
        if (b != '=') {
            bytes.unread();
            b = bytes.skipSpace("a tag");
        }
        if (b != '=') {
            throw error("an attribute without '='");
        }
        int quote = bytes.skipSpace("a tag");
        if (quote != '"' && quote != '\'') {
            throw error("an attribute value without quotes");
        }
        int index = XmlNames.isNamespaceDeclaration(attributeName, 0, length) ? -1
                : attributeNames.find(attributeName, 0, length);
        if (index < 0 || (wanted & (1 << index)) == 0) {
            chars.skipAttributeValue(quote);
            return true;
        }
        if ((present & (1 << index)) != 0) {
            throw error("attribute " + new String(attributeName, 0, length, StandardCharsets.UTF_8) + " repeated");
        }
        values[index].clear();
        chars.readAttributeValue(quote, values[index]);
        present |= 1 << index;
        return true;
    }

    /**
     * Appends the text of the element whose start tag was just read to {@code text}, up to and including its end
     * tag. A child element is an error.
     */
    void text(XmlText text) throws IOException, XMLStreamException {
        int closed = ends.text(text);
        if (closed != XmlEnds.NOT_READ) {
            kind = closed;
            return;
        }
        while (true) {
            chars.textRun(text);
            int b = bytes.readOrFail("a text");
            if (b == '<') {
                b = bytes.readOrFail("a tag");
                if (b == '/') {
                    endTag();
                    return;
                } else if (b == '!') {
                    chars.markup(text);
                } else if (b == '?') {
                    bytes.skipPast('?', '>', "a processing instruction");
                } else {
                    throw error("an element inside <" + open.topText() + ">, which holds text only");
                }
            } else if (b == '&') {
                chars.entity(text);
            } else {
                chars.character(b, text);
            }
        }
    }

    /** The general path of an end tag, after "&lt;/". */
    private void endTag() throws IOException, XMLStreamException {
        if (open.depth() == 0) {
            throw error("an end tag closes no element");
        }
        if (!bytes.matchName(open.topName(), open.topLength())) {
            throw error("an end tag does not match <" + open.topText() + ">");
        }
        int b = bytes.readOrFail("an end tag");
        if (b != '>') {
            bytes.unread();
            b = bytes.skipSpace("an end tag");
        }
        if (b != '>') {
            throw error("an end tag does not end with '>'");
        }
        kind = open.pop();
    }
}
