package com.surveypivot.io;

import com.surveypivot.i18n.LocalizedText;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * The reason of a refusal in the user's words, chosen from the technical cause (which goes to the log, never into
 * the message): a damaged package, invalid XML at a line, XML nested too deeply, an inconsistent structure.
 */
final class ReadDetail {
    private ReadDetail() {
    }

    /** The reason for {@code failure} (its cause chain is searched for the most telling part). */
    static LocalizedText of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BoundedXml.LimitException limit) {
                return limit.depth() ? new LocalizedText("read.detail.xmlDepth", BoundedXml.MAX_DEPTH)
                        : new LocalizedText("read.detail.xmlSize");
            }
            if (t instanceof XMLStreamException xml) {
                return xml(null, xml);
            }
            if (t instanceof ZipException || t instanceof EOFException || t instanceof DataFormatException
                    || isTruncation(t)) {
                return new LocalizedText("read.detail.zip");
            }
            if (t instanceof CharacterCodingException) {
                return new LocalizedText("read.detail.encodingAnywhere");
            }
            if (t instanceof StackOverflowError) {
                return new LocalizedText("read.detail.xmlDepthAny");
            }
        }
        if (failure instanceof IOException && !isPoiFormat(failure)) {
            return new LocalizedText("read.detail.io");
        }
        return new LocalizedText("read.detail.structure");
    }

    /** Invalid XML in a part of the package ({@code part} may be null), with its line when the parser knows it. */
    static LocalizedText xml(String part, XMLStreamException e) {
        if (e instanceof BoundedXml.LimitException) {
            return of(e);
        }
        Location at = e.getLocation();
        int line = at == null ? -1 : at.getLineNumber();
        String where = part == null ? "XML" : part;
        return line > 0 ? new LocalizedText("read.detail.xmlLine", where, line)
                : new LocalizedText("read.detail.xml", where);
    }

    private static boolean isTruncation(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return m.contains("truncated") || m.contains("unexpected end") || m.contains("end of stream")
                || m.contains("central directory") || m.contains("not a zip") || m.contains("invalid stored block")
                || m.contains("invalid block type") || m.contains("invalid distance");
    }

    private static boolean isPoiFormat(Throwable t) {
        return t.getClass().getName().startsWith("org.apache.poi.");
    }
}
