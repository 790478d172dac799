package com.surveypivot.ui;

import com.surveypivot.i18n.Messages;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * Text of the grid, Data tab and window-manner features from the {@code desk} bundle, following the window's
 * locale (as {@link UiText} does for the {@code ui} bundle). Keys are given in full ({@code desk.grid.copy}).
 */
public final class DeskText {
    private final ObservableValue<Locale> locale;

    public DeskText(ObservableValue<Locale> locale) {
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return Messages.get(locale.getValue(), key, args);
    }

    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    public ObservableValue<Locale> locale() {
        return locale;
    }
}
