package com.surveypivot.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The Report menu (Add to Report, Ctrl+D, and the selected entries' actions) and View &gt; Report Outline. */
final class OutlineMenu {
    private OutlineMenu() {
    }

    static Menu menu(MainView view) {
        ReportOutlinePane pane = view.outlinePane();
        DeskText text = view.deskText();
        MenuItem add = item("menuOutlineAdd", "outline.add", text, pane::addCurrent);
        add.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        add.disableProperty().bind(view.model().surveyProperty().isNull());
        MenuItem rename = item("menuOutlineRename", "outline.rename", text, pane::rename);
        MenuItem duplicate = item("menuOutlineDuplicate", "outline.duplicate", text, pane::duplicate);
        MenuItem remove = item("menuOutlineRemove", "outline.remove", text, pane::remove);
        for (MenuItem item : new MenuItem[] {rename, duplicate, remove}) {
            item.disableProperty().bind(pane.list().getSelectionModel().selectedItemProperty().isNull());
        }
        Menu menu = new Menu();
        menu.setId("menuOutline");
        menu.textProperty().bind(Mnemonics.bind(text.bind("outline.heading"), text.locale(), 'R'));
        menu.getItems().addAll(add, new SeparatorMenuItem(), rename, duplicate, remove);
        return menu;
    }

    /**
     * View &gt; Report Outline: shows or hides the outline under the answers (remembered; hidden until the first
     * Add to Report, so that the question list and the answers keep their room).
     */
    static CheckMenuItem showItem(MainView view) {
        ReportOutlinePane pane = view.outlinePane();
        CheckMenuItem show = new CheckMenuItem();
        show.setId("menuShowOutline");
        show.textProperty().bind(view.deskText().bind("outline.menu.show"));
        pane.shownProperty().set(Boolean.parseBoolean(view.settings().get("outline.shown", "false")));
        show.selectedProperty().bindBidirectional(pane.shownProperty());
        pane.shownProperty().addListener((obs, old, v) -> view.settings().put("outline.shown", Boolean.toString(v)));
        return show;
    }

    static MenuItem item(String id, String key, DeskText text, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(text.bind(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
