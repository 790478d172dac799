package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.NetDefinition;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One NET definition for the table and the map: a NET made in the grid is offered as a measure of its question on
 * the map (shares counted again here), and a NET made on the map is a NET of the table, undone in one step.
 */
class MapTableNetsUiTest extends SampleWindowFixture {

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void aGridNetIsAMapMeasureAndAMapNetIsATableNet(FxRobot robot) throws Exception {
        Survey s = UiTestSupport.awaitSurvey(model);
        Question q1 = s.find("Q1").orElseThrow();
        Question q2 = s.find("Q2").orElseThrow();
        Question q3 = s.find("Q3").orElseThrow();
        WorkspaceUiTest.settle();
        // Q2 by Q1 in the report layout: the Total row's cells of answers 2-4 chosen in the grid, Ctrl+G
        List<String> poor = q2.categories().subList(1, 4);
        robot.interact(() -> {
            var grid = view.grid();
            for (String answer : poor) {
                var column = grid.getColumns().stream().filter(c -> c.getGraphic() instanceof javafx.scene.control
                        .Label l && l.getText().equals(answer)).findFirst().orElseThrow();
                grid.getSelectionModel().select(0, column);
            }
            grid.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#netName").eraseText(10).write("poor");
        robot.clickOn("OK");
        WorkspaceUiTest.settle();
        assertEquals(poor, model.workspace().state().answersOf("Q2").net("poor").members());

        robot.clickOn("2-question map");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(q2, model.map().x().questionProperty().get());
        MapMeasure tableNet = MapMeasure.of(q2, poor);
        assertTrue(model.map().x().measures().contains(tableNet), "the table's NET is offered on the map");
        ComboBox<MapMeasure> picker = robot.lookup("#mapXMeasure").queryComboBox();
        robot.clickOn(picker).clickOn("NET (poor)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(tableNet, model.map().x().measureProperty().get());
        assertEquals("poor", robot.lookup("#mapXName").queryAs(TextField.class).getText());
        SegmentMapModel map = view.mapPane().map().getModel();
        for (int c = 0; c < q1.categoryCount(); c++) {
            double[] x = share(q2, q1, c, Set.of(1, 2, 3));
            assertEquals(100 * x[0] / x[1], map.points().get(c).x(), 1e-9, "x of " + q1.categories().get(c));
        }

        // a new name typed on the map (Enter) renames the table's NET: one definition, one name, one undo step
        TextField xName = robot.lookup("#mapXName").queryAs(TextField.class);
        robot.clickOn(xName).push(KeyCode.END).eraseText(10).write("poor collaboration").type(KeyCode.ENTER);
        WorkspaceUiTest.settle();
        assertEquals(poor, model.workspace().state().answersOf("Q2").net("poor collaboration").members());
        assertTrue(model.workspace().state().answersOf("Q2").net("poor") == null, "renamed, not added");
        assertEquals(tableNet, model.map().x().measureProperty().get());
        // out of the name field (inside it, Undo is the field's own text undo), then Ctrl+Z
        robot.clickOn(view.mapPane().map());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WorkspaceUiTest.settle();
        assertEquals(poor, model.workspace().state().answersOf("Q2").net("poor").members(), "undone");
        assertEquals("poor", xName.getText());

        // a NET of Q3's first and third answers made on the map: a NET of the table, kept beside its answers
        robot.clickOn("#mapYNet");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#netAnswer2").clickOn("#netAnswer3"); // the top-2 box comes ticked: untick the second answer
        TextField netName = robot.lookup("#netName").queryAs(TextField.class);
        robot.clickOn(netName).push(KeyCode.END).eraseText(60).write("one or three");
        robot.clickOn("OK");
        WorkspaceUiTest.settle();
        NetDefinition made = model.workspace().state().answersOf("Q3").net("one or three");
        assertEquals(List.of(q3.categories().get(0), q3.categories().get(2)), made.members());
        assertTrue(made.keepMembers());
        assertEquals(MapMeasure.of(q3, made.members()), model.map().y().measureProperty().get());
        map = view.mapPane().map().getModel();
        for (int c = 0; c < q1.categoryCount(); c++) {
            double[] y = share(q3, q1, c, Set.of(0, 2));
            assertEquals(100 * y[0] / y[1], map.points().get(c).y(), 1e-9, "y of " + q1.categories().get(c));
        }

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WorkspaceUiTest.settle();
        assertTrue(model.workspace().state().answersOf("Q3").nets().isEmpty());
        assertFalse(model.map().y().measures().contains(MapMeasure.of(q3, made.members())),
                "undone: no longer offered");
        assertEquals(MapMeasure.defaultFor(q3), model.map().y().measureProperty().get());
        assertEquals(tableNet, model.map().x().measureProperty().get(), "the other axis keeps its NET");
    }

    /** Hits and base of {@code question}'s answers among respondents of category {@code c} of {@code by}. */
    private static double[] share(Question question, Question by, int c, Set<Integer> answers) {
        double hits = 0;
        double base = 0;
        for (int r = 0; r < question.respondentCount(); r++) {
            if (by.members(c).contains(r) && question.code(r) >= 0) {
                base++;
                hits += answers.contains(question.code(r)) ? 1 : 0;
            }
        }
        return new double[] {hits, base};
    }
}
