package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's own start (as {@code SurveyPivotApp.start} runs it) on the sample read while the toolkit started: the
 * survey and its chart are in the window before its first layout, every tab is there, and the tabs the first screen
 * does not show get their content when first opened.
 */
@ExtendWith(ApplicationExtension.class)
class StartOnSampleUiTest {
    private MainView view;
    private boolean inBeforeShow;

    @Start
    void start(Stage stage) throws Exception {
        EarlySample.start();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, EarlySample::isRead);
        view = SurveyPivotApp.open(stage, List.of(), DesktopSettings.inMemory());
        inBeforeShow = view.model().surveyProperty().get() != null && view.chart().getModel() != null;
    }

    @Test
    void theEarlySampleIsInTheFirstFrameAndEveryTabFillsWhenOpened(FxRobot robot) throws Exception {
        assertTrue(inBeforeShow, "the survey and the chart model are set when the window is first shown");
        Survey shown = view.model().surveyProperty().get();
        Survey reference = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        assertEquals(reference.title(), shown.title());
        assertEquals(reference.respondents(), shown.respondents());
        assertEquals(reference.questions().size(), shown.questions().size());
        assertFalse(EarlySample.isRead(), "the early read is taken once");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.chart().getChildrenUnmodifiable().isEmpty(), "the band chart is drawn");

        TabPane views = view.views();
        assertEquals(List.of("bandTab", "mapTab", "dataTab", "findingsTab"),
                views.getTabs().stream().map(Tab::getId).toList());
        Tab map = views.getTabs().get(1);
        assertNull(map.getContent(), "the map's pane is not in the first frame");
        robot.clickOn(map.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(view.mapPane(), map.getContent());
        assertNotNull(view.mapPane().map().getModel(), "the map shows the table's segments");
        for (Tab tab : List.of(views.getTabs().get(2), views.getTabs().get(3))) {
            robot.clickOn(tab.getText());
            WaitForAsyncUtils.waitForFxEvents();
            assertNotNull(tab.getContent(), tab.getId() + " has its content once opened");
        }
    }
}
