package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.BandChartModel;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regrouping dates and rebinning numbers through the real window on the bundled sample: the question list's
 * context menu, the chart recomputing at once, and Undo giving back the bins as loaded.
 */
class BinsUiTest extends SampleWindowFixture {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    /** Shows the question list's context menu (Monocle raises no context-menu request from a right click). */
    private static void contextMenu(FxRobot robot) {
        ListView<Question> list = robot.lookup("#questionList").queryListView();
        robot.interact(() -> list.getContextMenu().show(list, Side.RIGHT, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<BandChartModel.Bar> segmentBars() {
        return view.chart().getModel().bars().stream().filter(b -> !b.total()).toList();
    }

    private List<String> legend() {
        return view.chart().getModel().legend().stream().map(BandChartModel.LegendEntry::label).toList();
    }

    @Test
    void answerTimesGroupedByWeekBecomeWeekBarsAndUndo(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Question date = sample.find("回答日時").orElseThrow();
        UiTestSupport.pick(robot, date.id(), "#useAsAttribute");
        List<String> days = segmentBars().stream().map(BandChartModel.Bar::label).toList();
        assertEquals(date.categories(), days, "as loaded: one bar per day");

        contextMenu(robot);
        // hover over Group by opens its submenu; go across into it, then down to Week
        robot.moveTo("#contextGroupBy");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#contextGroupWeek")
                .match(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        javafx.scene.Node day = robot.lookup("#contextGroupDay").match(n -> n.getScene() != null).query();
        robot.moveTo(day);
        robot.clickOn(robot.lookup("#contextGroupWeek").match(n -> n.getScene() != null).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        List<BandChartModel.Bar> weeks = segmentBars();
        assertTrue(weeks.size() >= 2 && weeks.size() <= 3, weeks.toString());
        int total = 0;
        for (BandChartModel.Bar bar : weeks) {
            // "2024-11-11–11-17": a Monday, then the Sunday six days later
            assertTrue(bar.label().matches("\\d{4}-\\d{2}-\\d{2}\u2013\\d{2}-\\d{2}"), bar.label());
            LocalDate monday = LocalDate.parse(bar.label().substring(0, 10));
            assertEquals(DayOfWeek.MONDAY, monday.getDayOfWeek());
            assertEquals(monday.plusDays(6).toString().substring(5), bar.label().substring(11));
            total += bar.base();
        }
        // the week bars split the Total bar (who answered the question shown) without a gap
        assertEquals(view.chart().getModel().bars().get(0).base(), total);
        Question byWeek = model.attributeProperty().get();
        assertEquals(weeks.size(), byWeek.categoryCount());
        int respondents = 0;
        for (int c = 0; c < byWeek.categoryCount(); c++) {
            respondents += byWeek.count(c);
        }
        assertEquals(1000, respondents, "every respondent answered in one of the weeks");

        // as the question, the answers (legend) are the weeks too
        robot.interact(() -> model.questionProperty().set(model.attributeProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(weeks.stream().map(BandChartModel.Bar::label).toList(),
                legend().subList(0, weeks.size()));

        // the first undo takes back the change of question (a workspace step), the second the grouping
        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(byWeek.id(), model.attributeProperty().get().id());
        assertNotEquals(byWeek.id(), model.questionProperty().get().id());
        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sample, model.surveyProperty().get(), "undo gives back the survey as loaded");
        assertEquals(date.categories(), model.attributeProperty().get().categories());
    }

    @Test
    void weightRebinnedIntoFourQuantilesShowsFourAnswersAndUndo(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Question weight = sample.find("ウェイト").orElseThrow();
        UiTestSupport.pick(robot, weight.id(), "#useAsQuestion");
        assertEquals(weight.categories(), legend().subList(0, weight.categoryCount()));
        assertNotEquals(4, weight.categoryCount());

        contextMenu(robot);
        robot.clickOn("#contextBins");
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#binCount .text-field").eraseText(5).write("4");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        Question binned = model.questionProperty().get();
        assertEquals(weight.id(), binned.id());
        assertEquals(4, binned.categoryCount(), binned.categories().toString());
        assertEquals(binned.categories(), legend().subList(0, 4));
        assertEquals(4, view.chart().getModel().bars().get(0).segments().size(), "four answers in the Total bar");
        for (int c = 0; c < 4; c++) {
            assertTrue(binned.count(c) >= 200 && binned.count(c) <= 300, binned.categories() + " " + c);
        }

        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(weight.categories(), legend().subList(0, weight.categoryCount()));
        assertEquals(sample, model.surveyProperty().get());
    }

    /**
     * Cut points typed with a Japanese comma: ウェイト (three decimals) cut at 0.8 and 1.2 gives "≤ 0.799",
     * "0.800–1.199" and "1.200 ≤", counted here from the raw weights.
     */
    @Test
    void weightCutAtTypedPoints(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Question weight = sample.find("ウェイト").orElseThrow();
        int[] expected = new int[3];
        for (double v : weight.numbers()) {
            if (!Double.isNaN(v)) {
                expected[v < 0.8 ? 0 : v < 1.2 ? 1 : 2]++;
            }
        }
        UiTestSupport.pick(robot, weight.id(), "#useAsQuestion");
        contextMenu(robot);
        robot.clickOn("#contextBins");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> mode = robot.lookup("#binMode").queryComboBox();
        robot.interact(() -> mode.getSelectionModel().select(2));
        robot.clickOn("#binCuts").write("1.2、0.8");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        Question binned = model.questionProperty().get();
        assertEquals(List.of("\u2264 0.799", "0.800\u20131.199", "1.200 \u2264"), binned.categories());
        for (int c = 0; c < 3; c++) {
            assertEquals(expected[c], binned.count(c), binned.categories().get(c));
        }
        assertEquals(binned.categories(), legend().subList(0, 3));
    }
}
