package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads the workbook's shared strings table ({@code xl/sharedStrings.xml}) with Aalto StAX into a plain array:
 * each {@code <si>}'s text runs joined, phonetic guides ({@code <rPh>}, furigana) left out.
 */
final class SharedStringsReader {
    private SharedStringsReader() {
    }

    static String[] read(OPCPackage pkg, XMLInputFactory xml) throws IOException, XMLStreamException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new String[0];
        }
        List<String> strings = new ArrayList<>();
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLStreamReader xr = xml.createXMLStreamReader(in);
            try {
                StringBuilder current = null;
                int phonetic = 0;
                while (xr.hasNext()) {
                    int event = xr.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = xr.getLocalName();
                        if ("si".equals(name)) {
                            current = new StringBuilder();
                        } else if ("rPh".equals(name)) {
                            phonetic++;
                        } else if ("t".equals(name) && current != null && phonetic == 0) {
                            current.append(xr.getElementText());
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = xr.getLocalName();
                        if ("si".equals(name) && current != null) {
                            strings.add(current.toString());
                            current = null;
                        } else if ("rPh".equals(name)) {
                            phonetic--;
                        }
                    } else if (event == XMLStreamConstants.DTD) {
                        throw new XMLStreamException("DOCTYPE declarations are not allowed in shared strings");
                    }
                }
            } finally {
                xr.close();
            }
        }
        return strings.toArray(new String[0]);
    }
}
