package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.ChartImages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Save Chart Image… writes the shown chart as a PNG at twice its size. */
class SaveChartImageUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void savesTheChartThroughTheMenu(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(view.model());
        UiTestSupport.pick(robot, "Q1", "#useAsAttribute");
        UiTestSupport.pick(robot, "Q2", "#useAsQuestion");
        Path target = folder.resolve("chart.png");
        FakeFileDialogs dialogs = new FakeFileDialogs(null, target);
        view.setFileDialogs(dialogs);

        robot.clickOn("File").clickOn("Save Chart Image…");
        // the image is written in the background; the status line says when it is done
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#statusText").queryLabeled().getText().contains("chart.png"));
        assertTrue(Files.isRegularFile(target));

        assertEquals("Q2_by_Q1.png", dialogs.offeredImageName);
        BufferedImage image = ImageIO.read(target.toFile());
        BufferedImage single = ChartImages.render(view.model().chartModelProperty().get(), 1);
        assertEquals(2 * single.getWidth(), image.getWidth(), "2x width");
        // the chart's height is fractional in points; at 2x it may round one pixel differently
        assertEquals(2 * single.getHeight(), image.getHeight(), 2, "2x height");
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 5, "not blank: " + colours.size() + " colours");
    }
}
