package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotState;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The source report's views with the keyboard alone: Q2 by job function (Q1), then Q4 by four chosen functions with
 * the three marketing-and-sales pairs as one NET; then every step undone with Ctrl+Z.
 */
class KeyboardWorkspaceUiTest extends SampleWindowFixture {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    private static void keys(FxRobot robot, KeyCode... combo) {
        robot.push(combo);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl+F, the id typed over the search, Enter into the list (the first match selected). */
    private static void find(FxRobot robot, String id) {
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write(id);
        keys(robot, KeyCode.ENTER);
    }

    @Test
    void rebuildsTheReportsViewsAndUndoesEveryStep(FxRobot robot) throws Exception {
        Survey s = UiTestSupport.awaitSurvey(model);
        Question q1 = s.find("Q1").orElseThrow();
        Question q2 = s.find("Q2").orElseThrow();
        Question q4 = s.find("Q4").orElseThrow();
        PivotState initial = model.workspace().state();

        // the window opens on Q2 by Q1: start from another table, so that the keys are seen to build it
        find(robot, "Q3");
        keys(robot, KeyCode.ENTER);
        find(robot, "役職");
        keys(robot, KeyCode.CONTROL, KeyCode.B);
        assertEquals("Q3", model.workspace().state().question());
        assertEquals(List.of("役職"), model.workspace().state().banner());

        // Q2 by Q1: Enter uses the question, Ctrl+B breaks down by it
        find(robot, "Q2");
        keys(robot, KeyCode.ENTER);
        find(robot, "Q1");
        keys(robot, KeyCode.CONTROL, KeyCode.B);
        assertEquals("Q2", model.workspace().state().question());
        assertEquals(List.of("Q1"), model.workspace().state().banner());
        BandChartModel chart = view.chart().getModel();
        assertEquals(1 + q1.categoryCount(), chart.bars().size());
        double[] total = WorkspaceUiTest.share(s, q2, r -> true, List.of(q2.categories().get(0)));
        assertEquals(total[0], chart.bars().get(0).segments().get(0).percent(), 1e-9);
        assertEquals((int) total[1], chart.bars().get(0).base());

        // Q4, then the four functions ticked in the Segments picker (Ctrl+Shift+S, Down opens, Enter ticks)
        find(robot, "Q4");
        keys(robot, KeyCode.ENTER);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        keys(robot, KeyCode.DOWN);
        int at = 0;
        for (String f : WorkspaceUiTest.FOUR) {
            int target = q1.indexOf(f);
            for (; at < target; at++) {
                keys(robot, KeyCode.DOWN);
            }
            for (; at > target; at--) {
                keys(robot, KeyCode.UP);
            }
            keys(robot, KeyCode.ENTER);
        }
        keys(robot, KeyCode.ESCAPE);
        assertEquals(WorkspaceUiTest.FOUR, model.workspace().state().segments());

        // the three marketing-and-sales pairs (answers 3 to 5) selected with Shift+Down, merged with Ctrl+G
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        keys(robot, KeyCode.HOME);
        keys(robot, KeyCode.DOWN);
        keys(robot, KeyCode.DOWN);
        keys(robot, KeyCode.SHIFT, KeyCode.DOWN);
        keys(robot, KeyCode.SHIFT, KeyCode.DOWN);
        keys(robot, KeyCode.CONTROL, KeyCode.G);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#netName").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        keys(robot, KeyCode.CONTROL, KeyCode.A);
        // TestFX types into its target window: the dialog that has the keyboard focus
        robot.targetWindow(robot.lookup("#netName").query().getScene().getWindow());
        robot.write("MS NET");
        keys(robot, KeyCode.ENTER);

        Crosstab table = model.crosstabProperty().get();
        List<String> rows = table.rows().stream().map(TableRow::label).toList();
        assertTrue(rows.contains("MS NET"), rows.toString());
        WorkspaceUiTest.MARKETING_SALES.forEach(m -> assertFalse(rows.contains(m), m));
        TableRow net = table.rows().get(rows.indexOf("MS NET"));
        for (int c = 0; c < 5; c++) {
            String function = c == 0 ? null : WorkspaceUiTest.FOUR.get(c - 1);
            double[] expected = WorkspaceUiTest.share(s, q4, function == null ? r -> true
                    : WorkspaceUiTest.ticked(s, function), WorkspaceUiTest.MARKETING_SALES);
            assertEquals(expected[0], net.percent(c), 1e-9, String.valueOf(function));
            assertEquals((int) expected[1], table.columns().get(c).unweightedBase());
        }
        BandChartModel.BarGroup group = view.chart().getModel().groups().stream()
                .filter(g -> g.label().equals("MS NET")).findFirst().orElseThrow();
        assertEquals(5, group.bars().size(), "Total and the four functions");

        // undo every step with Ctrl+Z: back to the window as opened
        int steps = model.workspace().history().done().size();
        assertEquals(10, steps, "steps: " + steps);
        for (int i = 0; i < steps; i++) {
            keys(robot, KeyCode.CONTROL, KeyCode.Z);
        }
        assertFalse(model.workspace().history().canUndo());
        assertEquals(initial, model.workspace().state());
        assertTrue(robot.lookup("#menuUndo").tryQuery().isEmpty() || !model.workspace().canUndoProperty().get());
    }
}
