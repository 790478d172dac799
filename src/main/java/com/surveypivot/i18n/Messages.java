package com.surveypivot.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one entry point for user-visible text: UI labels, error messages and note sentences. A key's area is
 * its first segment and names its bundle: {@code io.error.encrypted} lives in {@code com/surveypivot/i18n/io.properties}
 * (English) and {@code io_ja.properties} (Japanese). Areas: app, io, analysis, notes, chart, export, ui, cli.
 */
public final class Messages {
    public static final String BUNDLE_PREFIX = "com.surveypivot.i18n.";
    private static volatile Locale locale = defaultLocale();

    private Messages() {
    }

    /** Japanese where the OS is Japanese, else English. */
    public static Locale defaultLocale() {
        return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = "ja".equals(newLocale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    public static ResourceBundle bundle(String area, Locale forLocale) {
        return ResourceBundle.getBundle(BUNDLE_PREFIX + area, forLocale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for a key in the current locale, with {0}-style arguments filled in. */
    public static String get(String key, Object... args) {
        return get(locale, key, args);
    }

    public static String get(Locale forLocale, String key, Object... args) {
        String pattern;
        try {
            int dot = key.indexOf('.');
            pattern = bundle(dot < 0 ? "app" : key.substring(0, dot), forLocale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof LocalizedText text) {
                resolved[i] = text.in(forLocale);
            }
        }
        return new MessageFormat(pattern, forLocale).format(resolved);
    }
}
