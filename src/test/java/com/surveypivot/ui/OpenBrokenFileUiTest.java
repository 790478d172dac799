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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a file that is not a workbook shows a one-line message and keeps the open survey. */
@ExtendWith(ApplicationExtension.class)
class OpenBrokenFileUiTest {
    @TempDir
    Path folder;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = UiTestSupport.startOnSample(stage);
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
