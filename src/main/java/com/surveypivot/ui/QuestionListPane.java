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
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every question of the survey (free text and ids too), grouped by type, with a search field over id and text. A
 * question is dragged onto a pivot zone, or used through the buttons below the list, a double-click (use as the
 * question), its context menu or the keys (Enter, Ctrl+B, Ctrl+Shift+B, Ctrl+Shift+F).
 */
final class QuestionListPane extends VBox {
    private final FilteredList<Question> filtered;
    private final ListView<Question> list;
    private TextField searchField;

    QuestionListPane(MainViewModel model, PivotDrag drag, PivotActions actions) {
        UiText text = model.text();
        WorkspaceModel workspace = model.workspace();
        TextField search = new TextField();
        search.setId("questionSearch");
        searchField = search;
        search.promptTextProperty().bind(text.bind("questions.search"));
        filtered = new FilteredList<>(model.allQuestions());
        search.textProperty().addListener((obs, old, typed) -> filtered.setPredicate(q -> matches(q, typed)));
        // another file: the search of the previous one would hide its questions for no reason shown
        model.openedProperty().addListener((obs, old, n) -> search.clear());

        list = new ListView<>(filtered);
        list.setId("questionList");
        list.setCellFactory(v -> new QuestionCell(text, workspace, drag, filtered));
        text.locale().addListener((obs, old, l) -> list.refresh());
        workspace.stateProperty().addListener((obs, old, st) -> {
            if (old == null || !java.util.Objects.equals(old.question(), st.question())) {
                list.refresh();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        javafx.beans.binding.Bindings.bindContent(model.editor().selection(),
                list.getSelectionModel().getSelectedItems());
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(
                pivotItem("contextUseAsQuestion", "list.useAsQuestion", workspace, () -> actions.useAsQuestion(selected())),
                pivotItem("contextBreakDownBy", "list.breakDownBy", workspace, () -> actions.breakDownBy(selected())),
                pivotItem("contextAddToBanner", "list.addToBanner", workspace, () -> actions.addToBanner(selected())),
                pivotItem("contextFilterBy", "list.filterBy", workspace, () -> actions.filterBy(selected())),
                new javafx.scene.control.SeparatorMenuItem());
        menu.getItems().addAll(new QuestionEditActions(model, this::getScene).questionItems("context"));
        list.setContextMenu(menu);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                use(model, actions, selected());
            }
        });
        // the keyboard does what the mouse does: Enter = question, Ctrl+B = break down by, Ctrl+Shift+B = add to
        // the banner, Ctrl+Shift+F = filter by
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Question q = selected();
            if (q == null) {
                return;
            }
            boolean done = true;
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown()) {
                use(model, actions, q);
            } else if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.B) {
                if (e.isShiftDown()) {
                    actions.addToBanner(q);
                } else {
                    actions.breakDownBy(q);
                }
            } else if (e.isShortcutDown() && e.isShiftDown() && e.getCode() == javafx.scene.input.KeyCode.F) {
                actions.filterBy(q);
            } else {
                done = false;
            }
            if (done) {
                e.consume();
            }
        });
        // Down from the search field goes into the list
        search.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN && !filtered.isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ENTER && filtered.size() >= 1) {
                list.requestFocus();
                list.getSelectionModel().clearAndSelect(0);
                e.consume();
            }
        });

        Button asQuestion = new Button();
        asQuestion.setId("useAsQuestion");
        asQuestion.textProperty().bind(text.bind("questions.useAsQuestion"));
        asQuestion.setOnAction(e -> use(model, actions, selected()));
        Button asAttribute = new Button();
        asAttribute.setId("useAsAttribute");
        asAttribute.textProperty().bind(text.bind("questions.useAsAttribute"));
        asAttribute.setOnAction(e -> actions.breakDownBy(selected()));
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

    private static javafx.scene.control.MenuItem pivotItem(String id, String key, WorkspaceModel workspace,
            Runnable action) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem();
        item.setId(id);
        item.textProperty().bind(workspace.bind(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    TextField search() {
        return searchField;
    }

    /** Shows a question as the table's question; a free-text question opens in the Text answers tab. */
    private static void use(MainViewModel model, PivotActions actions, Question q) {
        if (q != null && q.type() == com.surveypivot.survey.QuestionType.TEXT) {
            model.textAnswers().open(q);
        } else {
            actions.useAsQuestion(q);
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

    /**
     * A row of the list: the type's icon and tag, the question and how many answered it; the first question of a
     * type carries the type's heading above it (the list is grouped by type); the current question is highlighted.
     * A drag source (full press-drag-release) carrying the question's id.
     */
    private static final class QuestionCell extends ListCell<Question> {
        private static final javafx.css.PseudoClass CURRENT = javafx.css.PseudoClass.getPseudoClass("current");
        /** How many answered each question (counted once per question object; questions are immutable). */
        private static final java.util.Map<Question, Integer> ANSWERED = java.util.Collections.synchronizedMap(
                new java.util.WeakHashMap<>());
        private final UiText text;
        private final WorkspaceModel workspace;
        private final FilteredList<Question> shown;
        private final Label group = new Label();
        private final Label icon = new Label();
        private final Label tag = new Label();
        private final Label label = new Label();
        private final Label count = new Label();
        private final HBox row = new HBox(6, icon, tag, label, count);
        private final VBox box = new VBox(2, group, row);

        QuestionCell(UiText text, WorkspaceModel workspace, PivotDrag drag, FilteredList<Question> shown) {
            this.text = text;
            this.workspace = workspace;
            this.shown = shown;
            setPrefWidth(0); // follow the list's width: long texts end in "…" instead of a horizontal scroll bar
            group.getStyleClass().add("question-group");
            group.setMaxWidth(Double.MAX_VALUE);
            icon.getStyleClass().add("type-icon");
            icon.setMinWidth(USE_PREF_SIZE);
            tag.getStyleClass().add("type-tag");
            tag.setMinWidth(USE_PREF_SIZE);
            count.getStyleClass().add("answered-count");
            count.setMinWidth(USE_PREF_SIZE);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(label, Priority.ALWAYS);
            drag.source(this, () -> getItem() == null ? null : PivotDrag.Payload.ofQuestion(getItem().id()),
                    workspace);
        }

        @Override
        protected void updateItem(Question q, boolean empty) {
            super.updateItem(q, empty);
            if (empty || q == null) {
                setGraphic(null);
                setTooltip(null);
                pseudoClassStateChanged(CURRENT, false);
                return;
            }
            int index = getIndex();
            boolean first = index <= 0 || index >= shown.size() || shown.get(index - 1).type() != q.type();
            group.setText(workspace.text("group." + q.type().jsonName()));
            group.setVisible(first);
            group.setManaged(first);
            icon.setText(QuestionGroups.icon(q.type()));
            icon.getStyleClass().removeIf(c -> c.startsWith("icon-"));
            icon.getStyleClass().add("icon-" + q.type().jsonName());
            tag.setText(text.get("type." + q.type().jsonName()));
            label.setText(title(q));
            count.setText(workspace.text("list.respondents", ANSWERED.computeIfAbsent(q, x -> x.answered().count())));
            setTooltip(new Tooltip(title(q)));
            setGraphic(box);
            pseudoClassStateChanged(CURRENT, q.id().equals(workspace.state().question()));
        }
    }
}
