package com.surveypivot.ui;

import com.surveypivot.project.SavedEntry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The report outline beside the question list: the tables and maps the user keeps, in report order, each with a
 * kind mark, its name and its base. Add to Report (Ctrl+D, the button) keeps the table or map shown; F2 or a
 * double-click renames; Alt+Up/Down or a drag moves; Delete removes; a click or Enter opens the entry in the
 * workspace. Shift/Ctrl select several (for the exports).
 */
final class ReportOutlinePane extends VBox {
    private final MainViewModel model;
    private final OutlineActions actions;
    private final DeskText text;
    private final ListView<SavedEntry> list = new ListView<>();
    private final BooleanProperty renaming = new SimpleBooleanProperty(false);
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final OutlineBases bases;
    private String dragged;

    ReportOutlinePane(MainViewModel model, DeskText text) {
        this.model = model;
        this.text = text;
        this.actions = new OutlineActions(model);
        this.bases = new OutlineBases(model, list::refresh);
        setId("reportOutline");
        getStyleClass().add("report-outline");
        setSpacing(4);
        setPadding(new Insets(6));
        setMinHeight(90);
        setMinWidth(0);
        setPrefWidth(0);

        Label heading = new Label();
        heading.textProperty().bind(text.bind("outline.heading"));
        heading.getStyleClass().add("pane-heading");
        Button add = new Button();
        add.setId("outlineAdd");
        add.textProperty().bind(text.bind("outline.add"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind("outline.add.tip"));
        add.setTooltip(tip);
        add.setOnAction(e -> addCurrent());
        add.disableProperty().bind(model.surveyProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, heading, gap, add);

        list.setId("outlineList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setEditable(true);
        list.setMinWidth(0);
        list.setPrefWidth(0);
        list.setCellFactory(v -> new OutlineCell(this));
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(text.bind("outline.empty"));
        list.setPlaceholder(empty);
        list.setOnEditCommit(e -> {
            renaming.set(false);
            SavedEntry renamed = e.getNewValue();
            if (renamed != null) {
                // after the list has left editing: the rename refills the list
                javafx.application.Platform.runLater(() -> actions.rename(renamed.id(), renamed.name()));
            }
        });
        list.setOnEditCancel(e -> renaming.set(false));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.setContextMenu(contextMenu());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(bar, list);

        model.outline().addListener(this::refill);
        model.localeProperty().addListener((obs, old, l) -> list.refresh());
        refill();
    }

    private void key(KeyEvent e) {
        if (renaming.get()) {
            return;
        }
        SavedEntry entry = list.getSelectionModel().getSelectedItem();
        if (e.getCode() == KeyCode.F2) {
            rename();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            remove();
        } else if (e.isAltDown() && e.getCode() == KeyCode.UP && entry != null) {
            actions.move(entry.id(), -1);
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN && entry != null) {
            actions.move(entry.id(), 1);
        } else if (e.getCode() == KeyCode.ENTER && entry != null) {
            actions.open(entry);
        } else {
            return;
        }
        e.consume();
    }

    private ContextMenu contextMenu() {
        MenuItem open = item("outlineOpen", "outline.open", () -> {
            SavedEntry entry = list.getSelectionModel().getSelectedItem();
            if (entry != null) {
                actions.open(entry);
            }
        });
        MenuItem rename = item("outlineRename", "outline.rename", this::rename);
        MenuItem duplicate = item("outlineDuplicate", "outline.duplicate", this::duplicate);
        MenuItem up = item("outlineMoveUp", "outline.moveUp", () -> moveSelected(-1));
        MenuItem down = item("outlineMoveDown", "outline.moveDown", () -> moveSelected(1));
        MenuItem remove = item("outlineRemove", "outline.remove", this::remove);
        return new ContextMenu(open, rename, duplicate, new SeparatorMenuItem(), up, down, new SeparatorMenuItem(),
                remove);
    }

    private MenuItem item(String id, String key, Runnable action) {
        return OutlineMenu.item(id, key, text, action);
    }

    /** Keeps the table or map shown as a new entry, selected. */
    void addCurrent() {
        SavedEntry added = actions.addCurrent();
        if (added != null) {
            select(Set.of(added.id()));
            shown.set(true);
        }
    }

    /** Starts editing the selected entry's name in place. */
    void rename() {
        int at = list.getSelectionModel().getSelectedIndex();
        if (at < 0) {
            return;
        }
        // a click on a selected row has already marked it as edited (with no field, the row not being editable then):
        // clear that first, or the row would not start editing now
        list.edit(-1);
        renaming.set(true);
        list.layout();
        list.edit(at);
    }

    void duplicate() {
        SavedEntry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            SavedEntry copy = actions.duplicate(entry.id());
            if (copy != null) {
                select(Set.of(copy.id()));
            }
        }
    }

    void remove() {
        actions.remove(selectedEntries().stream().map(SavedEntry::id).toList());
    }

    private void moveSelected(int by) {
        SavedEntry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            actions.move(entry.id(), by);
        }
    }

    /** The list shown again from the outline, keeping the selection. */
    private void refill() {
        Set<String> selected = selectedEntries().stream().map(SavedEntry::id).collect(Collectors.toSet());
        list.getItems().setAll(model.outline().entries());
        select(selected);
    }

    private void select(Set<String> ids) {
        list.getSelectionModel().clearSelection();
        for (int i = 0; i < list.getItems().size(); i++) {
            if (ids.contains(list.getItems().get(i).id())) {
                list.getSelectionModel().select(i);
            }
        }
    }

    /** The selected entries, in outline order. */
    List<SavedEntry> selectedEntries() {
        Set<SavedEntry> chosen = Set.copyOf(list.getSelectionModel().getSelectedItems());
        return list.getItems().stream().filter(chosen::contains).toList();
    }

    // ---- what the cells use

    OutlineActions actions() {
        return actions;
    }

    DeskText text() {
        return text;
    }

    OutlineBases bases() {
        return bases;
    }

    BooleanProperty renamingProperty() {
        return renaming;
    }

    void dragStarted(String id) {
        dragged = id;
    }

    /** The entry being dragged (taken: a drop happens once). */
    String takeDragged() {
        String id = dragged;
        dragged = null;
        return id;
    }

    ListView<SavedEntry> list() {
        return list;
    }

    /** Whether the outline is shown beside the question list (View &gt; Report Outline). */
    BooleanProperty shownProperty() {
        return shown;
    }
}
