package com.surveypivot.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user's notes of a project put on data of another name: the window's note keys begin with the survey's title
 * and a NUL, so that keys of the title saved are given the title of the survey the project now shows (the rest of
 * each key, and keys of any other form, stay as they are).
 */
final class NoteKeys {
    private NoteKeys() {
    }

    static Map<String, String> retitled(Map<String, String> notes, String savedTitle, String title) {
        if (savedTitle == null || savedTitle.isEmpty() || title == null || savedTitle.equals(title)) {
            return notes;
        }
        String from = ShownNotes.noteKey(savedTitle, "");
        String to = ShownNotes.noteKey(title, "");
        Map<String, String> moved = new LinkedHashMap<>();
        notes.forEach((key, text) -> moved.put(key.startsWith(from) ? to + key.substring(from.length()) : key, text));
        return moved;
    }
}
