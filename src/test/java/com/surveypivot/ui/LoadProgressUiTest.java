package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.io.SurveyReadException;
import com.surveypivot.survey.Survey;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A load in progress shows its progress and can be cancelled; the open survey stays and the window responds. */
class LoadProgressUiTest extends SampleWindowFixture {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void cancelStopsTheLoadAndKeepsTheSurvey(FxRobot robot) throws Exception {
        Survey before = UiTestSupport.awaitSurvey(model);
        // a reader that reports half way and then waits to be cancelled, as the real one checks between rows
        robot.interact(() -> model.load(progress -> {
            progress.progress(0.5);
            while (!progress.isCancelled()) {
                Thread.onSpinWait();
            }
            throw new SurveyReadException("io.cancelled");
        }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.progressProperty().get() == 0.5);
        WaitForAsyncUtils.waitForFxEvents();
        ProgressBar bar = robot.lookup("#loadProgress").queryAs(ProgressBar.class);
        assertTrue(bar.isVisible());
        assertEquals(0.5, bar.getProgress(), 1e-9);

        robot.clickOn("#transposeToggle"); // the window still responds while reading
        assertTrue(model.transposedProperty().get());

        robot.clickOn("#cancelLoad");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.isVisible());
        assertSame(before, model.surveyProperty().get());
        assertFalse(robot.lookup("#errorDialog").tryQuery().isPresent(), "cancelling is not an error");
    }
}
