package com.surveypivot.io;

import com.surveypivot.i18n.LocalizedException;

/** A file that cannot be read as a survey: a one-line translated message (keys in the io bundle). */
public class SurveyReadException extends LocalizedException {
    public SurveyReadException(String key, Object... args) {
        super(key, args);
    }

    public SurveyReadException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }

    /** True for the exception thrown when the user cancelled loading. */
    public boolean isCancelled() {
        return "io.cancelled".equals(key());
    }
}
