package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The two places a question goes: "Question" (the table's rows, the chart's segments) and "Break down by"
 * (the attribute: one bar per category). Each is a picker and a drop zone for questions dragged from the list;
 * the swap button between them pivots the table.
 */
final class PivotZones extends HBox {
    private final MainViewModel model;

    PivotZones(MainViewModel model) {
        this.model = model;
        UiText text = model.text();
        VBox questionZone = zone("questionZone", "questionPicker", text, "pivot.question", model.questionProperty());
        VBox attributeZone = zone("attributeZone", "attributePicker", text, "pivot.attribute",
                model.attributeProperty());
        Button swap = new Button("⇄");
        swap.setId("swapButton");
        swap.getStyleClass().add("swap-button");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind("pivot.swap"));
        swap.setTooltip(tip);
        swap.setOnAction(e -> model.swap());
        HBox.setHgrow(questionZone, Priority.ALWAYS);
        HBox.setHgrow(attributeZone, Priority.ALWAYS);
        getChildren().addAll(questionZone, swap, attributeZone);
        setSpacing(8);
        setAlignment(Pos.BOTTOM_CENTER);
        getStyleClass().add("pivot-zones");
    }

    private VBox zone(String id, String pickerId, UiText text, String key, ObjectProperty<Question> target) {
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.getStyleClass().add("zone-label");
        ComboBox<Question> picker = new ComboBox<>(model.questions());
        picker.setId(pickerId);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setCellFactory(v -> new TitleCell());
        picker.setButtonCell(new TitleCell());
        picker.valueProperty().bindBidirectional(target);
        picker.promptTextProperty().bind(text.bind("pivot.drop"));
        VBox zone = new VBox(2, label, picker);
        zone.setId(id);
        zone.getStyleClass().add("drop-zone");
        zone.setOnDragOver(e -> {
            if (e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        zone.setOnDragEntered(e -> zone.getStyleClass().add("drop-target"));
        zone.setOnDragExited(e -> zone.getStyleClass().remove("drop-target"));
        zone.setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            boolean done = false;
            if (board.hasString()) {
                for (Question q : model.questions()) {
                    if (q.id().equals(board.getString())) {
                        target.set(q);
                        done = true;
                        break;
                    }
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return zone;
    }

    private static final class TitleCell extends ListCell<Question> {
        @Override
        protected void updateItem(Question q, boolean empty) {
            super.updateItem(q, empty);
            setText(empty || q == null ? null : QuestionListPane.title(q));
        }
    }
}
