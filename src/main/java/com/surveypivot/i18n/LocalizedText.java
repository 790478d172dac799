package com.surveypivot.i18n;

import java.util.Locale;

/**
 * A piece of translated text used as an argument of another message (a reason inside an error line): it is
 * looked up in the locale the outer message is shown in, so a Japanese line gets a Japanese reason.
 *
 * @param key  the message key (its bundle is the key's first segment)
 * @param args the arguments of the key's pattern
 */
public record LocalizedText(String key, Object... args) {
    public LocalizedText {
        args = args == null ? new Object[0] : args.clone();
    }

    /** The text in {@code locale}. */
    public String in(Locale locale) {
        return Messages.get(locale, key, args);
    }

    @Override
    public String toString() {
        return in(Messages.locale());
    }
}
