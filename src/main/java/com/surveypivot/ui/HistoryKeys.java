package com.surveypivot.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) in a text whose typing is recorded in the workspace's history: the keys undo
 * and redo there, instead of the text control's own undo, so that notes, pivot changes and survey edits are undone
 * in the one order they were made.
 */
final class HistoryKeys {
    private static final String MARK = "surveypivot.inHistory";
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private HistoryKeys() {
    }

    static void install(TextInputControl input, WorkspaceModel workspace) {
        input.getProperties().put(MARK, Boolean.TRUE);
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.Z && e.getCode() != KeyCode.Y) {
                return;
            }
            if (REDO.match(e) || REDO_SHIFT.match(e)) {
                workspace.redo();
                e.consume();
            } else if (UNDO.match(e)) {
                workspace.undo();
                e.consume();
            }
        });
    }

    static boolean inHistory(TextInputControl input) {
        return input.getProperties().containsKey(MARK);
    }
}
