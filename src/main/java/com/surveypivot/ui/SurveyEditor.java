package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.ChangeQuestionType;
import com.surveypivot.survey.edit.CombinedEdit;
import com.surveypivot.survey.edit.MergeIntoMultiSet;
import com.surveypivot.survey.edit.RebinNumbers;
import com.surveypivot.survey.edit.RegroupDates;
import com.surveypivot.survey.edit.RenameCategory;
import com.surveypivot.survey.edit.RenameQuestion;
import com.surveypivot.survey.edit.ReorderCategories;
import com.surveypivot.survey.edit.SplitMultiSet;
import com.surveypivot.survey.edit.SurveyEdit;
import java.util.Locale;
import java.util.Optional;
import com.surveypivot.workspace.CommandHistory;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Makes the user's survey edits on the window's survey: each edit is a step of the workspace's one history (with
 * the pivot state on either side of it) and the edited survey is shown at once (chart, grid and notes recompute).
 * Opening another survey forgets the history.
 * Also holds the questions selected in the list, which the edit actions work on. No controls here.
 */
public final class SurveyEditor {
    private final MainViewModel model;
    private final ObservableList<Question> selection = FXCollections.observableArrayList();
    /** The edits in force, oldest first: made, redone, or put back from a project; undone ones are taken out. */
    private final java.util.List<SurveyEdit> inForce = new java.util.ArrayList<>();

    SurveyEditor(MainViewModel model) {
        this.model = model;
        model.openedProperty().addListener((obs, old, n) -> inForce.clear());
    }

    /** A survey edit as a step of the workspace's history: the survey and the pivot state on either side. */
    private record SurveyStep(SurveyEditor editor, SurveyEdit edit, Survey before, PivotState stateBefore,
            Survey after, PivotState stateAfter) implements CommandHistory.Step {
        @Override
        public String describe(Locale locale) {
            return editor.describe(edit);
        }

        @Override
        public void undo() {
            int last = editor.inForce.lastIndexOf(edit);
            if (last >= 0) {
                editor.inForce.remove(last);
            }
            editor.model.showSurveyState(before, stateBefore);
        }

        @Override
        public void redo() {
            editor.inForce.add(edit);
            editor.model.showSurveyState(after, stateAfter);
        }
    }

    /**
     * The survey edits in force, oldest first: those made and not undone (also when the history has forgotten their
     * steps), after those a project put back.
     */
    public java.util.List<SurveyEdit> applied() {
        return java.util.List.copyOf(inForce);
    }

    /** The edits a project replayed on the survey just shown (they are in force, but no steps of the history). */
    void restored(java.util.List<SurveyEdit> edits) {
        inForce.clear();
        inForce.addAll(edits);
    }

    /** Makes an edit; when it does not fit the survey, the window says so in one line and nothing changes. */
    public boolean apply(SurveyEdit edit) {
        Survey current = model.surveyProperty().get();
        if (current == null) {
            return false;
        }
        Survey edited;
        try {
            edited = edit.apply(current);
        } catch (IllegalArgumentException e) {
            model.reportError(errorText(edit));
            return false;
        }
        PivotState before = model.workspace().state();
        PivotState after = model.replaceSurvey(edited);
        if (edit instanceof MergeIntoMultiSet merge && edited.find(merge.setId()).isPresent()) {
            after = new PivotCommand.SetQuestion(merge.setId()).apply(after);
            model.showSurveyState(edited, after);
        }
        inForce.add(edit);
        model.workspace().push(new SurveyStep(this, edit, current, before, edited, after));
        return true;
    }

    /** Undoes the last change of the workspace (a survey edit, a pivot change or a note edit). */
    public void undo() {
        model.workspace().undo();
    }

    public void redo() {
        model.workspace().redo();
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
        if (edit instanceof com.surveypivot.survey.edit.AddWeightColumn e) {
            return com.surveypivot.i18n.Messages.get(text.locale().getValue(), "weighting.describe", e.id());
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

    public ReadOnlyBooleanProperty canUndoProperty() {
        return model.workspace().canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return model.workspace().canRedoProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return model.workspace().undoTextProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return model.workspace().redoTextProperty();
}
}
