package com.surveypivot.ui;

import com.surveypivot.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/** Text of the Text answers tab from the {@code text} bundle (full keys, {@code text.ui.*}), following the locale. */
final class TextI18n {
    private final UiText ui;

    TextI18n(UiText ui) {
        this.ui = ui;
    }

    String get(String key, Object... args) {
        return Messages.get(ui.locale().getValue(), key, args);
    }

    StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), ui.locale());
    }

    UiText ui() {
        return ui;
    }
}
