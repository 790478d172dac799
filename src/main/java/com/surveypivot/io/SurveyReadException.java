package com.surveypivot.io;

import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import java.util.Locale;

/**
 * A file that cannot be read as a survey: a one-line translated message (keys in the io bundle). Text arguments
 * (file, sheet and column names, which come from the file) are made safe to show: no control characters, at most
 * {@link ReadText#MAX_CONTENT} characters each. A message that does not name the file yet gets it in front once
 * the reader knows it ({@link #inFile}); the whole line stays under 300 characters.
 */
public class SurveyReadException extends LocalizedException {
    /** The longest line a refusal may be (the project's rule is "one line, under 300 characters"). */
    static final int MAX_LINE = 299;

    private final String file;

    public SurveyReadException(String key, Object... args) {
        super(key, ReadText.safeArgs(args));
        this.file = null;
    }

    public SurveyReadException(Throwable cause, String key, Object... args) {
        super(cause, key, ReadText.safeArgs(args));
        this.file = null;
    }

    private SurveyReadException(SurveyReadException message, String file) {
        super(message.getCause(), message.key(), message.args());
        setStackTrace(message.getStackTrace());
        this.file = ReadText.content(file);
    }

    /** True for the exception thrown when the user cancelled loading. */
    public boolean isCancelled() {
        return "io.cancelled".equals(key());
    }

    /** The same refusal, naming {@code fileName} (in front of the message when the message does not name it). */
    SurveyReadException inFile(String fileName) {
        if (fileName == null || isCancelled() || file != null) {
            return this;
        }
        return new SurveyReadException(this, fileName);
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Messages.locale());
    }

    @Override
    public String message(Locale locale) {
        String text = super.message(locale);
        if (file != null && !text.contains(file)) {
            text = Messages.get(locale, "read.inFile", file, text);
        }
        return ReadText.line(text, MAX_LINE);
    }
}
