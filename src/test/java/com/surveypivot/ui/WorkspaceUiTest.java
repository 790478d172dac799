package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotState;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace with the mouse: questions dragged from the list into each zone (JavaFX's full press-drag-release
 * gesture), a banner and a nested table, four chosen segments, a filter, and three answers merged into a NET that is
 * undone and redone. Every figure is counted again with a plain loop over the sample's respondents.
 */
class WorkspaceUiTest extends SampleWindowFixture {
    static final List<String> FOUR = List.of("広告宣伝・販促", "営業・営業企画", "カスタマーサービス", "経営企画・事業戦略");
    static final List<String> MARKETING_SALES = List.of("商品・サービス企画と営業", "広告宣伝・販促と営業",
            "BtoBリード獲得・ナーチャリングと営業");

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    /** The list's cell of a question, found through the search field. */
    @SuppressWarnings("unchecked")
    static Node listCell(FxRobot robot, String id) {
        robot.doubleClickOn("#questionSearch").eraseText(20).write(id);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup("#questionList .list-cell").match(node -> {
            Question q = ((ListCell<Question>) node).getItem();
            return q != null && q.id().equals(id);
        }).query();
        assertNotNull(cell, "list shows " + id);
        return cell;
    }

    static void dragToZone(FxRobot robot, String id, String zone) {
        Node cell = listCell(robot, id);
        robot.drag(cell).dropTo(robot.lookup(zone + " .zone-label").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** % and base of respondents in {@code who} with an answer to {@code q} and a ticked Q1 option. */
    static double[] share(Survey s, Question q, IntPredicate who, List<String> answers) {
        Question q1 = s.find("Q1").orElseThrow();
        int base = 0;
        int hits = 0;
        for (int r = 0; r < s.respondents(); r++) {
            boolean anyFunction = false;
            for (int c = 0; c < q1.categoryCount(); c++) {
                anyFunction |= q1.members(c).contains(r);
            }
            if (!anyFunction || !q.answered().contains(r) || !who.test(r)) {
                continue;
            }
            base++;
            boolean hit = false;
            for (String a : answers) {
                hit |= q.members(q.indexOf(a)).contains(r);
            }
            hits += hit ? 1 : 0;
        }
        return new double[] {100.0 * hits / base, base};
    }

    static IntPredicate ticked(Survey s, String function) {
        Question q1 = s.find("Q1").orElseThrow();
        return r -> q1.members(q1.indexOf(function)).contains(r);
    }

    private BandChartModel chart() {
        return view.chart().getModel();
    }

    @Test
    void dragsIntoEachZoneBuildsBannerNestSegmentsAndFilter(FxRobot robot) throws Exception {
        Survey s = UiTestSupport.awaitSurvey(model);
        Question q1 = s.find("Q1").orElseThrow();
        Question q4 = s.find("Q4").orElseThrow();

        dragToZone(robot, "Q4", "#questionZone");
        assertEquals("Q4", model.workspace().state().question());
        dragToZone(robot, "Q1", "#attributeZone");
        assertEquals(List.of("Q1"), model.workspace().state().banner());
        assertEquals(BandChartModel.Layout.GROUPED, chart().layout());
        // Total and the ten functions in every option group
        assertEquals(1 + q1.categoryCount(), chart().groups().get(0).bars().size());

        // a second attribute beside the first: a banner
        dragToZone(robot, "役職", "#attributeZone");
        assertEquals(List.of("Q1", "役職"), model.workspace().state().banner());
        Crosstab banner = model.crosstabProperty().get();
        assertEquals(2, banner.groups().size());
        assertEquals(1 + q1.categoryCount() + 5, banner.columns().size());

        // dropped onto the first attribute's chip: nested within it
        robot.drag(listCell(robot, "従業員規模")).dropTo("#breakdownChip-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("従業員規模", model.workspace().state().nest());
        Crosstab nested = model.crosstabProperty().get();
        assertTrue(nested.groups().stream().anyMatch(g -> g.outer() != null && g.outer().id().equals("Q1")),
                "groups of sizes within each function");

        // dragged out of the zone onto the chart: removed
        robot.drag("#nestChip").dropTo("#bandChart");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, model.workspace().state().nest());
        robot.drag("#breakdownChip-1").dropTo("#bandChart");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Q1"), model.workspace().state().banner());

        // Segments: pick the four functions in the report's order
        robot.clickOn("#segmentsPicker");
        for (String f : FOUR) {
            robot.clickOn(robot.lookup("#segment-" + q1.indexOf(f) + " .check-box").<Node>query());
        }
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FOUR, model.workspace().state().segments());
        List<BandChartModel.GroupBar> bars = chart().groups().get(0).bars();
        assertEquals(5, bars.size(), "Total and the four functions: the other bars are hidden");
        for (int k = 0; k < 4; k++) {
            assertTrue(bars.get(k + 1).series().startsWith(FOUR.get(k)), bars.get(k + 1).series());
        }
        // the Total bar is still everyone (segments do not filter)
        String first = q4.categories().get(0);
        double[] total = share(s, q4, r -> true, List.of(first));
        assertEquals(total[0], bars.get(0).percent(), 1e-9);
        double[] sales = share(s, q4, ticked(s, "営業・営業企画"), List.of(first));
        assertEquals(sales[0], bars.get(2).percent(), 1e-9);
        assertEquals("営業・営業企画", view.grid().table().rows().get(2).label().replaceFirst("^\\([A-Z]\\) ", ""));

        // Filter: a question dropped there, then two of its answers picked
        dragToZone(robot, "従業員規模", "#filterZone");
        Question size = s.find("従業員規模").orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#filterChip-従業員規模").tryQuery().isPresent(), "the drop made a filter chip");
        if (robot.lookup("#filterAnswer-従業員規模-2 .check-box").tryQuery().isEmpty()) {
            // the chip's menu opens by itself after the drop; when focus was elsewhere (after other window tests in
            // the same JVM) it has to be opened with a click, as a user would
            robot.clickOn("#filterChip-従業員規模");
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.clickOn(robot.lookup("#filterAnswer-従業員規模-2 .check-box").<Node>query());
        robot.clickOn(robot.lookup("#filterAnswer-従業員規模-3 .check-box").<Node>query());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        IntPredicate large = r -> size.members(2).contains(r) || size.members(3).contains(r);
        double[] filtered = share(s, q4, large, List.of(first));
        assertEquals((int) filtered[1], model.crosstabProperty().get().total().unweightedBase());
        assertEquals(filtered[0], chart().groups().get(0).bars().get(0).percent(), 1e-9);
        assertTrue(model.filterStatusProperty().get().contains("従業員規模"), model.filterStatusProperty().get());
    }

    @Test
    void mergesThreeAnswersIntoANetThenUndoesAndRedoesIt(FxRobot robot) throws Exception {
        Survey s = UiTestSupport.awaitSurvey(model);
        Question q4 = s.find("Q4").orElseThrow();
        dragToZone(robot, "Q4", "#questionZone");
        dragToZone(robot, "Q1", "#attributeZone");
        PivotState before = model.workspace().state();

        robot.clickOn(answerCell(robot, MARKETING_SALES.get(0)));
        robot.press(KeyCode.CONTROL);
        robot.clickOn(answerCell(robot, MARKETING_SALES.get(1)));
        robot.clickOn(answerCell(robot, MARKETING_SALES.get(2)));
        robot.release(KeyCode.CONTROL);
        robot.clickOn("#mergeNet");
        robot.doubleClickOn("#netName").eraseText(10).write("MS pairs");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertNetShown(s, q4);
        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model.workspace().state());
        assertFalse(labels(model.crosstabProperty().get()).contains("MS pairs"));
        assertTrue(labels(model.crosstabProperty().get()).containsAll(MARKETING_SALES));
        robot.clickOn("#menuEdit").clickOn("#menuRedo");
        WaitForAsyncUtils.waitForFxEvents();
        assertNetShown(s, q4);

        // an answer dragged onto another moves before it, in the table and the chart
        String last = q4.categories().get(q4.categoryCount() - 1);
        robot.drag(answerCell(robot, last)).dropTo(answerCell(robot, q4.categories().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(last, model.crosstabProperty().get().rows().get(0).label());
        assertEquals(last, chart().groups().get(0).label());
        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(q4.categories().get(0), model.crosstabProperty().get().rows().get(0).label());
    }

    @Test
    void anotherFileClearsTheSearchAndListsTextAndIdQuestionsGroupedByType(FxRobot robot) throws Exception {
        Survey s = UiTestSupport.awaitSurvey(model);
        assertEquals(s.questions().size(), model.allQuestions().size(), "free text and ids are listed too");
        List<String> groups = model.allQuestions().stream().map(q -> q.type().name()).distinct().toList();
        assertEquals(List.of("SINGLE", "MULTI", "SCALE", "NUMBER", "DATE", "TEXT", "ID"), groups);
        robot.doubleClickOn("#questionSearch").write("no such question");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#questionList").queryListView().getItems().isEmpty());
        robot.interact(() -> model.openSample());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#questionSearch").queryTextInputControl().getText());
        assertEquals(s.questions().size(), robot.lookup("#questionList").queryListView().getItems().size());
        // a free-text question is not crossed: it opens in the Text answers tab and the table stays
        robot.doubleClickOn(listCell(robot, "Q5"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Q2", model.workspace().state().question());
        assertEquals("Q5", model.textAnswers().questionProperty().get().id());
    }

    private void assertNetShown(Survey s, Question q4) {
        Crosstab table = model.crosstabProperty().get();
        List<String> rows = labels(table);
        assertTrue(rows.contains("MS pairs"), rows.toString());
        MARKETING_SALES.forEach(m -> assertFalse(rows.contains(m), "the NET shows instead of " + m));
        TableRow net = table.rows().get(rows.indexOf("MS pairs"));
        assertEquals(share(s, q4, r -> true, MARKETING_SALES)[0], net.percent(0), 1e-9);
        BandChartModel.BarGroup group = chart().groups().stream().filter(g -> g.label().equals("MS pairs"))
                .findFirst().orElseThrow();
        assertEquals(net.percent(0), group.bars().get(0).percent(), 1e-9);
        List<String> gridHeaders = view.grid().table().headers();
        assertTrue(gridHeaders.contains("MS pairs"), gridHeaders.toString());
    }

    static List<String> labels(Crosstab table) {
        return table.rows().stream().map(TableRow::label).toList();
    }

    @SuppressWarnings("unchecked")
    static Node answerCell(FxRobot robot, String label) {
        Node cell = robot.lookup("#answerList .list-cell").match(node -> {
            AnswerListing item = ((ListCell<AnswerListing>) node).getItem();
            return item != null && item.label().equals(label);
        }).query();
        assertNotNull(cell, "answers list shows " + label);
        return cell;
    }

    static List<String> columnLabels(Crosstab table) {
        return table.columns().stream().map(TableColumn::label).toList();
    }

    static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
