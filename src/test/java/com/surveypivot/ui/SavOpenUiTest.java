package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.survey.Survey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Open… on an SPSS file (haven's constructed fixture): the labelled survey in the window, its table by a
 * Japanese-labelled attribute with the counts of R's own table (constructed_tables.csv), chart and notes.
 */
class SavOpenUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void opensASavFileThroughTheMenu(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(view.model());
        Path sav = Files.copy(Path.of("src/test/resources/spss/constructed.sav"), folder.resolve("constructed.sav"));
        view.setFileDialogs(new FakeFileDialogs(sav, null));
        robot.clickOn("#menuFile").clickOn("#menuOpen");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.model().surveyProperty().get() != sample
                && !view.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Survey opened = view.model().surveyProperty().get();
        assertEquals("constructed", opened.title());
        assertFalse(robot.lookup("#errorDialog").tryQuery().isPresent());
        robot.interact(() -> {
            model.attributeProperty().set(opened.find("地域").orElseThrow());
            model.questionProperty().set(opened.find("sat").orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Crosstab t = model.crosstabProperty().get();
        assertEquals("Overall satisfaction", t.question().text());
        assertEquals(java.util.List.of("Total", "東京", "大阪", "名古屋"),
                t.columns().stream().map(c -> c.label()).toList());
        // R: table(sat, region) with 9 = Don't know user-missing: 東京 3 4 4 4 3 (18 in all)
        assertEquals(18, t.columns().get(1).unweightedBase());
        assertEquals(3.0, t.rows().get(0).counts()[1]);
        assertTrue(view.grid().table() != null && !view.grid().getItems().isEmpty());
        assertFalse(model.notes().isEmpty(), "notes for the .sav table");
        assertEquals(5, view.chart().getModel().legend().size(), "five scale points in the chart");
    }
}
