package com.surveypivot.ui;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Puts a tab's content (built, with its model wired) into the scene only when the tab is first selected, so that a
 * tab the first screen does not show costs no CSS, skins or layout at start-up (issue 14). Once in, it stays.
 */
final class LazyTabContent {
    private LazyTabContent() {
    }

    /** {@code content} becomes the tab's content now if the tab is selected, else on its first selection. */
    static void install(Tab tab, Node content) {
        install(tab, () -> content);
    }

    /** What {@code make} builds becomes the tab's content now if the tab is selected, else on its first selection. */
    static void install(Tab tab, Supplier<? extends Node> make) {
        if (tab.isSelected()) {
            tab.setContent(make.get());
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(make.get());
                }
            }
        });
    }
}
