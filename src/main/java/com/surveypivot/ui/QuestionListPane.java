package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import java.util.Locale;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The survey's crossable questions with a search field over id and text. A question is dragged onto a pivot
 * zone, or used through the two buttons below the list (double-click: use as the question).
 */
final class QuestionListPane extends VBox {
    private final FilteredList<Question> filtered;
    private final ListView<Question> list;

    QuestionListPane(MainViewModel model) {
        UiText text = model.text();
        TextField search = new TextField();
        search.setId("questionSearch");
        search.promptTextProperty().bind(text.bind("questions.search"));
        filtered = new FilteredList<>(model.textAnswers().listedQuestions());
        search.textProperty().addListener((obs, old, typed) -> filtered.setPredicate(q -> matches(q, typed)));

        list = new ListView<>(filtered);
        list.setId("questionList");
        list.setCellFactory(v -> new QuestionCell(text));
        text.locale().addListener((obs, old, l) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        javafx.beans.binding.Bindings.bindContent(model.editor().selection(),
                list.getSelectionModel().getSelectedItems());
        list.setContextMenu(new javafx.scene.control.ContextMenu(new QuestionEditActions(model, this::getScene)
                .questionItems("context").toArray(new javafx.scene.control.MenuItem[0])));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                use(model, selected());
            }
        });

        Button asQuestion = new Button();
        asQuestion.setId("useAsQuestion");
        asQuestion.textProperty().bind(text.bind("questions.useAsQuestion"));
        asQuestion.setOnAction(e -> {
            if (selected() != null) {
                use(model, selected());
            }
        });
        Button asAttribute = new Button();
        asAttribute.setId("useAsAttribute");
        asAttribute.textProperty().bind(text.bind("questions.useAsAttribute"));
        asAttribute.setOnAction(e -> {
            if (selected() != null) {
                model.attributeProperty().set(selected());
            }
        });
        asQuestion.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        asAttribute.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> selected() == null
                || selected().type() == com.surveypivot.survey.QuestionType.TEXT,
                list.getSelectionModel().selectedItemProperty()));
        asQuestion.setMaxWidth(Double.MAX_VALUE);
        asAttribute.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(asQuestion, Priority.ALWAYS);
        HBox.setHgrow(asAttribute, Priority.ALWAYS);
        HBox buttons = new HBox(6, asQuestion, asAttribute);

        Label heading = new Label();
        heading.textProperty().bind(text.bind("questions.heading"));
        heading.getStyleClass().add("pane-heading");
        getChildren().addAll(heading, search, list, buttons);
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("question-pane");
    }

    /** Shows a question as the table's question; a free-text question opens in the Text answers tab. */
    private static void use(MainViewModel model, Question q) {
        if (q.type() == com.surveypivot.survey.QuestionType.TEXT) {
            model.textAnswers().open(q);
        } else {
            model.questionProperty().set(q);
        }
    }

    private Question selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    static boolean matches(Question q, String typed) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        String needle = typed.strip().toLowerCase(Locale.ROOT);
        return q.id().toLowerCase(Locale.ROOT).contains(needle) || q.text().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The text a question shows with: its id, then its text when that says more. */
    static String title(Question q) {
        return q.text().isBlank() || q.text().equals(q.id()) ? q.id() : q.id() + "  " + q.text();
    }

    /** A row of the list: a small type tag and the question; a drag source carrying the question's id. */
    private static final class QuestionCell extends ListCell<Question> {
        private final UiText text;
        private final Label tag = new Label();
        private final Label label = new Label();
        private final HBox box = new HBox(6, tag, label);

        QuestionCell(UiText text) {
            this.text = text;
            setPrefWidth(0); // follow the list's width: long texts end in "…" instead of a horizontal scroll bar
            tag.getStyleClass().add("type-tag");
            tag.setMinWidth(USE_PREF_SIZE);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(label, Priority.ALWAYS);
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    Dragboard board = startDragAndDrop(TransferMode.COPY);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(getItem().id());
                    board.setContent(content);
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(Question q, boolean empty) {
            super.updateItem(q, empty);
            if (empty || q == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            tag.setText(text.get("type." + q.type().jsonName()));
            label.setText(title(q));
            setTooltip(new Tooltip(title(q)));
            setGraphic(box);
        }
    }
}
