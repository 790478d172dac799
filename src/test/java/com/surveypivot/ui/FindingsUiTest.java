package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.findings.Finding;
import com.surveypivot.findings.FindingWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Findings tab through the real window: scan, filter, open a finding's table, add it to the notes, cancel. */
class FindingsUiTest extends SampleWindowFixture {

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Finding> list(FxRobot robot) {
        return (TableView<Finding>) robot.lookup("#findingsList").queryAs(TableView.class);
    }

    private void scan(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        robot.clickOn("#findingsTab");
        robot.clickOn("#findingsRun");
        TableView<Finding> list = list(robot);
        Button cancel = robot.lookup("#findingsCancel").queryButton();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !list.getItems().isEmpty() && cancel.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void scanListsTheSourceReportsStoryWithQValuesAndTheMethod(FxRobot robot) throws Exception {
        scan(robot);
        List<Finding> shown = List.copyOf(list(robot).getItems());
        List<Finding> top = shown.subList(0, Math.min(10, shown.size()));
        assertTrue(top.stream().anyMatch(f -> f.question().id().equals("Q2") && f.attribute().id().equals("Q1")));
        assertTrue(top.stream().anyMatch(f -> f.question().id().equals("Q3") && f.attribute().id().equals("Q1")));
        assertTrue(top.stream().anyMatch(f -> f.question().id().equals("Q4") && f.attribute().id().equals("Q1")));
        String method = robot.lookup("#findingsMethod").queryLabeled().getText();
        assertTrue(method.contains("Benjamini"), method);
        // the q column shows each finding's q-value
        Node firstRow = robot.lookup("#findingsList .table-row-cell").match((TableRow<Finding> r) -> r.getIndex() == 0)
                .query();
        String q = shown.get(0).qValue() < 0.001 ? "<0.001"
                : String.format(Locale.ROOT, "%.3f", shown.get(0).qValue());
        assertFalse(robot.from(firstRow).lookup(".table-cell").match((javafx.scene.control.Labeled c) ->
                q.equals(c.getText())).queryAll().isEmpty(), "q shown: " + q);
        filterByQuestionAndMinimumGap(robot);
    }

    private void filterByQuestionAndMinimumGap(FxRobot robot) {
        int all = list(robot).getItems().size();
        robot.clickOn("#findingsQuestionFilter");
        Node q3 = robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith("Q3 ")).query();
        robot.clickOn(q3);
        WaitForAsyncUtils.waitForFxEvents();
        List<Finding> shown = List.copyOf(list(robot).getItems());
        assertFalse(shown.isEmpty());
        assertTrue(shown.size() < all);
        assertTrue(shown.stream().allMatch(f -> f.question().id().equals("Q3")), shown.toString());
        robot.doubleClickOn("#findingsMinGap .text-field");
        robot.eraseText(5).write("15").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        shown = List.copyOf(list(robot).getItems());
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().allMatch(f -> f.question().id().equals("Q3")
                && (f.gap() == null || Math.abs(f.gap()) >= 15)),
                shown.toString());
        robot.clickOn("#findingsClearFilter");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, list(robot).getItems().size());
    }

    @Test
    void clickingAFindingOpensItsTableWithTheCellSelected(FxRobot robot) throws Exception {
        scan(robot);
        TableView<Finding> list = list(robot);
        int index = -1;
        for (int i = 0; i < list.getItems().size() && index < 0; i++) {
            Finding f = list.getItems().get(i);
            if (Finding.CELL.equals(f.kind()) && f.question().id().equals("Q2")) {
                index = i;
            }
        }
        assertTrue(index >= 0, "a cell finding on Q2");
        Finding f = list.getItems().get(index);
        int row = index;
        robot.interact(() -> list.scrollTo(row));
        Node cell = robot.lookup("#findingsList .table-row-cell").match((TableRow<Finding> r) -> r.getIndex() == row
                && r.getItem() == f).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(f.question(), model.questionProperty().get());
        assertSame(f.attribute(), model.attributeProperty().get());
        assertSame(f.question(), model.crosstabProperty().get().question());
        assertNotNull(model.chartModelProperty().get());
        // the grid shows that table with the finding's cell selected
        CrosstabGrid grid = view.grid();
        List<TablePosition> selected = List.copyOf(grid.getSelectionModel().getSelectedCells());
        assertEquals(1, selected.size());
        GridTable shown = grid.table();
        assertEquals(f.segment(), shown.rows().get(selected.get(0).getRow()).label());
        assertEquals(f.answer(), shown.headers().get(selected.get(0).getColumn() - 1));
        // the band chart tab shows it
        robot.clickOn("#findingsShowChart");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
        assertEquals(0, tabs.getSelectionModel().getSelectedIndex());
        assertTrue(view.chart().isVisible());
        // the chart shows the model's table (the view may draw a copy of the model: compare its content)
        assertEquals(model.chartModelProperty().get().toString(), view.chart().getModel().toString());

        // back on the list, add the finding to that table's notes
        robot.clickOn("#findingsTab");
        robot.clickOn("#findingsAddNote");
        WaitForAsyncUtils.waitForFxEvents();
        String note = model.userNoteProperty().get();
        assertTrue(note.contains(FindingWriter.sentence(f, Locale.ENGLISH)), note);
        assertTrue(robot.lookup("#userNote").queryTextInputControl().getText().contains(f.segment()));
    }

    @Test
    void cancelStopsTheScanAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        robot.clickOn("#findingsTab");
        Button run = robot.lookup("#findingsRun").queryButton();
        Button cancel = robot.lookup("#findingsCancel").queryButton();
        robot.interact(() -> {
            run.fire();
            assertFalse(cancel.isDisabled());
            assertTrue(run.isDisabled());
            cancel.fire();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !run.isDisabled());
        assertTrue(list(robot).getItems().isEmpty());
        assertTrue(cancel.isDisabled());
        // pick the attribute to scan by: only Q1
        robot.clickOn("#findingsScanAttributes");
        robot.clickOn(robot.lookup(".menu-item").match((javafx.scene.Node n) -> n.lookup(".label") != null
                && ((javafx.scene.control.Labeled) n.lookup(".label")).getText().startsWith("Q1 ")).queryAs(
                        javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#findingsScanAttributes").queryAs(javafx.scene.control.MenuButton.class).getText()
                .contains("1"));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#findingsRun");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !list(robot).getItems().isEmpty() && cancel.isDisabled());
        assertTrue(list(robot).getItems().stream().allMatch(f -> f.attribute().id().equals("Q1")),
                list(robot).getItems().toString());
    }

    @Test
    void theSegmentMapSaysItIsUnweightedWhenTheTablesAreWeighted(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        robot.clickOn("#mapTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(model.map().modelProperty().get());
        assertFalse(model.map().modelProperty().get().subtitle().contains("unweighted"));
        com.surveypivot.survey.Question weight = model.tableOptions().weightChoices().stream()
                .filter(q -> q.id().equals("ウェイト")).findFirst().orElseThrow();
        robot.interact(() -> model.tableOptions().weightProperty().set(weight));
        WaitForAsyncUtils.waitForFxEvents();
        // on the image (the subtitle is drawn on it) and first in the notes pane
        assertTrue(model.map().modelProperty().get().subtitle().endsWith("(unweighted)"),
                model.map().modelProperty().get().subtitle());
        String first = model.shownNotes().get(0).text();
        assertTrue(first.startsWith("The map is unweighted: the weight \"ウェイト\""), first);
        assertTrue(robot.lookup("#generatedNotes .list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().contains("The map is unweighted")).tryQuery().isPresent());
    }
}
