package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of a workbook are dates, from {@code styles.xml} read with bounded StAX: the number format of
 * each {@code <cellXfs>} entry, custom formats from {@code <numFmts>}, judged by POI's {@link DateUtil}. A format
 * code longer than Excel's 255 characters is no date (and never reaches DateUtil's patterns).
 */
final class StylesReader {
    private static final int MAX_FORMAT = 255;

    private StylesReader() {
    }

    /** One flag per cell style index; empty when the workbook has no (readable) styles. */
    static boolean[] dateStyles(XlsxPackage pkg, String part, XMLInputFactory xml) {
        if (part == null) {
            return new boolean[0];
        }
        Map<Integer, String> formats = new HashMap<>();
        int[] xfFormats = new int[16];
        int xfCount = 0;
        try (InputStream in = pkg.open(part); BoundedXml xr = new BoundedXml(xml, in, BoundedXml.SMALL_PART)) {
            XMLStreamReader r = xr.reader();
            boolean inCellXfs = false;
            while (xr.hasNext()) {
                int event = xr.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if ("numFmt".equals(name)) {
                        int id = XlsxTableReader.parseIntOr(String.valueOf(r.getAttributeValue(null, "numFmtId")), -1);
                        String code = r.getAttributeValue(null, "formatCode");
                        if (id >= 0 && code != null) {
                            formats.put(id, code);
                        }
                    } else if ("cellXfs".equals(name)) {
                        inCellXfs = true;
                    } else if ("xf".equals(name) && inCellXfs) {
                        if (xfCount == xfFormats.length) {
                            xfFormats = java.util.Arrays.copyOf(xfFormats, xfCount * 2);
                        }
                        xfFormats[xfCount++] = XlsxTableReader.parseIntOr(
                                String.valueOf(r.getAttributeValue(null, "numFmtId")), 0);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(r.getLocalName())) {
                    inCellXfs = false;
                }
            }
        } catch (IOException | XMLStreamException e) {
            return new boolean[0];
        }
        boolean[] dates = new boolean[xfCount];
        Map<Integer, Boolean> judged = new HashMap<>();
        for (int i = 0; i < xfCount; i++) {
            int id = xfFormats[i];
            dates[i] = judged.computeIfAbsent(id, k -> isDate(k, formats.get(k)));
        }
        return dates;
    }

    private static boolean isDate(int id, String custom) {
        String code = custom != null ? custom : BuiltinFormats.getBuiltinFormat(id);
        if (code != null && code.length() > MAX_FORMAT) {
            return false;
        }
        return DateUtil.isADateFormat(id, code);
    }
}
