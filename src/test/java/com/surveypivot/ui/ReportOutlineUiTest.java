package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.project.SavedEntry;
import com.surveypivot.workspace.FilterCondition;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotState;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The report outline in the real window: Ctrl+D keeps the table shown, F2 renames, Alt+Down and a full
 * press-drag-release move, Duplicate and Delete, a click puts an entry's whole state back (one undo step), and a map
 * entry reopens the map with its axes.
 */
class ReportOutlineUiTest extends SampleWindowFixture {

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void keepsRenamesMovesDuplicatesRemovesAndReopensEntries(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        UiTestSupport.pick(robot, "Q1", "#useAsAttribute");
        UiTestSupport.pick(robot, "Q2", "#useAsQuestion");
        awaitTable();

        // Ctrl+D keeps the table shown, named after its question and attribute, and shows the outline
        assertFalse(view.outlinePane().shownProperty().get(), "hidden until the first entry");
        robot.clickOn("#bandChart");
        robot.press(KeyCode.SHORTCUT).type(KeyCode.D).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.outline().size());
        assertTrue(view.outlinePane().shownProperty().get());
        assertTrue(view.outlinePane().getScene() != null, "the outline is in the window");
        SavedEntry first = model.outline().entries().get(0);
        assertEquals("Q2 部門間の業務連携状況 × Q1 担当業務（複数回答）", first.name());
        assertEquals(model.workspace().state(), first.state());
        assertFalse(first.isMap());

        // a second table with a filter, a weight and a chart kind of its own, and a note, through the button
        robot.interact(() -> {
            model.workspace().execute(new PivotCommand.SetQuestion("Q3"));
            model.workspace().execute(new PivotCommand.SetFilter("従業員規模", List.of("5,000人以上")));
            model.workspace().execute(new PivotCommand.SetWeight("ウェイト"));
            com.surveypivot.workspace.ChartSettings chart = model.workspace().state().chart();
            model.workspace().execute(new PivotCommand.SetChart(new com.surveypivot.workspace.ChartSettings(
                    chart.kind(), 1, chart.reportLanguage(), chart.sortBy())));
        });
        awaitTable();
        robot.interact(() -> model.userNoteProperty().set("大企業ほど悩みが深い"));
        robot.clickOn("#outlineAdd");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, model.outline().size());
        SavedEntry second = model.outline().entries().get(1);
        PivotState secondState = second.state();
        assertEquals("ウェイト", secondState.weight());
        assertEquals(List.of(new FilterCondition("従業員規模", List.of("5,000人以上"))), secondState.filters());
        assertEquals("大企業ほど悩みが深い", second.note());
        // the note edited while that table is shown goes into its entry; a note of another table does not
        robot.interact(() -> model.userNoteProperty().set("大企業ほど悩みが深い（5,000人以上）"));
        assertEquals("大企業ほど悩みが深い（5,000人以上）", model.outline().entries().get(1).note());
        assertEquals("", model.outline().entries().get(0).note());
        robot.interact(() -> model.workspace().execute(new PivotCommand.SetQuestion("Q2")));
        awaitTable();
        robot.interact(() -> model.userNoteProperty().set("別の表のメモ"));
        assertEquals("大企業ほど悩みが深い（5,000人以上）", model.outline().entries().get(1).note());
        second = model.outline().entries().get(1);
        // the base shown is the filtered table's (n of respondents of 5,000 or more employees who answered Q3)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cellText(robot, 1).contains("n="));

        // F2 renames in place
        robot.clickOn(cell(robot, 0));
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#outlineNameField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> robot.lookup("#outlineNameField").queryAs(javafx.scene.control.TextField.class)
                .setText("=SUM(A1) 連携状況"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("=SUM(A1) 連携状況", model.outline().entries().get(0).name());

        // a double-click edits the name in place too; Escape leaves it as it was (on the entry already open, so that
        // the first click puts no new table in place on a busy machine between the two clicks)
        robot.doubleClickOn(cell(robot, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#outlineNameField").tryQuery().isPresent(), "the name field");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#outlineNameField").tryQuery().isPresent());
        assertEquals("=SUM(A1) 連携状況", model.outline().entries().get(0).name());

        // Alt+Down moves the selected entry down
        robot.clickOn(cell(robot, 0));
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(second.id(), first.id()), ids(), "first " + first.id());

        // a full press-drag-release of the second entry onto the first moves it back up
        robot.drag(cell(robot, 1)).dropTo(cell(robot, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(first.id(), second.id()), ids());

        // Report > Duplicate copies the selected entry right after it
        robot.clickOn(cell(robot, 1));
        robot.clickOn("#menuOutline");
        robot.clickOn("#menuOutlineDuplicate");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, model.outline().size());
        SavedEntry copy = model.outline().entries().get(2);
        assertNotEquals(second.id(), copy.id());
        assertEquals(secondState, copy.state());
        assertTrue(copy.name().startsWith(second.name()));

        // Delete removes it
        robot.clickOn(cell(robot, 2));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(first.id(), second.id()), ids());

        // a click on the first entry puts its whole state back, as one undo step
        PivotState before = model.workspace().state();
        robot.clickOn(cell(robot, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.state(), model.workspace().state());
        awaitTable();
        assertEquals("Q2", model.questionProperty().get().id());
        assertEquals("Q1", model.attributeProperty().get().id());
        robot.interact(() -> model.workspace().undo());
        assertEquals(before, model.workspace().state());
        robot.clickOn(cell(robot, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(secondState, model.workspace().state());
        assertEquals("ウェイト", model.tableOptions().weightProperty().get().id());

        // the map shown is kept as a map entry and reopens the map tab with its axes
        robot.clickOn("#mapTab");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.map().y().questionProperty().set(
                model.map().questions().stream().filter(q -> q.id().equals("Q2")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.map().modelProperty().get() != null);
        Object mapX = model.map().x().measureProperty().get();
        Object mapY = model.map().y().measureProperty().get();
        robot.press(KeyCode.SHORTCUT).type(KeyCode.D).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, model.outline().size());
        SavedEntry map = model.outline().entries().get(2);
        assertTrue(map.isMap());
        assertEquals("Q2", map.map().yQuestion());
        robot.clickOn(cell(robot, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MainViewModel.ChartView.BAND, model.chartViewProperty().get());
        robot.interact(() -> model.map().y().questionProperty().set(model.map().x().questionProperty().get()));
        robot.clickOn(cell(robot, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MainViewModel.ChartView.MAP, model.chartViewProperty().get());
        assertEquals(mapX, model.map().x().measureProperty().get());
        assertEquals(mapY, model.map().y().measureProperty().get());
        assertNotNull(model.map().modelProperty().get());
    }

    private void awaitTable() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.computing()
                && model.crosstabProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> ids() {
        return model.outline().entries().stream().map(SavedEntry::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static Node cell(FxRobot robot, int index) {
        return robot.lookup("#outlineList .list-cell").match(n -> ((ListCell<SavedEntry>) n).getIndex() == index
                && ((ListCell<SavedEntry>) n).getItem() != null && n.isVisible() && n.getParent().isVisible()).query();
    }

    private static String cellText(FxRobot robot, int index) {
        StringBuilder text = new StringBuilder();
        robot.from(cell(robot, index)).lookup(".label").queryAll().forEach(n ->
                text.append(((javafx.scene.control.Labeled) n).getText()).append(' '));
        return text.toString();
    }
}
