package com.surveypivot.io;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader over one part of a package with limits a spreadsheet never reaches: nesting depth, element count
 * and text length. No DTD is accepted. It checks for cancellation every {@value #CHECK_EVERY} elements. The sheet
 * parser keeps the same limits with its own counters (see {@link XlsxTableReader.SheetParser}).
 */
final class BoundedXml implements AutoCloseable {
    /** Deepest element nesting accepted (a sheet needs 7 levels, styles about 6). */
    static final int MAX_DEPTH = 100;
    /** Longest text node, in characters (Excel's own limit for a cell is 32,767). */
    static final int MAX_TEXT = 1 << 20;
    /** Elements in a small part (relationships, content types, workbook, styles). */
    static final long SMALL_PART = 5_000_000;
    /** Elements in the shared strings or a sheet: above what 1,048,576 × 16,384 cells of a real sheet need. */
    static final long LARGE_PART = 60_000_000_000L;
    static final int CHECK_EVERY = 4096;

    /** A limit was passed: {@link #depth()} tells nesting from size. */
    static final class LimitException extends XMLStreamException {
        private static final long serialVersionUID = 1L;
        private final boolean depth;

        LimitException(boolean depth, String what) {
            super(what);
            this.depth = depth;
        }

        boolean depth() {
            return depth;
        }
    }

    private final XMLStreamReader xr;
    private final long maxElements;
    private int depth;
    private long elements;

    BoundedXml(XMLInputFactory factory, java.io.InputStream in, long maxElements) throws XMLStreamException {
        this.xr = factory.createXMLStreamReader(in);
        this.maxElements = maxElements;
    }

    XMLStreamReader reader() {
        return xr;
    }

    boolean hasNext() throws XMLStreamException {
        return xr.hasNext();
    }

    /** The next event, after the limit checks. */
    int next() throws XMLStreamException {
        int event = xr.next();
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > MAX_DEPTH) {
                    throw tooDeep();
                }
                if (++elements > maxElements) {
                    throw tooMany();
                }
                if (elements % CHECK_EVERY == 0) {
                    ReadCancel.check();
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                if (xr.getTextLength() > MAX_TEXT) {
                    throw tooLong();
                }
            }
            case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE declarations are not allowed");
            default -> {
            }
        }
        return event;
    }

    /** The text of the current element (which must hold text only), at most {@link #MAX_TEXT} characters. */
    String elementText() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    sb.append(xr.getTextCharacters(), xr.getTextStart(), xr.getTextLength());
                    if (sb.length() > MAX_TEXT) {
                        throw tooLong();
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return sb.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> throw new XMLStreamException(
                        "unexpected element inside text", xr.getLocation());
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the part ends inside text");
                default -> {
                }
            }
        }
    }

    static LimitException tooDeep() {
        return new LimitException(true, "elements nested deeper than " + MAX_DEPTH);
    }

    static LimitException tooMany() {
        return new LimitException(false, "too many elements");
    }

    static LimitException tooLong() {
        return new LimitException(false, "a text of more than " + MAX_TEXT + " characters");
    }

    @Override
    public void close() throws XMLStreamException {
        xr.close();
    }
}
