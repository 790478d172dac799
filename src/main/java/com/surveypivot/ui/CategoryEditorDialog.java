package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.edit.CombinedEdit;
import com.surveypivot.survey.edit.RenameCategory;
import com.surveypivot.survey.edit.ReorderCategories;
import com.surveypivot.survey.edit.SurveyEdit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Renames a question's answers and puts them in a new order (Up/Down buttons or dragging a row). The result is
 * one edit: the renames, then the new order, undone together.
 */
final class CategoryEditorDialog extends Dialog<SurveyEdit> {
    /** One answer: the label it has in the survey and the one the user gives it. */
    static final class Row {
        final String original;
        String label;

        Row(String original) {
            this.original = original;
            this.label = original;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ListView<Row> list = new ListView<>();

    CategoryEditorDialog(Question question, UiText text) {
        setTitle(text.get("dialog.categories.title", question.id()));
        setHeaderText(text.get("dialog.categories.header"));
        getDialogPane().setId("categoryDialog");
        for (String label : question.categories()) {
            list.getItems().add(new Row(label));
        }
        list.setId("categoryList");
        list.setPrefHeight(Math.min(360, 30 + 26 * question.categoryCount()));
        list.setCellFactory(v -> new DraggableCell());
        TextField label = new TextField();
        label.setId("categoryLabel");
        label.setPromptText(text.get("dialog.categories.label"));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                label.setText(row == null ? "" : row.label));
        label.textProperty().addListener((obs, old, typed) -> {
            Row row = list.getSelectionModel().getSelectedItem();
            if (row != null && !row.label.equals(typed)) {
                row.label = typed;
                list.refresh();
            }
        });
        label.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button up = new Button(text.get("dialog.categories.up"));
        up.setId("categoryUp");
        up.setOnAction(e -> move(-1));
        Button down = new Button(text.get("dialog.categories.down"));
        down.setId("categoryDown");
        down.setOnAction(e -> move(1));
        up.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThanOrEqualTo(0));
        down.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            int i = list.getSelectionModel().getSelectedIndex();
            return i < 0 || i >= list.getItems().size() - 1;
        }, list.getSelectionModel().selectedIndexProperty(), list.getItems()));
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox row = new HBox(6, new Label(text.get("dialog.categories.label")), label, up, down);
        Label invalid = new Label(text.get("dialog.categories.invalid"));
        invalid.getStyleClass().add("dialog-error");
        invalid.setStyle("-fx-text-fill: #b00020;");
        invalid.setVisible(false);
        VBox content = new VBox(8, list, row, invalid);
        content.setPadding(new Insets(4));
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!valid()) {
                invalid.setVisible(true);
                e.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? edit(question) : null);
    }

    private void move(int step) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + step;
        if (i < 0 || j < 0 || j >= list.getItems().size()) {
            return;
        }
        Row row = list.getItems().remove(i);
        list.getItems().add(j, row);
        list.getSelectionModel().clearAndSelect(j);
    }

    private boolean valid() {
        Set<String> seen = new HashSet<>();
        for (Row row : list.getItems()) {
            if (row.label == null || row.label.isBlank() || !seen.add(row.label.strip())) {
                return false;
            }
        }
        return true;
    }

    /** The renames (through temporary labels when two answers swap names), then the order; null if unchanged. */
    SurveyEdit edit(Question question) {
        List<SurveyEdit> edits = new ArrayList<>();
        List<Row> renamed = list.getItems().stream().filter(r -> !r.label.strip().equals(r.original)).toList();
        Set<String> taken = new HashSet<>(question.categories());
        List<String> temporary = new ArrayList<>();
        for (Row r : renamed) {
            String step = r.label.strip();
            if (taken.contains(step)) {
                step = "\u0000" + r.original;
                temporary.add(step);
            }
            edits.add(new RenameCategory(question.id(), r.original, step));
            taken.remove(r.original);
            taken.add(step);
        }
        for (Row r : renamed) {
            if (temporary.contains("\u0000" + r.original)) {
                edits.add(new RenameCategory(question.id(), "\u0000" + r.original, r.label.strip()));
            }
        }
        List<String> order = list.getItems().stream().map(r -> r.label.strip()).toList();
        List<String> current = question.categories().stream().map(c -> list.getItems().stream()
                .filter(r -> r.original.equals(c)).findFirst().orElseThrow().label.strip()).toList();
        if (!order.equals(current)) {
            edits.add(new ReorderCategories(question.id(), order));
        }
        return edits.isEmpty() ? null : new CombinedEdit(edits);
    }

    ListView<Row> list() {
        return list;
    }

    /** A row that can be dragged onto another row to move it there. */
    private final class DraggableCell extends ListCell<Row> {
        DraggableCell() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    Dragboard board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(Integer.toString(getIndex()));
                    board.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof DraggableCell && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getDragboard().hasString()) {
                    int from = Integer.parseInt(e.getDragboard().getString());
                    int to = isEmpty() ? list.getItems().size() - 1 : getIndex();
                    if (from >= 0 && from < list.getItems().size() && from != to) {
                        Row row = list.getItems().remove(from);
                        list.getItems().add(Math.min(to, list.getItems().size()), row);
                        list.getSelectionModel().clearAndSelect(list.getItems().indexOf(row));
                        done = true;
                    }
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : row.label);
        }
    }
}
