package com.surveypivot.ui;

import com.surveypivot.findings.FindingWriter;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;

/**
 * Which questions (or attributes) the scan covers: a menu of check items over the choices; none checked means the
 * scan's defaults, as the button's text says.
 */
final class ScanChoiceMenu extends MenuButton {
    private final ObservableList<Question> chosen;
    private final String defaultKey;
    private final String chosenKey;
    private final Supplier<Locale> locale;

    ScanChoiceMenu(String id, ObservableList<Question> choices, ObservableList<Question> chosen, String defaultKey,
            String chosenKey, Supplier<Locale> locale) {
        this.chosen = chosen;
        this.defaultKey = defaultKey;
        this.chosenKey = chosenKey;
        this.locale = locale;
        setId(id);
        choices.addListener((ListChangeListener<Question>) c -> rebuild(choices));
        chosen.addListener((ListChangeListener<Question>) c -> relabel());
        rebuild(choices);
    }

    private void rebuild(ObservableList<Question> choices) {
        getItems().clear();
        for (Question q : choices) {
            CheckMenuItem item = new CheckMenuItem(FindingWriter.name(q));
            item.setUserData(q);
            item.setSelected(chosen.contains(q));
            item.selectedProperty().addListener((obs, old, on) -> {
                if (on && !chosen.contains(q)) {
                    chosen.add(q);
                } else if (!on) {
                    chosen.remove(q);
                }
            });
            getItems().add(item);
        }
        relabel();
    }

    /** The button's text in the current language. */
    void relabel() {
        setText(chosen.isEmpty() ? Messages.get(locale.get(), defaultKey)
                : Messages.get(locale.get(), chosenKey, chosen.size()));
    }
}
