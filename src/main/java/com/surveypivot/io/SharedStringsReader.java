package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the workbook's shared strings table ({@code xl/sharedStrings.xml}) into a plain array: each {@code <si>}'s
 * text runs joined, phonetic guides ({@code <rPh>}, furigana) left out. A UTF-8 table is read from its bytes by
 * {@link XmlBytes}; another encoding with bounded StAX.
 */
final class SharedStringsReader {
    private static final String[] ELEMENTS = {"si", "t", "rPh"};
    private static final int SI = 0;
    private static final int T = 1;
    private static final int RPH = 2;

    private SharedStringsReader() {
    }

    static String[] read(XlsxPackage pkg, String part, XMLInputFactory xml) throws IOException, XMLStreamException {
        return read(pkg, part, xml, true);
    }

    /** {@code scanBytes} false: with StAX whatever the encoding (tests compare the two). */
    static String[] read(XlsxPackage pkg, String part, XMLInputFactory xml, boolean scanBytes)
            throws IOException, XMLStreamException {
        if (part == null) {
            return new String[0];
        }
        try (InputStream in = pkg.open(part)) {
            if (in == null) {
                return new String[0];
            }
            XmlBytes bytes = new XmlBytes(in, ELEMENTS, new String[0], new int[ELEMENTS.length]);
            return scanBytes && bytes.isUtf8() ? scan(bytes) : parse(bytes.replay(), xml);
        }
    }

    /** The strings read from the bytes: the same rules as {@link #parse}; XmlBytes keeps BoundedXml's limits. */
    private static String[] scan(XmlBytes xml) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        XmlText current = new XmlText();
        boolean inString = false;
        int phonetic = 0;
        for (int event = xml.next(); event != XmlBytes.EOF; event = xml.next()) {
            int kind = xml.kind();
            if (event == XmlBytes.START) {
                if (kind == SI) {
                    current.clear();
                    inString = true;
                } else if (kind == RPH) {
                    phonetic++;
                } else if (kind == T && inString && phonetic == 0 && !xml.selfClosing()) {
                    xml.text(current);
                    continue;
                }
                if (!xml.selfClosing()) {
                    continue;
                }
            }
            if (kind == SI && inString) {
                strings.add(current.toString());
                inString = false;
            } else if (kind == RPH) {
                phonetic--;
            }
        }
        return strings.toArray(new String[0]);
    }

    private static String[] parse(InputStream in, XMLInputFactory xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        try (BoundedXml xr = new BoundedXml(xml, in, BoundedXml.LARGE_PART)) {
            XMLStreamReader r = xr.reader();
            StringBuilder current = null;
            int phonetic = 0;
            while (xr.hasNext()) {
                int event = xr.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if ("si".equals(name)) {
                        current = new StringBuilder();
                    } else if ("rPh".equals(name)) {
                        phonetic++;
                    } else if ("t".equals(name) && current != null && phonetic == 0) {
                        current.append(xr.elementText());
                        if (current.length() > BoundedXml.MAX_TEXT) {
                            throw BoundedXml.tooLong();
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if ("si".equals(name) && current != null) {
                        strings.add(current.toString());
                        current = null;
                    } else if ("rPh".equals(name)) {
                        phonetic--;
                    }
                }
            }
        }
        return strings.toArray(new String[0]);
    }
}
