package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.BandChartModel;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the bundled sample: pick Q2 by Q1 with the controls, check chart, grid and notes. */
class MainWindowUiTest extends SampleWindowFixture {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void picksQuestionAndAttributeAndShowsChartGridAndNotes(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Question q1 = sample.find("Q1").orElseThrow();
        Question q2 = sample.find("Q2").orElseThrow();
        Question q3 = sample.find("Q3").orElseThrow();
        // start from another table, so that picking Q2 by Q1 is seen to change it
        robot.interact(() -> {
            model.questionProperty().set(q3);
            model.attributeProperty().set(q2);
        });
        UiTestSupport.pick(robot, "Q1", "#useAsAttribute");
        UiTestSupport.pick(robot, "Q2", "#useAsQuestion");
        assertEquals("Q2", model.questionProperty().get().id());
        assertEquals("Q1", model.attributeProperty().get().id());

        // independent count: respondents who answered Q2 and ticked at least one Q1 option
        int n = sample.respondents();
        int[] totalCounts = new int[q2.categoryCount()];
        int base = 0;
        int[] segmentBase = new int[q1.categoryCount()];
        for (int r = 0; r < n; r++) {
            boolean ticked = false;
            for (int c = 0; c < q1.categoryCount(); c++) {
                if (q1.members(c).contains(r)) {
                    ticked = true;
                    if (q2.code(r) >= 0) {
                        segmentBase[c]++;
                    }
                }
            }
            if (ticked && q2.code(r) >= 0) {
                base++;
                totalCounts[q2.code(r)]++;
            }
        }
        List<String> expectedTotal = new ArrayList<>();
        for (int count : totalCounts) {
            expectedTotal.add(String.format(Locale.ROOT, "%.1f", 100.0 * count / base));
        }
        expectedTotal.add(Integer.toString(base));

        BandChartModel chart = view.chart().getModel();
        assertEquals(BandChartModel.Layout.STACKED, chart.layout());
        assertEquals(q1.categoryCount() + 1, chart.bars().size(), "Total and one bar per Q1 option");
        BandChartModel.Bar totalBar = chart.bars().get(0);
        assertTrue(totalBar.total());
        assertEquals("Total", totalBar.label());
        assertEquals(base, totalBar.base());
        assertEquals(String.format(Locale.ENGLISH, "(n=%,d)", base), totalBar.nLabel());
        for (int k = 0; k < q2.categoryCount(); k++) {
            assertEquals(q2.categories().get(k), totalBar.segments().get(k).label());
            assertEquals(100.0 * totalCounts[k] / base, totalBar.segments().get(k).percent(), 1e-9);
        }
        for (int c = 0; c < q1.categoryCount(); c++) {
            BandChartModel.Bar bar = chart.bars().get(c + 1);
            assertEquals(q1.categories().get(c), bar.label());
            assertFalse(bar.total());
            assertEquals(String.format(Locale.ENGLISH, "(n=%,d)", segmentBase[c]), bar.nLabel());
        }

        GridTable grid = view.grid().table();
        assertEquals(q1.categoryCount() + 1, grid.rows().size(), "Total and one row per Q1 option");
        assertEquals("Total", grid.rows().get(0).label());
        assertEquals(expectedTotal, grid.rows().get(0).cells());
        for (int c = 0; c < q1.categoryCount(); c++) {
            GridTable.Row row = grid.rows().get(c + 1);
            assertEquals(q1.categories().get(c), row.label());
            assertEquals(Integer.toString(segmentBase[c]), row.cells().get(row.cells().size() - 1));
        }
        assertEquals(q2.categories(), grid.headers().subList(0, q2.categoryCount()));
        assertEquals(view.grid().getItems(), grid.rows(), "the TableView shows the grid's rows");

        ListView<?> notes = robot.lookup("#generatedNotes").queryListView();
        assertFalse(notes.getItems().isEmpty(), "generated notes on Q2 by Q1");

        robot.clickOn("#countsToggle");
        WaitForAsyncUtils.waitForFxEvents();
        GridTable counts = view.grid().table();
        assertEquals(Integer.toString(totalCounts[0]), counts.rows().get(0).cells().get(0));

        robot.clickOn("#transposeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        GridTable banner = view.grid().table();
        assertEquals(q2.categoryCount() + 1, banner.rows().size(), "answers down, then n");
        assertEquals("Total", banner.headers().get(0));
        assertEquals(Integer.toString(totalCounts[1]), banner.rows().get(1).cells().get(0));
        assertNotEquals(grid, banner);
        assertTrue(view.grid().getColumns().size() == q1.categoryCount() + 2, "label column, Total, segments");
    }

    @Test
    void userNoteStaysWithItsTable(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        UiTestSupport.pick(robot, "Q1", "#useAsAttribute");
        UiTestSupport.pick(robot, "Q2", "#useAsQuestion");
        robot.clickOn("#userNote").write("check with sales");
        robot.clickOn("#swapButton");
        assertEquals("Q1", model.questionProperty().get().id());
        assertEquals("", robot.lookup("#userNote").queryTextInputControl().getText());
        robot.clickOn("#swapButton");
        assertEquals("check with sales", robot.lookup("#userNote").queryTextInputControl().getText());
    }
}
