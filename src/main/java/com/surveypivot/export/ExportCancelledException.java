package com.surveypivot.export;

/** The user cancelled a long export; nothing was written. */
public final class ExportCancelledException extends ExportException {
    public ExportCancelledException() {
        super("book.cancelled");
    }
}
