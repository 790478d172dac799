package com.surveypivot.ui;

import com.surveypivot.workspace.PivotCommand;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * One question (or segment) in a zone: focusable, dragged to another zone or out to remove it; Delete removes it,
 * Ctrl+Left / Ctrl+Right move it, and its context menu does the same.
 */
final class ZoneChip extends Label {

    /**
     * @param remove    the command that takes it out
     * @param moveLeft  the command that moves it one place left, or null where it cannot move
     * @param moveRight likewise to the right
     */
    ZoneChip(String id, String text, WorkspaceModel workspace, PivotCommand remove, PivotCommand moveLeft,
            PivotCommand moveRight) {
        super(text);
        setId(id);
        setMnemonicParsing(false);
        setTooltip(new Tooltip(text));
        getStyleClass().add("zone-chip");
        setFocusTraversable(true);
        setMaxWidth(220);
        List<MenuItem> items = new ArrayList<>();
        items.add(item(workspace.text("zone.remove"), () -> workspace.execute(remove)));
        if (moveLeft != null) {
            items.add(item(workspace.text("zone.moveLeft"), () -> workspace.execute(moveLeft)));
        }
        if (moveRight != null) {
            items.add(item(workspace.text("zone.moveRight"), () -> workspace.execute(moveRight)));
        }
        setContextMenu(new ContextMenu(items.toArray(MenuItem[]::new)));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                workspace.execute(remove);
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.LEFT && moveLeft != null) {
                workspace.execute(moveLeft);
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.RIGHT && moveRight != null) {
                workspace.execute(moveRight);
                e.consume();
            }
        });
        setOnMouseClicked(e -> requestFocus());
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }
}
