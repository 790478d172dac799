package com.surveypivot.i18n;

import java.util.Locale;

/**
 * An error whose message is a translated one-liner for the user: a key in the messages bundle plus arguments.
 * {@link #getMessage()} is English; {@link #getLocalizedMessage()} follows {@link Messages#locale()}.
 */
public class LocalizedException extends Exception {
    private final String key;
    private final transient Object[] args;

    public LocalizedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public LocalizedException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    /** The arguments of the message (a copy). */
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String getMessage() {
        return Messages.get(Locale.ENGLISH, key, args);
    }

    @Override
    public String getLocalizedMessage() {
        return Messages.get(key, args);
    }

    public String message(Locale locale) {
        return Messages.get(locale, key, args);
    }
}
