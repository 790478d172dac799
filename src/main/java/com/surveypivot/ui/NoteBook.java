package com.surveypivot.ui;

import com.surveypivot.workspace.CommandHistory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.StringProperty;

/**
 * The user's own notes, one per table or map (by a key), shown one at a time in the note property. Typing is an
 * undoable step of the workspace's history: consecutive typing in the same note is one step.
 */
final class NoteBook {
    private final StringProperty shown;
    private final WorkspaceModel workspace;
    private final Map<String, String> notes = new HashMap<>();
    private String key = "";
    private boolean switching;

    NoteBook(StringProperty shown, WorkspaceModel workspace) {
        this.shown = shown;
        this.workspace = workspace;
        shown.addListener((obs, old, note) -> {
            if (switching || key.isEmpty()) {
                return;
            }
            String before = old == null ? "" : old;
            String after = note == null ? "" : note;
            notes.put(key, after);
            if (!before.equals(after)) {
                workspace.push(new NoteStep(this, key, before, after));
            }
        });
    }

    /** Shows the note kept under another key ("" shows none and keeps nothing). */
    void switchTo(String newKey) {
        if (newKey.equals(key)) {
            return;
        }
        key = newKey;
        switching = true;
        try {
            shown.set(notes.getOrDefault(key, ""));
        } finally {
            switching = false;
        }
    }

    String key() {
        return key;
    }

    /** Every note kept, by key (a copy; empty notes left out), for a project file. */
    Map<String, String> snapshot() {
        Map<String, String> copy = new java.util.TreeMap<>();
        notes.forEach((k, text) -> {
            if (text != null && !text.isEmpty()) {
                copy.put(k, text);
            }
        });
        return copy;
    }

    /** Puts a project's notes in place of all (no history step); the note shown follows. */
    void restore(Map<String, String> saved) {
        notes.clear();
        notes.putAll(saved);
        switching = true;
        try {
            shown.set(notes.getOrDefault(key, ""));
        } finally {
            switching = false;
        }
    }

    private void put(String noteKey, String text) {
        notes.put(noteKey, text);
        if (noteKey.equals(key)) {
            switching = true;
            try {
                shown.set(text);
            } finally {
                switching = false;
            }
        }
    }

    /** One note edit: the note's text before and after; typing on in the same note extends the step. */
    private static final class NoteStep implements CommandHistory.Step {
        private final NoteBook book;
        private final String key;
        private final String before;
        private String after;

        NoteStep(NoteBook book, String key, String before, String after) {
            this.book = book;
            this.key = key;
            this.before = before;
            this.after = after;
        }

        @Override
        public String describe(Locale locale) {
            return com.surveypivot.i18n.Messages.get(locale, "workspace.command.note");
        }

        @Override
        public void undo() {
            book.put(key, before);
        }

        @Override
        public void redo() {
            book.put(key, after);
        }

        @Override
        public boolean absorb(CommandHistory.Step next) {
            if (next instanceof NoteStep n && n.book == book && n.key.equals(key) && n.before.equals(after)
                    && !n.after.isEmpty() && Math.abs(n.after.length() - after.length()) <= 1) {
                after = n.after;
                return true;
            }
            return false;
        }
    }
}
