package com.surveypivot.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu items of the window's desktop manners: File > Open Recent, View > Layout and View > Theme. */
final class DeskMenus {
    private DeskMenus() {
    }

    /** File > Open Recent: the recent files, newest first. */
    static Menu recent(MainView view) {
        DeskText text = view.deskText();
        Menu recent = new Menu();
        recent.setId("menuRecent");
        recent.textProperty().bind(text.bind("desk.menu.recent"));
        // refilled after each open (not while the menu is showing: its items would be replaced under the pointer)
        view.model().fileProperty().addListener((obs, old, f) -> javafx.application.Platform.runLater(
                () -> fill(recent, view)));
        fill(recent, view);
        return recent;
    }

    static void fill(Menu recent, MainView view) {
        List<Path> files = view.settings().recentFiles();
        recent.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(view.deskText().get("desk.menu.recent.none"));
            none.setId("menuRecentNone");
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            MenuItem item = new MenuItem(file.getFileName() + "  —  "
                    + (file.getParent() == null ? "" : file.getParent().toString()));
            item.setMnemonicParsing(false);
            item.setId("menuRecent" + i);
            item.setDisable(!Files.isRegularFile(file));
            item.setOnAction(e -> {
                if (view.projectActions().mayLeave()) {
                    view.model().open(file);
                }
            });
            recent.getItems().add(item);
        }
    }

    /** View > Layout: chart, grid, or both side by side (Ctrl+1/2/3). */
    static Menu layout(MainView view) {
        return choice("menuLayout", "desk.menu.layout", "desk.layout.", LayoutMode.values(), view.layoutProperty(),
                view.deskText(), true);
    }

    /** View > Theme: light or dark. */
    static Menu theme(MainView view) {
        return choice("menuTheme", "desk.menu.theme", "desk.theme.", Theme.values(), view.themeProperty(),
                view.deskText(), false);
    }

    /** A menu of radio items, one per value, kept in step with {@code property} both ways. */
    private static <T extends Enum<T>> Menu choice(String id, String key, String itemKey, T[] values,
            ObjectProperty<T> property, DeskText text, boolean shortcuts) {
        Menu menu = new Menu();
        menu.setId(id);
        menu.textProperty().bind(text.bind(key));
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < values.length; i++) {
            T value = values[i];
            RadioMenuItem item = new RadioMenuItem();
            item.setId(id + value.name());
            item.textProperty().bind(text.bind(itemKey + value.name().toLowerCase(Locale.ROOT)));
            item.setToggleGroup(group);
            if (shortcuts) {
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            }
            item.setSelected(property.get() == value);
            item.setOnAction(e -> property.set(value));
            property.addListener((obs, old, v) -> item.setSelected(v == value));
            menu.getItems().add(item);
        }
        return menu;
    }
}
