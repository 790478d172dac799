package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.project.ProjectFile;
import com.surveypivot.project.ProjectStore;
import com.surveypivot.project.ReportOutline;
import com.surveypivot.project.SavedEntry;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.RenameQuestion;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projects through the real window: File > Save Project writes the file and the title's unsaved mark goes; after
 * more changes, File > Open Project asks Save / Don't Save / Cancel and then puts the saved work back exactly (state,
 * survey edit, notes, outline); a project applied to a file of another layout lists what did not match.
 */
class ProjectUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        openSample(stage);
    }

    @Test
    void saveThenOpenRestoresTheWork(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.getTitle().endsWith("*"), "nothing unsaved after opening: " + stage.getTitle());

        PivotState start = model.workspace().state();
        Question attribute = sample.find(start.attribute()).orElseThrow();
        Question question = sample.find(start.question()).orElseThrow();
        robot.interact(() -> {
            model.workspace().execute(new PivotCommand.SetFilter(attribute.id(),
                    List.of(attribute.categories().get(0))));
            model.workspace().execute(new PivotCommand.AddNet(question.id(), new NetDefinition("Top two",
                    question.categories().subList(0, 2), NetDefinition.Placement.BELOW, true)));
            model.editor().apply(new RenameQuestion(question.id(), "=renamed question"));
            model.userNoteProperty().set("My note on this table");
            model.outline().add(new SavedEntry(ReportOutline.newId(), "First table", model.workspace().state(), null,
                    "kept"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().endsWith(" *"), "the unsaved mark: " + stage.getTitle());

        Path file = folder.resolve("afternoon.surveypivot");
        FakeFileDialogs dialogs = new FakeFileDialogs(null, null);
        dialogs.exportTarget = file;
        view.setFileDialogs(dialogs);
        robot.clickOn("#menuFile").clickOn("#menuSaveProject");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(file));
        assertFalse(stage.getTitle().endsWith("*"), "saved: " + stage.getTitle());
        assertTrue(stage.getTitle().contains("afternoon.surveypivot"), stage.getTitle());

        PivotState saved = model.workspace().state();
        List<SavedEntry> entries = model.outline().entries();
        ProjectFile written = ProjectStore.read(file);
        assertEquals(saved, written.state());
        assertEquals(entries, written.entries());
        assertEquals(List.of(new RenameQuestion(question.id(), "=renamed question")), written.edits());
        assertTrue(written.notes().containsValue("My note on this table"), written.notes().toString());
        byte[] savedBytes = Files.readAllBytes(file);

        // more work, then open the project again: the prompt, Don't Save, and the saved work comes back
        robot.interact(() -> {
            model.workspace().execute(new PivotCommand.RemoveFilter(attribute.id()));
            model.userNoteProperty().set("changed");
            model.outline().replaceAll(List.of());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().endsWith(" *"));
        dialogs.project = file;
        Survey before = model.surveyProperty().get();
        robot.clickOn("#menuFile").clickOn("#menuOpenProject");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#unsavedDialog").tryQuery().isPresent(), "asked before the work is left");
        robot.clickOn("#unsavedDontSave");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.surveyProperty().get() != before
                && !model.loadingProperty().get() && model.outline().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, model.workspace().state(), "the whole pivot state");
        assertEquals(entries, model.outline().entries());
        assertEquals("=renamed question", model.surveyProperty().get().find(question.id()).orElseThrow().text());
        assertEquals(List.of(new RenameQuestion(question.id(), "=renamed question")), model.editor().applied());
        assertEquals("My note on this table", model.userNoteProperty().get());
        assertFalse(stage.getTitle().endsWith("*"), stage.getTitle());
        assertTrue(stage.getTitle().contains("afternoon.surveypivot"), stage.getTitle());
        assertArrayEquals(savedBytes, Files.readAllBytes(file), "opening does not write the project");

        // saving again with no change keeps the same content; undo after opening starts from the restored work
        assertFalse(model.workspace().history().canUndo());
        Map<String, String> notes = model.noteBook().snapshot();
        assertEquals(written.notes(), notes);

        // Ctrl+S saves to the project's file without asking
        dialogs.exportTarget = null;
        robot.interact(() -> model.workspace().execute(new PivotCommand.RemoveFilter(attribute.id())));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().endsWith(" *"));
        robot.clickOn("#bandChart");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.getTitle().endsWith("*"), stage.getTitle());
        assertEquals(model.workspace().state(), ProjectStore.read(file).state());
    }

    @Test
    void applyingToAFileOfAnotherLayoutListsWhatDidNotMatch(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Path other = folder.resolve("other.csv");
        Question attribute = sample.find(model.workspace().state().attribute()).orElseThrow();
        Files.writeString(other, attribute.id() + ",Extra\n" + attribute.categories().get(0) + ",x\n"
                + attribute.categories().get(1) + ",y\n" + attribute.categories().get(0) + ",y\n");
        byte[] bytes = Files.readAllBytes(other);
        view.setFileDialogs(new FakeFileDialogs(other, null));
        robot.clickOn("#menuFile").clickOn("#menuApplyProject");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.surveyProperty().get() != sample
                && !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#projectMismatchDialog").tryQuery().isPresent(), "the list of what did not match");
        String list = robot.lookup("#projectMismatchList").queryTextInputControl().getText();
        assertTrue(list.contains("Question not in the data: " + model.workspace().state().question())
                || list.contains("Question not in the data"), list);
        assertNotEquals(sample, model.surveyProperty().get());
        assertTrue(stage.getTitle().endsWith(" *"), "applied work is not saved yet: " + stage.getTitle());
        assertArrayEquals(bytes, Files.readAllBytes(other), "the other file is never written");
        robot.clickOn("#projectMismatchDialog .button");
    }

    @Test
    void atStartTheWorkACrashedRunLeftIsOfferedAndRestored(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        PivotState start = model.workspace().state();
        Question attribute = sample.find(start.attribute()).orElseThrow();
        PivotState crashed = new PivotCommand.SetFilter(attribute.id(), List.of(attribute.categories().get(0)))
                .apply(start);
        Path recoveryDir = folder.resolve("recovery");
        Path left = recoveryDir.resolve("recovery-1.surveypivot");
        ProjectStore.write(ProjectFile.of(null, "", com.surveypivot.io.ReadOptions.defaults(), List.of(), crashed,
                List.of(new SavedEntry("x", "Saved before the crash", crashed, null, "")),
                Map.of("k", "note")), left, null);
        String before = System.getProperty(com.surveypivot.project.RecoveryFiles.DIR_PROPERTY);
        System.setProperty(com.surveypivot.project.RecoveryFiles.DIR_PROPERTY, recoveryDir.toString());
        try {
            javafx.application.Platform.runLater(() -> view.projectActions().offerRecovery());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recoveryDialog").tryQuery()
                    .isPresent());
            robot.clickOn("Restore");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.outline().size() == 1
                    && !model.loadingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(crashed, model.workspace().state());
            assertEquals("Saved before the crash", model.outline().entries().get(0).name());
            assertTrue(stage.getTitle().endsWith(" *"), "restored work is unsaved: " + stage.getTitle());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(left));
        } finally {
            if (before == null) {
                System.clearProperty(com.surveypivot.project.RecoveryFiles.DIR_PROPERTY);
            } else {
                System.setProperty(com.surveypivot.project.RecoveryFiles.DIR_PROPERTY, before);
            }
        }
    }

    @Test
    void aMovedAndChangedSourceIsLocatedThroughTheDialogsAndWhatMatchesIsLoaded(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Path data = Files.createDirectories(folder.resolve("data")).resolve("wave1.csv");
        Files.writeString(data, "Sex,Smoke\nMale,Never\nFemale,Heavy\nMale,Occas\nFemale,Never\n");
        robot.interact(() -> model.open(data));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.surveyProperty().get() != sample
                && !model.loadingProperty().get() && !model.project().snapshot().sourceHash().isEmpty());
        robot.interact(() -> {
            model.workspace().execute(new PivotCommand.SetFilter("Sex", List.of("Female")));
            model.userNoteProperty().set("A note that follows the data");
        });
        PivotState saved = model.workspace().state();
        Path file = folder.resolve("p.surveypivot");
        robot.interact(() -> {
            try {
                model.project().save(file);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Path moved = Files.createDirectories(folder.resolve("moved")).resolve("renamed.csv");
        Files.writeString(moved, "Sex,Smoke\nMale,Never\nFemale,Heavy\nMale,Regul\nFemale,Never\n");
        Files.delete(data);
        byte[] movedBytes = Files.readAllBytes(moved);
        FakeFileDialogs dialogs = new FakeFileDialogs(null, null);
        dialogs.project = file;
        dialogs.located = moved;
        view.setFileDialogs(dialogs);
        Survey before = model.surveyProperty().get();
        robot.clickOn("#menuFile").clickOn("#menuOpenProject");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.surveyProperty().get() != before
                && !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, model.workspace().state());
        assertEquals(moved, model.fileProperty().get(), "the located file is the data now");
        assertEquals("A note that follows the data", model.userNoteProperty().get(),
                "the note is shown on the data of another name");
        assertTrue(robot.lookup("#projectMismatchDialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#projectMismatchList").queryTextInputControl().getText().contains("changed"));
        assertTrue(model.statusProperty().get().contains("changed"), model.statusProperty().get());
        assertArrayEquals(movedBytes, Files.readAllBytes(moved));
        robot.clickOn("#projectMismatchDialog .button");
    }

    @Test
    void exitWithUnsavedWorkAsksAndCancelKeepsTheWindowSaveWritesThenExits(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        java.util.concurrent.atomic.AtomicInteger exits = new java.util.concurrent.atomic.AtomicInteger();
        view.setExitAction(exits::incrementAndGet);
        Question attribute = sample.find(model.workspace().state().attribute()).orElseThrow();
        robot.interact(() -> model.workspace().execute(new PivotCommand.SetFilter(attribute.id(),
                List.of(attribute.categories().get(0)))));
        robot.clickOn("#menuFile").clickOn("#menuExit");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#unsavedCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, exits.get(), "Cancel keeps the window");
        Path file = folder.resolve("on-exit");
        FakeFileDialogs dialogs = new FakeFileDialogs(null, null);
        dialogs.exportTarget = file;
        view.setFileDialogs(dialogs);
        robot.clickOn("#menuFile").clickOn("#menuExit");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#unsavedSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, exits.get(), "saved, then the app ends");
        Path saved = folder.resolve("on-exit.surveypivot");
        assertTrue(Files.isRegularFile(saved), "the extension is added to a name given without it");
        assertEquals(model.workspace().state(), ProjectStore.read(saved).state());
    }
}
