package com.surveypivot.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * Gives every dialog's standard buttons (OK, Cancel, Close, Yes, No, Apply) the window's language: JavaFX labels
 * them in the language the JVM started with, so after switching to Japanese a dialog would still say OK / Cancel in
 * English (and the other way round). Watches the windows as they open, so that no dialog can be missed.
 */
final class DialogButtons {
    /** The text of the window opened last (one main window per app; tests open one after another). */
    private static DeskText current;
    private static boolean watching;

    private DialogButtons() {
    }

    /** From now on, every dialog shown is translated with {@code text}'s locale at the time it opens. */
    static void translateAll(DeskText text) {
        current = text;
        if (watching) {
            return;
        }
        watching = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    Scene scene = window.getScene();
                    if (scene != null && scene.getRoot() != null) {
                        Node pane = scene.getRoot() instanceof DialogPane ? scene.getRoot()
                                : scene.getRoot().lookup(".dialog-pane");
                        if (pane instanceof DialogPane dialogPane) {
                            translate(dialogPane, current);
                        }
                    }
                }
            }
        });
    }

    static void translate(DialogPane pane, DeskText text) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = key(type);
            Node node = pane.lookupButton(type);
            if (key != null && node instanceof Button button) {
                button.setText(text.get(key));
            }
        }
    }

    private static String key(ButtonType type) {
        if (type == ButtonType.OK) {
            return "desk.button.ok";
        } else if (type == ButtonType.CANCEL) {
            return "desk.button.cancel";
        } else if (type == ButtonType.CLOSE) {
            return "desk.button.close";
        } else if (type == ButtonType.YES) {
            return "desk.button.yes";
        } else if (type == ButtonType.NO) {
            return "desk.button.no";
        } else if (type == ButtonType.APPLY) {
            return "desk.button.apply";
        }
        return null;
    }
}
