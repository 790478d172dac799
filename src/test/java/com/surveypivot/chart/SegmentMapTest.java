package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.LabelPlacer.Box;
import com.surveypivot.export.PngExport;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentMapTest {

    @ParameterizedTest
    @ValueSource(doubles = {820, 600, 480})
    void labelsDoNotOverlapAndEveryTextIsInsideTheChartInTheBundledFont(double width) {
        SegmentMapModel model = SegmentMapModel.from(MapFixtures.sample(), Locale.JAPANESE);
        Fx.call(() -> {
            SegmentMap map = new SegmentMap(model);
            new Scene(new Group(map));
            double height = map.prefHeight(width);
            map.resize(width, height);
            map.applyCss();
            map.layout();

            List<Box> boxes = map.labelBounds().stream().map(b -> new Box(b[0], b[1], b[2], b[3])).toList();
            assertEquals(model.points().size() + 1, boxes.size());
            assertFalse(LabelPlacer.anyOverlap(boxes), "overlapping labels at width " + width + ": " + boxes);

            List<String> shown = map.texts().stream().map(Text::getText).toList();
            for (var p : model.points()) {
                assertTrue(shown.contains(p.fullLabel()), p.fullLabel());
            }
            String family = ChartFonts.family();
            for (Text text : map.texts()) {
                assertEquals(family, text.getFont().getFamily(), text.getText());
                assertTrue(ChartFonts.canDisplay(text.getText()), text.getText());
                Bounds b = text.getBoundsInParent();
                assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width + 0.5 && b.getMinY() >= 0
                        && b.getMaxY() <= height + 0.5, "cut off at width " + width + ": " + text.getText() + " " + b);
            }
            return null;
        });
    }

    /** Long quadrant captions (the window's NET names) keep clear of the Total's value and of each other. */
    @ParameterizedTest
    @ValueSource(doubles = {820, 600})
    void longQuadrantCaptionsDoNotRunIntoTheTotalsValue(double width) {
        SegmentMapModel model = SegmentMapModel.from(MapFixtures.sample(), Locale.JAPANESE).withQuadrants(
                new SegmentMapModel.QuadrantCaptions("「連携が不十分」多・「悩んでいる」多", "「連携が不十分」少・「悩んでいる」多",
                        "「連携が不十分」少・「悩んでいる」少", "「連携が不十分」多・「悩んでいる」少"));
        Fx.call(() -> {
            SegmentMap map = new SegmentMap(model);
            new Scene(new Group(map));
            map.resize(width, map.prefHeight(width));
            map.applyCss();
            map.layout();
            List<Text> fixed = map.texts().stream().filter(t -> t.getText().startsWith("「連携")
                    || t.getText().startsWith(model.totalXText()) || t.getText().startsWith(model.totalYText()))
                    .toList();
            assertEquals(6, fixed.size(), fixed.toString());
            for (int i = 0; i < fixed.size(); i++) {
                for (int j = i + 1; j < fixed.size(); j++) {
                    Bounds a = fixed.get(i).getBoundsInParent();
                    Bounds b = fixed.get(j).getBoundsInParent();
                    assertFalse(a.intersects(b), fixed.get(i).getText() + " overlaps " + fixed.get(j).getText()
                            + " at width " + width);
                }
            }
            return null;
        });
    }

    @Test
    void rendersATwiceSizePngWithTheSignificantPointsColour(@TempDir Path dir) throws Exception {
        SegmentMapModel model = SegmentMapModel.from(MapFixtures.sample(), Locale.JAPANESE);
        BufferedImage one = ChartImages.render(model, 1);
        BufferedImage two = ChartImages.render(model, 2);
        assertEquals(820, one.getWidth());
        assertEquals(1640, two.getWidth());
        assertEquals(2 * one.getHeight(), two.getHeight(), 1.0);
        assertTrue(two.getHeight() > 1000, "height " + two.getHeight());

        int white = 0;
        int strong = 0;
        for (int y = 0; y < two.getHeight(); y++) {
            for (int x = 0; x < two.getWidth(); x++) {
                int rgb = two.getRGB(x, y) & 0xFFFFFF;
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (rgb == 0xFFFFFF) {
                    white++;
                } else if (b > 150 && r < 80 && g > 70 && g < 120) {
                    strong++; // the significant points' blue (#1F5FA8, blended a little with white)
                }
            }
        }
        double pixels = (double) two.getWidth() * two.getHeight();
        assertEquals(0xFFFFFF, two.getRGB(0, 0) & 0xFFFFFF);
        assertTrue(white / pixels > 0.6 && white / pixels < 0.98, "share of white " + white / pixels);
        assertTrue(strong > 2000, "significant points drawn: " + strong);

        Path png = dir.resolve("map.png");
        PngExport.write(two, png);
        assertTrue(Files.size(png) > 20_000);
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(two.getWidth(), back.getWidth());
    }
}
