package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.export.PngExport;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartImagesTest {

    @Test
    void rendersASharpTwiceSizeImageWithTheChartDrawnOnWhite(@TempDir Path dir) throws Exception {
        BandChartModel model = BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE);
        assertFalse(Platform.isFxApplicationThread());

        BufferedImage one = ChartImages.render(model, 1);
        BufferedImage two = ChartImages.render(model, 2);

        assertEquals(820, one.getWidth());
        assertEquals(2 * one.getWidth(), two.getWidth());
        assertEquals(2 * one.getHeight(), two.getHeight(), 1.0);
        assertTrue(two.getHeight() > 2 * 11 * 30, "eleven bars tall: " + two.getHeight());

        // not blank: white background, a good share of coloured pixels, the Total's first colour among them
        int white = 0;
        int firstAnswerColour = 0;
        int target = Integer.parseInt(model.bars().get(0).segments().get(0).color().substring(1), 16);
        for (int y = 0; y < two.getHeight(); y++) {
            for (int x = 0; x < two.getWidth(); x++) {
                int rgb = two.getRGB(x, y) & 0xFFFFFF;
                if (rgb == 0xFFFFFF) {
                    white++;
                } else if (rgb == target) {
                    firstAnswerColour++;
                }
            }
        }
        double pixels = (double) two.getWidth() * two.getHeight();
        assertEquals(0xFFFFFF, two.getRGB(0, 0) & 0xFFFFFF, "white corner");
        assertTrue(white / pixels > 0.2 && white / pixels < 0.8, "share of white " + white / pixels);
        assertTrue(firstAnswerColour > 11 * 2000, "first answer's colour in every bar: " + firstAnswerColour);

        Path png = dir.resolve("out/chart.png");
        PngExport.write(two, png);
        assertTrue(Files.size(png) > 10_000);
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(two.getWidth(), back.getWidth());
        assertEquals(two.getHeight(), back.getHeight());
    }

    @Test
    void rendersFromTheFxThreadToo() {
        BandChartModel model = BandChartModel.from(ChartFixtures.multiByRole(), Locale.JAPANESE);
        BufferedImage image = Fx.call(() -> ChartImages.render(model, 1.5));
        assertEquals(Math.round(820 * 1.5), image.getWidth());
    }
}
