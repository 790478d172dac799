package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where things are in an .xlsx package, read with bounded StAX from the few parts that say so: the content types
 * (checked, to refuse a DOCTYPE), the package relationships (the workbook part), the workbook (its worksheets in
 * order and the 1904 date system) and the workbook's relationships (each sheet's part, the shared strings and the
 * styles). Transitional and Strict OOXML both work: relationship types are matched by their last segment.
 *
 * @param sheets        the worksheets in workbook order
 * @param sharedStrings the shared strings part, or null
 * @param styles        the styles part, or null
 * @param date1904      whether the workbook counts dates from 1904
 */
record WorkbookParts(List<Sheet> sheets, String sharedStrings, String styles, boolean date1904) {
    /** A worksheet: its name and its part in the package. */
    record Sheet(String name, String part) {
    }

    private record Relationship(String type, String target) {
    }

    static final String CONTENT_TYPES = "[Content_Types].xml";

    /** Reads the package's structure; a package without a workbook is not a spreadsheet. */
    static WorkbookParts read(XlsxPackage pkg, XMLInputFactory xml, String fileName)
            throws IOException, XMLStreamException, SurveyReadException {
        if (!pkg.has(CONTENT_TYPES)) {
            throw new SurveyReadException("io.error.notSpreadsheet", fileName);
        }
        checkContentTypes(pkg, xml);
        String workbook = null;
        for (Relationship r : relationships(pkg, xml, "_rels/.rels", "").values()) {
            if (r.type().endsWith("/officeDocument")) {
                workbook = r.target();
                break;
            }
        }
        if (workbook == null && pkg.has("xl/workbook.xml")) {
            workbook = "xl/workbook.xml";
        }
        if (workbook == null || !pkg.has(workbook)) {
            throw new SurveyReadException("io.error.notSpreadsheet", fileName);
        }
        int slash = workbook.lastIndexOf('/');
        String folder = slash < 0 ? "" : workbook.substring(0, slash + 1);
        String relsPart = folder + "_rels/" + workbook.substring(slash + 1) + ".rels";
        if (pkg.recovered() && !pkg.has(relsPart)) {
            throw cutOff(fileName);
        }
        Map<String, Relationship> rels = relationships(pkg, xml, relsPart, folder);
        String shared = null;
        String styles = null;
        for (Relationship r : rels.values()) {
            if (r.type().endsWith("/sharedStrings") && shared == null) {
                shared = r.target();
            } else if (r.type().endsWith("/styles") && styles == null) {
                styles = r.target();
            }
        }
        List<Sheet> sheets = new ArrayList<>();
        boolean date1904 = false;
        try (InputStream in = pkg.open(workbook); BoundedXml xr = new BoundedXml(xml, in, BoundedXml.SMALL_PART)) {
            XMLStreamReader r = xr.reader();
            while (xr.hasNext()) {
                if (xr.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if ("workbookPr".equals(name)) {
                    String v = r.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if ("sheet".equals(name)) {
                    Relationship target = rels.get(relationshipId(r));
                    String sheetName = r.getAttributeValue(null, "name");
                    if (target != null && target.type().endsWith("/worksheet") && pkg.has(target.target())) {
                        sheets.add(new Sheet(sheetName == null ? "Sheet" + (sheets.size() + 1) : sheetName,
                                target.target()));
                    } else if (target != null && target.type().endsWith("/worksheet") && pkg.recovered()) {
                        throw cutOff(fileName);
                    }
                }
            }
        }
        if (pkg.recovered() && (sheets.isEmpty() || (shared != null && !pkg.has(shared))
                || (styles != null && !pkg.has(styles)))) {
            throw cutOff(fileName);
        }
        return new WorkbookParts(List.copyOf(sheets), shared != null && pkg.has(shared) ? shared : null,
                styles != null && pkg.has(styles) ? styles : null, date1904);
    }

    /** A package cut off in transit that lacks a part the workbook names: its data is not all there. */
    private static SurveyReadException cutOff(String fileName) {
        return new SurveyReadException("io.error.corrupt", fileName,
                new com.surveypivot.i18n.LocalizedText("read.detail.zip"));
    }

    /** The {@code r:id} attribute of a {@code <sheet>}, whatever the relationships namespace's prefix. */
    private static String relationshipId(XMLStreamReader r) {
        for (int a = 0; a < r.getAttributeCount(); a++) {
            String ns = r.getAttributeNamespace(a);
            if ("id".equals(r.getAttributeLocalName(a)) && ns != null && ns.contains("relationships")) {
                return r.getAttributeValue(a);
            }
        }
        return null;
    }

    private static void checkContentTypes(XlsxPackage pkg, XMLInputFactory xml) throws IOException, XMLStreamException {
        try (InputStream in = pkg.open(CONTENT_TYPES);
                BoundedXml xr = new BoundedXml(xml, in, BoundedXml.SMALL_PART)) {
            while (xr.hasNext()) {
                xr.next();
            }
        }
    }

    /** The relationships in {@code part} by id, targets resolved against {@code folder}; none when it is missing. */
    private static Map<String, Relationship> relationships(XlsxPackage pkg, XMLInputFactory xml, String part,
            String folder) throws IOException, XMLStreamException {
        Map<String, Relationship> map = new HashMap<>();
        try (InputStream in = pkg.open(part)) {
            if (in == null) {
                return map;
            }
            try (BoundedXml xr = new BoundedXml(xml, in, BoundedXml.SMALL_PART)) {
                XMLStreamReader r = xr.reader();
                while (xr.hasNext()) {
                    if (xr.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                        String id = r.getAttributeValue(null, "Id");
                        String type = r.getAttributeValue(null, "Type");
                        String target = r.getAttributeValue(null, "Target");
                        String mode = r.getAttributeValue(null, "TargetMode");
                        if (id != null && type != null && target != null && !"External".equalsIgnoreCase(mode)) {
                            map.putIfAbsent(id, new Relationship(type, resolve(folder, target)));
                        }
                    }
                }
            }
        }
        return map;
    }

    /** A relationship target as a part name: absolute ("/xl/…") or relative to {@code folder}, "." and ".." folded. */
    static String resolve(String folder, String target) {
        String path = target.replace('\\', '/');
        path = path.startsWith("/") ? path.substring(1) : folder + path;
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || ".".equals(segment)) {
                continue;
            }
            if ("..".equals(segment)) {
                parts.pollLast();
            } else {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }
}
