package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.i18n.LocalizedText;
import com.surveypivot.io.DiagnosticLog;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.SurveyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > Open Log Folder shows the reader's log folder; a file read with warnings says so in the status line. */
class HostileFileUiTest extends SampleWindowFixture {
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        system = LogFolder.opener;
        LogFolder.opener = opened::add;
        openSample(stage);
    }

    private LogFolder.Opener system;

    @AfterEach
    void restore() {
        if (system != null) {
            LogFolder.opener = system;
        }
    }

    @Test
    void openLogFolderShowsTheFolderTheReaderLogsTo(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        robot.clickOn("#menuHelp").clickOn("#menuOpenLogFolder");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(DiagnosticLog.folder()), opened);
        assertTrue(Files.isDirectory(DiagnosticLog.folder()));
        assertFalse(robot.lookup("#logFolderDialog").tryQuery().isPresent());
    }

    @Test
    void warningsOfTheReaderShowInTheStatusLine(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        Label warning = robot.lookup("#statusWarning").queryAs(Label.class);
        assertFalse(warning.isVisible());
        robot.interact(() -> model.load(progress -> {
            progress.warning(new LocalizedText("read.warning.badBytes", "answers.csv", 2, "UTF-8", "4, 9"));
            return SurveyReader.readSample(ReadOptions.defaults(), progress);
        }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(warning.isVisible());
        assertEquals("Opened with warnings: answers.csv: 2 cells had bytes that are not valid UTF-8 text (lines 4, 9);"
                + " they show as \uFFFD.", warning.getText());
        robot.interact(() -> model.openSample());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(warning.isVisible(), "a file read without warnings clears the line");
    }
}
