package com.surveypivot.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * Menu titles with a mnemonic (Alt+F opens File, Alt+E Edit, …): in English the title's first letter is marked
 * ("_File"); Japanese titles have no Latin letter to mark and stay as they are (their menus open with F10 and the
 * arrow keys, and every command keeps its Ctrl shortcut).
 */
final class Mnemonics {
    private Mnemonics() {
    }

    static StringBinding bind(ObservableValue<String> title, ObservableValue<Locale> locale) {
        return Bindings.createStringBinding(() -> mark(title.getValue()), title, locale);
    }

    /** "_File" for "File"; a title that does not start with a Latin letter is left alone. */
    static String mark(String title) {
        if (title == null || title.isEmpty() || title.startsWith("_")) {
            return title;
        }
        char first = title.charAt(0);
        return first < 128 && Character.isLetter(first) ? "_" + title.replace("_", "__") : title;
    }
}
