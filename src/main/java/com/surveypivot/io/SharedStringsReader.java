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
 * Reads the workbook's shared strings table ({@code xl/sharedStrings.xml}) with bounded StAX into a plain array:
 * each {@code <si>}'s text runs joined, phonetic guides ({@code <rPh>}, furigana) left out.
 */
final class SharedStringsReader {
    private SharedStringsReader() {
    }

    static String[] read(XlsxPackage pkg, String part, XMLInputFactory xml) throws IOException, XMLStreamException {
        if (part == null) {
            return new String[0];
        }
        List<String> strings = new ArrayList<>();
        try (InputStream in = pkg.open(part); BoundedXml xr = new BoundedXml(xml, in, BoundedXml.LARGE_PART)) {
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
