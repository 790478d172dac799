package com.surveypivot.io;

import java.io.IOException;
import java.util.Locale;

/**
 * Turns a read failure whose cause is a known attack or limit into its own clear message: a zip bomb (POI's
 * inflate-ratio and entry-size guards), XML with a DOCTYPE or entities (refused by the bounded StAX readers), a
 * sheet beyond Excel's limits.
 */
final class ReadFailures {
    private ReadFailures() {
    }

    static SurveyReadException explain(SurveyReadException failure, String fileName) {
        if (failure.isCancelled()) {
            return failure;
        }
        for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            String lower = message.toLowerCase(Locale.ROOT);
            if (t instanceof SheetLimits.ExceededException limit) {
                return new SurveyReadException(failure.getCause(), "io.error.tooLarge", limit.sheet());
            }
            if (t instanceof IOException && lower.startsWith("zip bomb detected")) {
                return new SurveyReadException(failure.getCause(), "io.error.zipBomb", fileName);
            }
            if (t instanceof javax.xml.stream.XMLStreamException
                    && (lower.contains("doctype") || lower.contains("dtd") || lower.contains("entity"))) {
                return new SurveyReadException(failure.getCause(), "io.error.doctype", fileName);
            }
        }
        return failure;
    }
}
