package com.surveypivot.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * Menu titles with a mnemonic (Alt+F opens File, Alt+E Edit, …) in every language: in English the title's first
 * letter is marked ("_File"); a title with no Latin first letter (Japanese) gets the letter in brackets after it, as
 * Windows programs write it ("ファイル(_F)", shown as "ファイル(F)" with the F underlined).
 */
final class Mnemonics {
    private Mnemonics() {
    }

    static StringBinding bind(ObservableValue<String> title, ObservableValue<Locale> locale, char letter) {
        return Bindings.createStringBinding(() -> mark(title.getValue(), letter), title, locale);
    }

    /** "_File" for "File"; "ファイル(_F)" for "ファイル" with the letter F. */
    static String mark(String title, char letter) {
        if (title == null || title.isEmpty() || title.contains("_")) {
            return title;
        }
        char first = title.charAt(0);
        if (first < 128 && Character.isLetter(first)) {
            return "_" + title;
        }
        return title + "(_" + Character.toUpperCase(letter) + ")";
    }
}
