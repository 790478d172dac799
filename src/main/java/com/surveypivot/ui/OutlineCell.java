package com.surveypivot.ui;

import com.surveypivot.project.SavedEntry;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One entry of the report outline: a kind mark (table or map), the name and the base. A click opens it, a
 * double-click renames it in place, and it is dragged onto another entry to take that one's place (JavaFX's full
 * press-drag-release gesture, no platform drag board).
 */
final class OutlineCell extends ListCell<SavedEntry> {
    private final ReportOutlinePane pane;
    private final Label kind = new Label();
    private final Label name = new Label();
    private final Label base = new Label();
    private final HBox row = new HBox(6, kind, name, base);
    private TextField field;

    OutlineCell(ReportOutlinePane pane) {
        this.pane = pane;
        kind.getStyleClass().addAll("outline-kind", "type-tag");
        base.getStyleClass().add("outline-base");
        name.getStyleClass().add("outline-name");
        name.setMaxWidth(Double.MAX_VALUE);
        // a long name is cut with "…": it never widens the window's side
        name.setMinWidth(0);
        name.setPrefWidth(0);
        row.setMinWidth(0);
        row.setPrefWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        kind.setMinWidth(USE_PREF_SIZE);
        base.setMinWidth(USE_PREF_SIZE);
        editableProperty().bind(pane.renamingProperty());
        setOnMouseClicked(this::clicked);
        // the list's multiple selection turns drag detection off; an entry is dragged all the same
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> e.setDragDetect(true));
        setOnDragDetected(e -> {
            if (getItem() != null && !isEditing() && e.getButton() == MouseButton.PRIMARY) {
                pane.dragStarted(getItem().id());
                startFullDrag();
                e.consume();
            }
        });
        addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> getStyleClass().add("drop-target"));
        addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> getStyleClass().remove("drop-target"));
        addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            getStyleClass().remove("drop-target");
            String id = pane.takeDragged();
            if (id != null && getItem() != null) {
                pane.actions().moveOnto(id, getItem().id());
            }
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> pane.takeDragged());
    }

    private void clicked(MouseEvent e) {
        if (getItem() == null || isEditing() || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()
                || e.isShiftDown() || e.isShortcutDown()) {
            return;
        }
        if (e.getClickCount() == 2) {
            pane.rename();
        } else if (e.getClickCount() == 1) {
            pane.actions().open(getItem());
        }
    }

    @Override
    protected void updateItem(SavedEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (isEditing()) {
            return;
        }
        DeskText text = pane.text();
        kind.setText(text.get(entry.isMap() ? "outline.kind.map" : "outline.kind.table"));
        kind.getStyleClass().removeAll("outline-map", "outline-table");
        kind.getStyleClass().add(entry.isMap() ? "outline-map" : "outline-table");
        name.setText(entry.name());
        Optional<Integer> n = pane.bases().base(entry.state());
        base.setText(n.map(v -> text.get("outline.base", String.format("%,d", v))).orElse(""));
        setText(null);
        setGraphic(row);
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing() || getItem() == null) {
            return;
        }
        field = new TextField(getItem().name());
        field.setId("outlineNameField");
        field.setOnAction(e -> commitEdit(getItem().withName(field.getText())));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isEditing()) {
                commitEdit(getItem().withName(field.getText()));
            }
        });
        setGraphic(field);
        field.selectAll();
        field.requestFocus();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        updateItem(getItem(), getItem() == null);
        refocus();
    }

    @Override
    public void commitEdit(SavedEntry newValue) {
        super.commitEdit(newValue);
        updateItem(getItem(), getItem() == null);
        refocus();
    }

    /** The keyboard back on the list once the name field is gone. */
    private void refocus() {
        if (getListView() != null) {
            getListView().requestFocus();
        }
    }
}
