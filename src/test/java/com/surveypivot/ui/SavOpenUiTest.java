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

    @Test
    void theFilesDeclaredWeightIsTheStartingWeight(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(view.model());
        Path sav = com.surveypivot.io.SavFixtureWriter.withWeight(Path.of("src/test/resources/spss/constructed.sav"),
                folder.resolve("weighted.sav"), "w");
        view.setFileDialogs(new FakeFileDialogs(sav, null));
        robot.clickOn("#menuFile").clickOn("#menuOpen");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.model().surveyProperty().get() != sample
                && !view.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Survey opened = view.model().surveyProperty().get();
        assertEquals("w", opened.weightId());
        // the state carries the weight from the start: no undoable step
        assertEquals("w", model.workspace().state().weight());
        assertFalse(model.workspace().canUndoProperty().get(), "the starting weight is not a step");
        javafx.scene.control.ComboBox<?> picker = robot.lookup("#weightPicker")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(opened.find("w").orElseThrow(), picker.getValue());
        assertEquals("w", model.tableOptions().weightProperty().get().id());
        robot.interact(() -> {
            model.attributeProperty().set(opened.find("地域").orElseThrow());
            model.questionProperty().set(opened.find("sat").orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Crosstab t = model.crosstabProperty().get();
        assertTrue(t.weighted(), "the table is weighted");
        // 東京's base: the weights of its 18 respondents who answered sat (9 = Don't know is missing)
        int[] region = opened.find("地域").orElseThrow().codes();
        int[] sat = opened.find("sat").orElseThrow().codes();
        double[] w = opened.find("w").orElseThrow().numbers();
        double tokyo = 0;
        int n = 0;
        for (int r = 0; r < region.length; r++) {
            if (region[r] == 0 && sat[r] >= 0) {
                tokyo += w[r];
                n++;
            }
        }
        assertEquals(18, n);
        assertEquals(18, t.columns().get(1).unweightedBase());
        assertEquals(tokyo, t.columns().get(1).base(), 1e-9);
        // each answer's count in 東京 is its respondents' weights, and the weights do change a count
        boolean changed = false;
        for (int k = 0; k < 5; k++) {
            double weighted = 0;
            int count = 0;
            for (int r = 0; r < region.length; r++) {
                if (region[r] == 0 && sat[r] == k) {
                    weighted += w[r];
                    count++;
                }
            }
            assertEquals(opened.find("sat").orElseThrow().categories().get(k), t.rows().get(k).label());
            assertEquals(weighted, t.rows().get(k).counts()[1], 1e-9);
            changed |= Math.abs(weighted - count) > 1e-6;
        }
        assertTrue(changed, "the weights change the counts");
    }
}
