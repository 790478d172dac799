package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.ChangeQuestionType;
import com.surveypivot.survey.edit.MergeIntoMultiSet;
import com.surveypivot.survey.edit.RegroupDates;
import com.surveypivot.survey.edit.RenameQuestion;
import com.surveypivot.survey.edit.SplitMultiSet;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The survey edits as menu items, for the question list's context menu and the Edit menu: rename, change type,
 * edit categories, merge into a multi-response set, split a set, and undo/redo of those edits. Each action works
 * on the questions selected in the list and opens its dialog over the window.
 */
final class QuestionEditActions {
    private final MainViewModel model;
    private final SurveyEditor editor;
    private final UiText text;
    private final Supplier<Scene> scene;

    QuestionEditActions(MainViewModel model, Supplier<Scene> scene) {
        this.model = model;
        this.editor = model.editor();
        this.text = model.text();
        this.scene = scene;
    }

    /** Rename…, Change type ▸, Edit categories…, Merge…, Split set; {@code prefix} keeps ids apart. */
    List<MenuItem> questionItems(String prefix) {
        BooleanBinding noSingle = Bindings.createBooleanBinding(() -> editor.selection().size() != 1,
                editor.selection());
        MenuItem rename = item(prefix + "Rename", "edit.rename", this::rename);
        rename.disableProperty().bind(noSingle);

        Menu type = new Menu();
        type.setId(prefix + "ChangeType");
        type.textProperty().bind(text.bind("edit.changeType"));
        type.disableProperty().bind(Bindings.createBooleanBinding(() -> editor.single()
                .map(q -> q.isMulti() || q.type() == QuestionType.GRID).orElse(true), editor.selection()));
        type.getItems().addAll(
                typeItem(prefix + "TypeSingle", "edit.type.single", QuestionType.SINGLE, false),
                typeItem(prefix + "TypeScale", "edit.type.scale", QuestionType.SCALE, true),
                typeItem(prefix + "TypeText", "edit.type.text", QuestionType.TEXT, false),
                typeItem(prefix + "TypeId", "edit.type.id", QuestionType.ID, false));
        CheckMenuItem ordered = new CheckMenuItem();
        ordered.setId(prefix + "Ordered");
        ordered.textProperty().bind(text.bind("edit.ordered"));
        type.setOnShowing(e -> ordered.setSelected(editor.single().map(Question::isOrdered).orElse(false)));
        ordered.setOnAction(e -> editor.single().ifPresent(q -> editor.apply(
                new ChangeQuestionType(q.id(), q.type(), ordered.isSelected()))));
        type.getItems().add(ordered);

        MenuItem categories = item(prefix + "Categories", "edit.categories", this::editCategories);
        categories.disableProperty().bind(Bindings.createBooleanBinding(() -> editor.single()
                .map(q -> q.categoryCount() == 0).orElse(true), editor.selection()));
        MenuItem merge = item(prefix + "Merge", "edit.merge", this::merge);
        merge.disableProperty().bind(Bindings.size(editor.selection()).lessThan(2));
        MenuItem split = item(prefix + "Split", "edit.split", this::split);
        split.disableProperty().bind(Bindings.createBooleanBinding(() -> editor.single().map(q -> !q.isMulti())
                .orElse(true), editor.selection()));
        return List.of(rename, type, categories, binItem(prefix), groupByMenu(prefix), merge, split);
    }

    /** Bins… for a number question: opens {@link BinsDialog}. */
    private MenuItem binItem(String prefix) {
        MenuItem bins = item(prefix + "Bins", "edit.bins", this::bins);
        bins.disableProperty().bind(Bindings.createBooleanBinding(() -> editor.single()
                .map(q -> q.type() != QuestionType.NUMBER || !q.hasCodes()).orElse(true), editor.selection()));
        return bins;
    }

    /** Group by ▸ Day / Week / Month for a date question. */
    private Menu groupByMenu(String prefix) {
        Menu group = new Menu();
        group.setId(prefix + "GroupBy");
        group.textProperty().bind(text.bind("edit.groupBy"));
        group.disableProperty().bind(Bindings.createBooleanBinding(() -> editor.single()
                .map(q -> q.type() != QuestionType.DATE || !q.hasCodes()).orElse(true), editor.selection()));
        group.getItems().addAll(
                groupItem(prefix + "GroupDay", "edit.group.day", RegroupDates.Grouping.DAY),
                groupItem(prefix + "GroupWeek", "edit.group.week", RegroupDates.Grouping.WEEK),
                groupItem(prefix + "GroupMonth", "edit.group.month", RegroupDates.Grouping.MONTH));
        return group;
    }

    private MenuItem groupItem(String id, String key, RegroupDates.Grouping grouping) {
        return item(id, key, () -> editor.single().filter(q -> q.type() == QuestionType.DATE)
                .ifPresent(q -> editor.apply(new RegroupDates(q.id(), grouping))));
    }

    /**
     * Undo and Redo with Ctrl+Z / Ctrl+Y for every change of the workspace (pivot, survey edits, the user's note),
     * disabled when there is nothing to undo or redo; when another text field has the focus and has typing to undo
     * (or redo), they act on its text instead.
     */
    List<MenuItem> undoItems() {
        MenuItem undo = new MenuItem();
        undo.setId("menuUndo");
        undo.textProperty().bind(editor.undoTextProperty());
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.disableProperty().bind(editor.canUndoProperty().not());
        undo.setOnAction(e -> {
            TextInputControl input = focusedText();
            if (input != null && input.isUndoable()) {
                input.undo();
            } else {
                editor.undo();
            }
        });
        MenuItem redo = new MenuItem();
        redo.setId("menuRedo");
        redo.textProperty().bind(editor.redoTextProperty());
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redo.disableProperty().bind(editor.canRedoProperty().not());
        redo.setOnAction(e -> {
            TextInputControl input = focusedText();
            if (input != null && input.isRedoable()) {
                input.redo();
            } else {
                editor.redo();
            }
        });
        return List.of(undo, redo);
    }

    private TextInputControl focusedText() {
        Scene s = scene.get();
        Node focus = s == null ? null : s.getFocusOwner();
        // a text whose typing is a step of the workspace's history is undone there
        return focus instanceof TextInputControl input && !HistoryKeys.inHistory(input) ? input : null;
    }

    private MenuItem typeItem(String id, String key, QuestionType type, boolean ordered) {
        return item(id, key, () -> editor.single().ifPresent(q -> editor.apply(
                new ChangeQuestionType(q.id(), type, ordered))));
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(text.bind(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Window owner() {
        Scene s = scene.get();
        return s == null ? null : s.getWindow();
    }

    void rename() {
        editor.single().ifPresent(q -> {
            TextInputDialog dialog = new TextInputDialog(q.text());
            dialog.initOwner(owner());
            dialog.setTitle(text.get("dialog.rename.title"));
            dialog.setHeaderText(text.get("dialog.rename.header", q.id()));
            dialog.getDialogPane().setId("renameDialog");
            dialog.getEditor().setId("renameText");
            dialog.showAndWait().filter(t -> !t.isBlank() && !t.strip().equals(q.text()))
                    .ifPresent(t -> editor.apply(new RenameQuestion(q.id(), t)));
        });
    }

    void editCategories() {
        editor.single().ifPresent(q -> {
            CategoryEditorDialog dialog = new CategoryEditorDialog(q, text);
            dialog.initOwner(owner());
            dialog.showAndWait().ifPresent(editor::apply);
        });
    }

    void bins() {
        editor.single().filter(q -> q.type() == QuestionType.NUMBER).ifPresent(q -> {
            BinsDialog dialog = new BinsDialog(q, text);
            dialog.initOwner(owner());
            dialog.showAndWait().ifPresent(editor::apply);
        });
    }

    void merge() {
        List<Question> chosen = List.copyOf(editor.selection());
        if (chosen.size() < 2) {
            return;
        }
        Dialog<MergeIntoMultiSet> dialog = new Dialog<>();
        dialog.initOwner(owner());
        dialog.setTitle(text.get("dialog.merge.title"));
        dialog.setHeaderText(text.get("dialog.merge.header", chosen.size()));
        dialog.getDialogPane().setId("mergeDialog");
        String setId = MultiSetNames.id(model.surveyProperty().get(), chosen);
        TextField name = new TextField(MultiSetNames.text(chosen, setId));
        name.setId("mergeName");
        CheckBox blanks = new CheckBox(text.get("dialog.merge.blanks"));
        blanks.setId("mergeBlanks");
        VBox content = new VBox(8, new Label(text.get("dialog.merge.name")), name, blanks);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        List<String> ids = chosen.stream().map(Question::id).toList();
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new MergeIntoMultiSet(setId, name.getText(), ids, blanks.isSelected()) : null);
        dialog.showAndWait().ifPresent(editor::apply);
    }

    void split() {
        editor.single().filter(Question::isMulti).ifPresent(q -> editor.apply(
                new SplitMultiSet(q.id(), text.get("edit.ticked"), text.get("edit.notTicked"))));
    }

    /** The id and default text of a new set: the sources' common id prefix (Q5_1, Q5_2 → Q5) when free. */
    static final class MultiSetNames {
        private MultiSetNames() {
        }

        static String id(Survey survey, List<Question> chosen) {
            String prefix = chosen.get(0).id();
            for (Question q : chosen) {
                int i = 0;
                while (i < prefix.length() && i < q.id().length() && prefix.charAt(i) == q.id().charAt(i)) {
                    i++;
                }
                prefix = prefix.substring(0, i);
            }
            prefix = withoutTrailingSeparators(prefix);
            List<String> sources = chosen.stream().map(Question::id).toList();
            String base = prefix.isEmpty() ? "SET" : prefix;
            String candidate = base;
            for (int k = 2; taken(survey, candidate, sources); k++) {
                candidate = base + "_" + k;
            }
            return candidate;
        }

        private static boolean taken(Survey survey, String id, List<String> sources) {
            return survey.questions().stream().anyMatch(q -> q.id().equals(id) && !sources.contains(id));
        }

        static String text(List<Question> chosen, String setId) {
            return setId;
        }
    }

    /**
     * {@code text} without trailing "_", "-", ".", "[" and whitespace, scanned from the end: the pattern
     * {@code [_\-.\[\s]+$} backtracks quadratically on a long run of them followed by another character.
     */
    static String withoutTrailingSeparators(String text) {
        int end = text.length();
        while (end > 0) {
            char ch = text.charAt(end - 1);
            if (ch != '_' && ch != '-' && ch != '.' && ch != '[' && ch != ' ' && ch != '\t' && ch != '\n'
                    && ch != '\u000B' && ch != '\f' && ch != '\r') {
                break;
            }
            end--;
        }
        return text.substring(0, end);
    }
}
