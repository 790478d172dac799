package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Survey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Open… reads a workbook in the background; a file that is not one gets a one-line message. */
class OpenFileUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        openSample(stage);
    }

    @Test
    void opensAWorkbookThroughTheMenu(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(view.model());
        Path workbook = folder.resolve("mass_survey.xlsx");
        try (var in = OpenFileUiTest.class.getResourceAsStream("/io/mass_survey.xlsx")) {
            Files.copy(in, workbook);
        }
        view.setFileDialogs(new FakeFileDialogs(workbook, null));

        robot.clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.model().surveyProperty().get() != sample
                && !view.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Survey opened = view.model().surveyProperty().get();
        assertTrue(stage.getTitle().equals("SurveyPivot — " + opened.title()), stage.getTitle());
        assertTrue(robot.lookup("#questionList").queryListView().getItems().size() == opened.crossableQuestions()
                .size());
        assertTrue(view.grid().table() != null && !view.grid().getItems().isEmpty(), "a table of the new survey");
        assertFalse(robot.lookup("#errorDialog").tryQuery().isPresent());
    }

    @Test
    void brokenFileShowsOneLineErrorAndKeepsTheSurvey(FxRobot robot) throws Exception {
        Survey before = UiTestSupport.awaitSurvey(view.model());
        String title = stage.getTitle();
        Path broken = folder.resolve("broken.xlsx");
        Files.writeString(broken, "not a workbook\n", StandardCharsets.UTF_8);
        view.setFileDialogs(new FakeFileDialogs(broken, null));

        robot.clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        String message = dialog.getContentText();
        assertFalse(message.isBlank());
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains("Exception"), "no exception names: " + message);
        assertFalse(view.model().loadingProperty().get());
        robot.interact(() -> dialog.getScene().getWindow().hide());

        assertSame(before, view.model().surveyProperty().get(), "the previous survey stays open");
        assertTrue(stage.getTitle().equals(title) && title.contains(before.title()));
    }
}
