package com.surveypivot.export;

import com.surveypivot.i18n.LocalizedException;

/** A file could not be exported; the message is a translated one-liner (keys in the export bundle). */
public class ExportException extends LocalizedException {
    public ExportException(String key, Object... args) {
        super(key, args);
    }

    public ExportException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
