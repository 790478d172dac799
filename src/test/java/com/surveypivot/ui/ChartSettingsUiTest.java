package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.BandChartModel;
import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.Segment;
import com.surveypivot.chart.ChartKind;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chart settings above the band chart, driven in the real window: the kind (top-2 box bars of worry by job
 * function, the source report's second view), the report language apart from the window's, the decimals and the
 * sort; then Save Chart Image as SVG. Each step checks the chart's data against counts made here.
 */
class ChartSettingsUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    private static void choose(FxRobot robot, String picker, String text) {
        robot.clickOn(picker);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> cell) ->
                text.equals(cell.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void switchesToTopBoxBarsInAnotherLanguageSortedAndSavesThemAsSvg(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Question q1 = sample.find("Q1").orElseThrow();
        Question q3 = sample.find("Q3").orElseThrow();
        UiTestSupport.pick(robot, "Q1", "#useAsAttribute");
        UiTestSupport.pick(robot, "Q2", "#useAsQuestion");
        smallSegmentsKeepTheirLabelsInTheWindow();
        UiTestSupport.pick(robot, "Q3", "#useAsQuestion");
        assertEquals(BandChartModel.Layout.STACKED, view.chart().getModel().layout());

        // Q1 is not an ordered attribute: no lines; Q3 is a 5-point scale: top box bars
        robot.clickOn("#chartKindPicker");
        ListCell<?> lines = robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> cell) ->
                "Lines".equals(cell.getText())).query();
        assertTrue(lines.isDisabled(), "lines need an ordered attribute");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        choose(robot, "#chartKindPicker", "Top box bars");
        assertFalse(robot.lookup("#chartKindMisfit").query().isVisible());
        BandChartModel chart = view.chart().getModel();
        assertEquals(ChartKind.TOPBOX, model.chartSettingsProperty().get().kind());
        assertEquals(BandChartModel.Layout.BARS, chart.layout());
        assertEquals(q1.categoryCount() + 1, chart.bars().size());
        // independent count: answered Q3 and ticked a job function; of them, the two top answers
        int base = 0;
        int top = 0;
        int[] optionBase = new int[q1.categoryCount()];
        int[] optionTop = new int[q1.categoryCount()];
        for (int r = 0; r < sample.respondents(); r++) {
            boolean any = false;
            for (int c = 0; c < q1.categoryCount(); c++) {
                if (q1.members(c).contains(r) && q3.code(r) >= 0) {
                    any = true;
                    optionBase[c]++;
                    optionTop[c] += q3.code(r) <= 1 ? 1 : 0;
                }
            }
            if (any) {
                base++;
                top += q3.code(r) <= 1 ? 1 : 0;
            }
        }
        assertEquals("Total (n=" + String.format(Locale.ENGLISH, "%,d", base) + ")", chart.bars().get(0).fullLabel());
        assertEquals(100.0 * top / base, chart.bars().get(0).segments().get(0).value(), 1e-9);
        assertTrue(textsShown().contains(String.format(Locale.ROOT, "%.1f", 100.0 * top / base)));

        // the report in Japanese while the window stays English: the chart's texts and the notes
        assertTrue(model.notes().stream().noneMatch(n -> n.contains("全体")), model.notes().toString());
        choose(robot, "#reportLanguagePicker", "日本語");
        assertEquals("全体", view.chart().getModel().bars().get(0).label());
        assertTrue(model.notes().stream().anyMatch(n -> n.contains("全体")), model.notes().toString());
        assertTrue(robot.lookup("#menuFile").tryQuery().isPresent());
        // the File menu's title stays English ("_File": the underscore marks its Alt mnemonic)
        assertEquals("File", ((javafx.scene.control.MenuBar) view.getTop()).getMenus().get(0).getText()
                .replace("_", ""));

        choose(robot, "#decimalsPicker", "0 dp");
        choose(robot, "#sortPicker", "Sort: top box");
        chart = view.chart().getModel();
        List<Bar> segments = chart.bars().subList(1, chart.bars().size());
        for (int i = 1; i < segments.size(); i++) {
            assertTrue(segments.get(i - 1).segments().get(0).value() >= segments.get(i).segments().get(0).value(),
                    "sorted highest first");
        }
        int best = 0;
        for (int c = 1; c < q1.categoryCount(); c++) {
            if ((double) optionTop[c] / optionBase[c] > (double) optionTop[best] / optionBase[best]) {
                best = c;
            }
        }
        assertEquals(q1.categories().get(best), segments.get(0).label());
        assertEquals(String.valueOf(Math.round(100.0 * optionTop[best] / optionBase[best])),
                segments.get(0).segments().get(0).valueText());

        // what Copy Chart puts on the clipboard: the shown chart at 2×
        java.util.concurrent.atomic.AtomicReference<java.awt.image.BufferedImage> image =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> image.set(model.chartImage()));
        assertEquals(2 * 820, image.get().getWidth());

        // File > Save Chart Image as SVG: the same chart, its labels as text
        Path target = folder.resolve("worry.svg");
        view.setFileDialogs(new FakeFileDialogs(null, target));
        robot.clickOn("File").clickOn("Save Chart Image…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#statusText").queryLabeled().getText().contains("worry.svg"));
        String svg = Files.readString(target);
        assertTrue(svg.contains(">全体 (n=" + String.format(Locale.JAPANESE, "%,d", base) + ")</text>"), svg);
        assertTrue(svg.contains(">" + segments.get(0).fullLabel() + "</text>"));
        assertTrue(svg.contains("基数：全体 n="), "the base note");

        // another attribute the top box still fits; a question with no top box falls back to the band and says so
        UiTestSupport.pick(robot, "Q2", "#useAsQuestion");
        assertEquals(ChartKind.BAND, view.chart().getModel().kind());
        assertEquals(ChartKind.TOPBOX, model.chartSettingsProperty().get().kind());
        assertTrue(robot.lookup("#chartKindMisfit").query().isVisible());
    }

    /** The window's chart is narrower than the saved image, yet every segment wide enough by its share is labelled. */
    private void smallSegmentsKeepTheirLabelsInTheWindow() {
        double width = view.chart().getWidth();
        assertTrue(width < 700, "the window's chart is narrower than the saved image: " + width);
        List<String> shown = textsShown();
        for (Bar bar : view.chart().getModel().bars()) {
            for (Segment segment : bar.segments()) {
                if (segment.labelVisible()) {
                    assertTrue(shown.contains(segment.labelText()), bar.label() + ": " + segment.labelText()
                            + " (" + segment.percent() + "%) not shown at width " + width);
                }
            }
        }
    }

    private List<String> textsShown() {
        return view.chart().texts().stream().map(Text::getText).toList();
    }
}
