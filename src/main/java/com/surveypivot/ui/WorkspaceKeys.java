package com.surveypivot.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCombination;

/**
 * Keys that reach the workspace from anywhere in the window, so that it can be used with the keyboard alone:
 * Ctrl+F the question search, Ctrl+Shift+S the Segments picker, Ctrl+Shift+A the answers list (NETs).
 * In the list: Enter = question, Ctrl+B = break down by, Ctrl+Shift+B = add to the banner, Ctrl+Shift+F = filter.
 */
final class WorkspaceKeys {
    private WorkspaceKeys() {
    }

    static void install(Node root, Node search, MenuButton segments, Node answers) {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                add(scene, search, segments, answers);
            }
        });
        if (root.getScene() != null) {
            add(root.getScene(), search, segments, answers);
        }
    }

    private static void add(Scene scene, Node search, MenuButton segments, Node answers) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), search::requestFocus);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+S"), () -> {
            if (!segments.isDisabled()) {
                segments.requestFocus();
                segments.show();
            }
        });
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+A"), answers::requestFocus);
    }
}
