package com.surveypivot.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The notes on the current table: generated sentences, and a text area for the user's own note. */
final class NotesPane extends SplitPane {

    NotesPane(MainViewModel model) {
        UiText text = model.text();
        Label generatedHeading = new Label();
        generatedHeading.textProperty().bind(text.bind("notes.generated"));
        generatedHeading.getStyleClass().add("pane-heading");
        ListView<String> generated = new ListView<>(model.notes());
        generated.setId("generatedNotes");
        generated.setCellFactory(v -> new WrappingCell(text));
        Label empty = new Label();
        empty.textProperty().bind(text.bind("notes.none"));
        generated.setPlaceholder(empty);
        VBox.setVgrow(generated, Priority.ALWAYS);
        VBox left = new VBox(4, generatedHeading, generated);

        Label userHeading = new Label();
        userHeading.textProperty().bind(text.bind("notes.user"));
        userHeading.getStyleClass().add("pane-heading");
        TextArea user = new TextArea();
        user.setId("userNote");
        user.setWrapText(true);
        user.promptTextProperty().bind(text.bind("notes.userPrompt"));
        user.textProperty().bindBidirectional(model.userNoteProperty());
        VBox.setVgrow(user, Priority.ALWAYS);
        VBox right = new VBox(4, userHeading, user);

        left.setPadding(new Insets(6));
        right.setPadding(new Insets(6));
        getItems().addAll(left, right);
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(0.62);
        getStyleClass().add("notes-pane");
    }

    /** A note sentence wrapped to the list's width. */
    private static final class WrappingCell extends ListCell<String> {
        private final UiText text;

        WrappingCell(UiText text) {
            this.text = text;
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get("notes.bullet") + item);
        }
    }
}
