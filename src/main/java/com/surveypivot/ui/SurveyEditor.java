package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.ChangeQuestionType;
import com.surveypivot.survey.edit.CombinedEdit;
import com.surveypivot.survey.edit.EditHistory;
import com.surveypivot.survey.edit.MergeIntoMultiSet;
import com.surveypivot.survey.edit.RebinNumbers;
import com.surveypivot.survey.edit.RegroupDates;
import com.surveypivot.survey.edit.RenameCategory;
import com.surveypivot.survey.edit.RenameQuestion;
import com.surveypivot.survey.edit.ReorderCategories;
import com.surveypivot.survey.edit.SplitMultiSet;
import com.surveypivot.survey.edit.SurveyEdit;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Makes the user's survey edits on the window's survey: each edit goes through an {@link EditHistory} and the
 * edited survey is shown at once (chart, grid and notes recompute). Opening another survey forgets the history.
 * Also holds the questions selected in the list, which the edit actions work on. No controls here.
 */
public final class SurveyEditor {
    private static final int UNDO_LIMIT = 100;
    private final MainViewModel model;
    private final EditHistory history = new EditHistory(UNDO_LIMIT);
    private final ObservableList<Question> selection = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private Survey shown;

    SurveyEditor(MainViewModel model) {
        this.model = model;
        model.surveyProperty().addListener((obs, old, s) -> {
            if (s != shown) {
                history.clear();
                shown = s;
                refresh();
            }
        });
        model.localeProperty().addListener((obs, old, l) -> refresh());
        refresh();
    }

    /** Makes an edit; when it does not fit the survey, the window says so in one line and nothing changes. */
    public boolean apply(SurveyEdit edit) {
        Survey current = model.surveyProperty().get();
        if (current == null) {
            return false;
        }
        Survey edited;
        try {
            edited = history.perform(edit, current);
        } catch (IllegalArgumentException e) {
            model.reportError(errorText(edit));
            return false;
        }
        show(edited);
        if (edit instanceof MergeIntoMultiSet merge) {
            edited.find(merge.setId()).ifPresent(set -> model.questionProperty().set(set));
        }
        return true;
    }

    public void undo() {
        if (history.canUndo()) {
            show(history.undo());
        }
    }

    public void redo() {
        if (history.canRedo()) {
            show(history.redo());
        }
    }

    private void show(Survey survey) {
        shown = survey;
        model.replaceSurvey(survey);
        refresh();
    }

    private void refresh() {
        UiText text = model.text();
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.nextUndo().map(e -> text.get("edit.undoWhat", describe(e)))
                .orElse(text.get("edit.undo")));
        redoText.set(history.nextRedo().map(e -> text.get("edit.redoWhat", describe(e)))
                .orElse(text.get("edit.redo")));
    }

    /** The edit in a few translated words, for the Undo and Redo items. */
    String describe(SurveyEdit edit) {
        UiText text = model.text();
        if (edit instanceof RenameQuestion e) {
            return text.get("edit.describe.rename", e.questionId());
        }
        if (edit instanceof ChangeQuestionType e) {
            return text.get("edit.describe.type", e.questionId());
        }
        if (edit instanceof RenameCategory e) {
            return text.get("edit.describe.categories", e.questionId());
        }
        if (edit instanceof ReorderCategories e) {
            return text.get("edit.describe.categories", e.questionId());
        }
        if (edit instanceof MergeIntoMultiSet e) {
            return text.get("edit.describe.merge", e.setId());
        }
        if (edit instanceof SplitMultiSet e) {
            return text.get("edit.describe.split", e.setId());
        }
        if (edit instanceof RebinNumbers e) {
            return text.get("edit.describe.bins", e.questionId());
        }
        if (edit instanceof RegroupDates e) {
            return text.get("edit.describe.bins", e.questionId());
        }
        String coding = TextCodingEdits.describe(edit, text);
        if (coding != null) {
            return coding;
        }
        CombinedEdit combined = (CombinedEdit) edit;
        return describe(combined.edits().get(0));
    }

    private String errorText(SurveyEdit edit) {
        UiText text = model.text();
        if (edit instanceof MergeIntoMultiSet) {
            return text.get("edit.error.merge");
        }
        return text.get("edit.error.other", describe(edit));
    }

    /** The one selected question, if exactly one is selected. */
    public Optional<Question> single() {
        return selection.size() == 1 ? Optional.ofNullable(selection.get(0)) : Optional.empty();
    }

    public ObservableList<Question> selection() {
        return selection;
    }

    public EditHistory history() {
        return history;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
