package com.surveypivot.ui;

import com.surveypivot.i18n.Messages;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * UI text from the {@code ui} bundle, following a locale property: {@link #bind} gives a binding that re-reads
 * its key whenever the locale changes, so a language switch updates every label at once.
 */
public final class UiText {
    private final ObservableValue<Locale> locale;

    public UiText(ObservableValue<Locale> locale) {
        this.locale = locale;
    }

    /** The text of {@code ui.<key>} in the current locale. */
    public String get(String key, Object... args) {
        return Messages.get(locale.getValue(), "ui." + key, args);
    }

    /** A binding to the text of {@code ui.<key>} that follows the locale. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    public ObservableValue<Locale> locale() {
        return locale;
    }
}
