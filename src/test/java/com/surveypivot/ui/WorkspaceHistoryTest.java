package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.RenameQuestion;
import com.surveypivot.workspace.PivotCommand;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Pivot changes, survey edits and note edits in the window's one history, undone and redone in the order made. */
class WorkspaceHistoryTest {

    @Test
    void notesPivotAndSurveyEditsShareOneHistory() throws Exception {
        Survey sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        MainViewModel model = new MainViewModel(task -> {
            throw new AssertionError("no background work");
        });
        model.localeProperty().set(Locale.ENGLISH);
        model.setSurvey(sample);
        WorkspaceModel workspace = model.workspace();
        assertFalse(workspace.canUndoProperty().get(), "nothing to undo on a survey just opened");

        for (String typed : new String[] {"c", "ch", "che", "chec", "check"}) {
            model.userNoteProperty().set(typed); // as the text area sets it, one key at a time
        }
        assertEquals(1, workspace.history().done().size(), "typing in one note is one step");
        assertEquals("Undo note", workspace.undoTextProperty().get());

        workspace.execute(new PivotCommand.SetQuestion("Q3"));
        assertEquals("", model.userNoteProperty().get(), "another table, another note");
        model.editor().apply(new RenameQuestion("Q3", "Worry"));
        assertEquals("Worry", model.questionProperty().get().text());
        assertEquals(3, workspace.history().done().size());

        workspace.undo();
        assertEquals(sample, model.surveyProperty().get(), "the rename undone");
        workspace.undo();
        assertEquals("Q2", model.questionProperty().get().id());
        assertEquals("check", model.userNoteProperty().get(), "the note of Q2 by Q1 is back");
        workspace.undo();
        assertEquals("", model.userNoteProperty().get());
        assertFalse(workspace.canUndoProperty().get());

        workspace.redo();
        workspace.redo();
        workspace.redo();
        assertEquals("Worry", model.questionProperty().get().text());
        assertTrue(workspace.canUndoProperty().get());
        assertFalse(workspace.canRedoProperty().get());
        assertEquals("Undo renaming Q3", workspace.undoTextProperty().get());
    }
}
