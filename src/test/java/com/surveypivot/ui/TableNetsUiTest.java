package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotState;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * NETs made in the grid and in the chart's legend: three answers chosen with the mouse, Ctrl+G, a name; the table,
 * the grid and the chart show the NET with its share counted again by a plain loop over the sample's respondents; one
 * undo takes it away.
 */
class TableNetsUiTest extends SampleWindowFixture {

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void threeGridRowsBecomeOneNetInOneUndoableStep(FxRobot robot) throws Exception {
        Survey s = UiTestSupport.awaitSurvey(model);
        Question q4 = s.find("Q4").orElseThrow();
        robot.interact(() -> {
            model.workspace().execute(new PivotCommand.SetQuestion("Q4"));
            model.transposedProperty().set(true);
        });
        WorkspaceUiTest.settle();
        PivotState before = model.workspace().state();

        // the banner layout: one row per answer; three rows chosen by their labels
        List<String> ms = WorkspaceUiTest.MARKETING_SALES;
        robot.clickOn(rowLabelCell(robot, ms.get(0)));
        robot.press(KeyCode.CONTROL);
        robot.clickOn(rowLabelCell(robot, ms.get(1)));
        robot.clickOn(rowLabelCell(robot, ms.get(2)));
        robot.release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#netName").eraseText(10).write("MS pairs");
        robot.type(KeyCode.ENTER);
        WorkspaceUiTest.settle();

        Crosstab table = model.crosstabProperty().get();
        List<String> rows = WorkspaceUiTest.labels(table);
        ms.forEach(m -> assertFalse(rows.contains(m), "the NET shows instead of " + m));
        TableRow net = table.rows().get(rows.indexOf("MS pairs"));
        double[] expected = WorkspaceUiTest.share(s, q4, r -> true, ms);
        assertEquals(expected[0], net.percent(0), 1e-9);
        assertEquals(expected[1], table.total().unweightedBase(), 0);
        // a function's column: counted again for respondents who ticked it
        String function = s.find("Q1").orElseThrow().categories().get(1);
        int column = WorkspaceUiTest.columnLabels(table).indexOf(function);
        assertEquals(WorkspaceUiTest.share(s, q4, WorkspaceUiTest.ticked(s, function), ms)[0], net.percent(column),
                1e-9);
        // the grid's row and the chart's group
        GridTable grid = view.grid().table();
        GridTable.Row gridRow = grid.rows().stream().filter(r -> r.label().equals("MS pairs")).findFirst()
                .orElseThrow();
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", expected[0]), gridRow.parts().get(0).value());
        BandChartModel.BarGroup group = view.chart().getModel().groups().stream()
                .filter(g -> g.label().equals("MS pairs")).findFirst().orElseThrow();
        assertEquals(expected[0], group.bars().get(0).percent(), 1e-9);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WorkspaceUiTest.settle();
        assertEquals(before, model.workspace().state(), "one undo takes the whole NET away");
        assertTrue(WorkspaceUiTest.labels(model.crosstabProperty().get()).containsAll(ms));
        assertFalse(WorkspaceUiTest.labels(model.crosstabProperty().get()).contains("MS pairs"));
    }

    @Test
    void gridCellsOfTheReportLayoutChooseTheirAnswers(FxRobot robot) throws Exception {
        Survey s = UiTestSupport.awaitSurvey(model);
        Question q2 = s.find("Q2").orElseThrow();
        WorkspaceUiTest.settle();
        List<String> two = q2.categories().subList(0, 2);
        // the report layout: one column per answer; cells of the Total row in two answers' columns
        robot.clickOn(valueCell(robot, two.get(0), 0));
        robot.press(KeyCode.CONTROL);
        robot.clickOn(valueCell(robot, two.get(1), 0));
        robot.release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#netName").eraseText(10).write("Top 2");
        robot.clickOn("#netKeep");
        robot.type(KeyCode.ENTER); // Enter confirms from the check box too
        WorkspaceUiTest.settle();

        NetDefinition net = model.workspace().state().answersOf("Q2").net("Top 2");
        assertTrue(net != null, model.workspace().state().answersOf("Q2") + " " + view.grid().getSelectionModel()
                .getSelectedCells() + " " + robot.lookup("#netName").tryQuery().isPresent());
        assertEquals(two, net.members());
        assertTrue(net.keepMembers());
        Crosstab table = model.crosstabProperty().get();
        List<String> rows = WorkspaceUiTest.labels(table);
        assertTrue(rows.containsAll(two), "kept beside the NET: " + rows);
        assertEquals(rows.indexOf(two.get(0)) - 1, rows.indexOf("Top 2"), "above its members: " + rows);
        assertEquals(WorkspaceUiTest.share(s, q2, r -> true, two)[0], table.rows().get(rows.indexOf("Top 2"))
                .percent(0), 1e-9);
        assertTrue(view.grid().table().headers().contains("Top 2"));
    }

    @Test
    void legendEntriesPickedWithShiftAndCtrlBecomeANet(FxRobot robot) throws Exception {
        Survey s = UiTestSupport.awaitSurvey(model);
        Question q2 = s.find("Q2").orElseThrow();
        WorkspaceUiTest.settle();
        assertEquals(BandChartModel.Layout.STACKED, view.chart().getModel().layout());
        List<String> answers = q2.categories();
        // click the first, Shift+click the third (a run of three), Ctrl+click the second off again and on again
        robot.clickOn(legendEntry(robot, answers.get(0)));
        robot.press(KeyCode.SHIFT).clickOn(legendEntry(robot, answers.get(2))).release(KeyCode.SHIFT);
        assertEquals(answers.subList(0, 3), view.chart().legendPicks().picked());
        robot.press(KeyCode.CONTROL).clickOn(legendEntry(robot, answers.get(1))).release(KeyCode.CONTROL);
        assertEquals(List.of(answers.get(0), answers.get(2)), view.chart().legendPicks().picked());
        robot.press(KeyCode.CONTROL).clickOn(legendEntry(robot, answers.get(1))).release(KeyCode.CONTROL);
        assertEquals(answers.subList(0, 3), view.chart().legendPicks().picked());

        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#netName").eraseText(10).write("Any of three");
        robot.clickOn("#netPlacement").clickOn("Below its answers");
        robot.clickOn("#netKeep");
        robot.clickOn("OK");
        WorkspaceUiTest.settle();

        Crosstab table = model.crosstabProperty().get();
        List<String> rows = WorkspaceUiTest.labels(table);
        assertEquals(rows.indexOf(answers.get(2)) + 1, rows.indexOf("Any of three"), "below its members: " + rows);
        double[] expected = WorkspaceUiTest.share(s, q2, r -> true, answers.subList(0, 3));
        assertEquals(expected[0], table.rows().get(rows.indexOf("Any of three")).percent(0), 1e-9);
        assertTrue(view.chart().legendPicks().picked().isEmpty(), "the picks are cleared");
        assertTrue(view.grid().table().headers().contains("Any of three"));
        // the 100% bands keep the answers (a NET kept beside them is not a band of its own)
        BandChartModel.Bar total = view.chart().getModel().bars().get(0);
        assertEquals(100, total.segments().stream().mapToDouble(BandChartModel.Segment::percent).sum(), 1e-6);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WorkspaceUiTest.settle();
        assertTrue(model.workspace().state().answersOf("Q2").nets().isEmpty());
    }

    @Test
    void answerGroupsOfAGroupedChartArePickedByTheirLabels(FxRobot robot) throws Exception {
        Survey s = UiTestSupport.awaitSurvey(model);
        Question q4 = s.find("Q4").orElseThrow();
        robot.interact(() -> model.workspace().execute(new PivotCommand.SetQuestion("Q4")));
        WorkspaceUiTest.settle();
        assertEquals(BandChartModel.Layout.GROUPED, view.chart().getModel().layout());
        List<String> ms = WorkspaceUiTest.MARKETING_SALES;
        robot.clickOn(legendEntry(robot, ms.get(0)));
        robot.press(KeyCode.CONTROL);
        robot.clickOn(legendEntry(robot, ms.get(1)));
        robot.clickOn(legendEntry(robot, ms.get(2)));
        robot.release(KeyCode.CONTROL);
        assertEquals(List.copyOf(new java.util.TreeSet<>(ms)), List.copyOf(new java.util.TreeSet<>(
                view.chart().legendPicks().picked())));
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#netName").eraseText(10).write("MS pairs");
        robot.clickOn("OK");
        WorkspaceUiTest.settle();
        BandChartModel.BarGroup group = view.chart().getModel().groups().stream()
                .filter(g -> g.label().equals("MS pairs")).findFirst().orElseThrow();
        assertEquals(WorkspaceUiTest.share(s, q4, r -> true, ms)[0], group.bars().get(0).percent(), 1e-9);
        ms.forEach(m -> assertTrue(view.chart().getModel().groups().stream().noneMatch(g -> g.label().equals(m)),
                "instead of " + m));
    }

    /** The clickable entry of an answer, scrolled into the chart's view. */
    static Node legendEntry(FxRobot robot, String answer) {
        Node entry = robot.lookup(".legend-entry").match(n -> answer.equals(n.getUserData())).query();
        robot.interact(() -> {
            Node parent = entry.getParent();
            while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                double content = scroll.getContent().getBoundsInLocal().getHeight();
                double view = scroll.getViewportBounds().getHeight();
                double y = entry.getBoundsInParent().getMinY();
                scroll.setVvalue(content <= view ? 0 : Math.max(0, Math.min(1, (y - view / 3) / (content - view))));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".legend-entry").match(n -> answer.equals(n.getUserData())).query();
    }

    @SuppressWarnings("unchecked")
    private Node rowLabelCell(FxRobot robot, String label) {
        robot.interact(() -> {
            int row = 0;
            while (row < view.grid().getItems().size() && !view.grid().getItems().get(row).label().equals(label)) {
                row++;
            }
            view.grid().scrollTo(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#crosstabGrid .table-cell").match(n -> {
            TableCell<GridTable.Row, String> cell = (TableCell<GridTable.Row, String>) n;
            return cell.getTableColumn() == view.grid().getColumns().get(0) && cell.getTableRow() != null
                    && cell.getTableRow().getItem() != null && cell.getTableRow().getItem().label().equals(label);
        }).query();
    }

    @SuppressWarnings("unchecked")
    private Node valueCell(FxRobot robot, String header, int row) {
        TableColumn<GridTable.Row, ?> column = view.grid().getColumns().stream()
                .filter(c -> c.getGraphic() instanceof Label l && l.getText().equals(header)).findFirst()
                .orElseThrow();
        robot.interact(() -> view.grid().scrollToColumn((TableColumn<GridTable.Row, String>) column));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#crosstabGrid .table-cell").match(n -> {
            TableCell<GridTable.Row, String> cell = (TableCell<GridTable.Row, String>) n;
            return cell.getTableColumn() == column && cell.getIndex() == row;
        }).query();
    }
}
