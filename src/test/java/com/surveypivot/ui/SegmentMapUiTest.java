package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.ChartImages;
import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The two-question map view on the sample: Q2 (collaboration) × Q3 (worry) by Q1 (job function, multi-response),
 * its shares checked against counts made here; then the measure of X changed, and the map saved and copied
 * (File > Save Chart Image and Edit > Copy Chart save the view shown).
 */
class SegmentMapUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void showsChangesSavesAndCopiesTheMap(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Question q1 = sample.find("Q1").orElseThrow();
        Question q2 = sample.find("Q2").orElseThrow();
        Question q3 = sample.find("Q3").orElseThrow();
        robot.clickOn("2-question map");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MainViewModel.ChartView.MAP, model.chartViewProperty().get());
        assertEquals(q2, model.map().x().questionProperty().get(), "X: the current question");
        assertEquals(q3, model.map().y().questionProperty().get(), "Y: the next one");

        SegmentMapModel map = view.mapPane().map().getModel();
        assertNotNull(map);
        assertEquals(q1.categoryCount(), map.points().size());
        // X: first answer of Q2; Y: top-2 box of Q3 (とても悩んでいる + 悩んでいる); per Q1 option, by hand
        for (int c = 0; c < q1.categoryCount(); c++) {
            double[] x = share(q2, q1, c, 0, 0);
            double[] y = share(q3, q1, c, 0, 1);
            SegmentMapModel.MapPoint point = map.points().get(c);
            assertEquals(q1.categories().get(c), point.label());
            assertEquals(100 * x[0] / x[1], point.x(), 1e-9, "x of " + point.label());
            assertEquals(100 * y[0] / y[1], point.y(), 1e-9, "y of " + point.label());
        }

        // X measure: another answer, picked in the window
        String wellLinked = "十分に連携できている";
        int index = q2.indexOf(wellLinked);
        robot.clickOn("#mapXMeasure");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> cell) ->
                wellLinked.equals(cell.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        SegmentMapModel changed = view.mapPane().map().getModel();
        assertTrue(changed.xTitle().contains(wellLinked), changed.xTitle());
        double[] x0 = share(q2, q1, 0, index, index);
        assertEquals(100 * x0[0] / x0[1], changed.points().get(0).x(), 1e-9);

        // File > Save Chart Image saves the map at 2x
        Path target = folder.resolve("map.png");
        FakeFileDialogs dialogs = new FakeFileDialogs(null, target);
        view.setFileDialogs(dialogs);
        robot.clickOn("File").clickOn("Save Chart Image…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#statusText").queryLabeled().getText().contains("map.png"));
        assertTrue(Files.isRegularFile(target));
        assertEquals("Q2_x_Q3_by_Q1.png", dialogs.offeredImageName);
        BufferedImage saved = ImageIO.read(target.toFile());
        BufferedImage single = ChartImages.render(changed, 1);
        assertEquals(2 * single.getWidth(), saved.getWidth());
        assertEquals(2 * single.getHeight(), saved.getHeight(), 2);

        // Edit > Copy Chart copies the same picture
        robot.clickOn("Edit").clickOn("Copy Chart");
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Image> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getImage()));
        assertNotNull(copied.get(), "an image on the clipboard");
        assertEquals(saved.getWidth(), copied.get().getWidth(), 1);

        // back to the band chart: the menu saves that again
        robot.clickOn("Band chart");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Q2_by_Q1.png", model.defaultImageName());
    }

    /** {respondents in segment c of the attribute answering the question with an answer in [from, to], base}. */
    private static double[] share(Question question, Question attribute, int c, int from, int to) {
        double hits = 0;
        double base = 0;
        for (int r = 0; r < question.respondentCount(); r++) {
            if (attribute.members(c).contains(r) && question.code(r) >= 0) {
                base++;
                if (question.code(r) >= from && question.code(r) <= to) {
                    hits++;
                }
            }
        }
        return new double[] {hits, base};
    }
}
