package com.surveypivot.ui;

import com.surveypivot.chart.BandChart;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.chart.ChartFonts;
import com.surveypivot.chart.ChartImages;
import com.surveypivot.chart.SegmentMap;
import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.export.ExportException;
import com.surveypivot.export.PngExport;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * What File > Save Chart Image and Edit > Copy Chart put out: the chart shown (the band chart or the segment
 * map) and, if the user wants it, their note as a caption under it. Taken on the JavaFX thread, rendered from any.
 *
 * @param band    the band chart, or null when the map is shown
 * @param map     the segment map, or null when the band chart is shown
 * @param caption the text under the chart ("" for none)
 */
record ChartPicture(BandChartModel band, SegmentMapModel map, String caption) {
    /** Width of a chart in points, as {@link ChartImages} draws it. */
    static final double WIDTH = 820;
    static final double CAPTION_SIZE = 13;
    static final double CAPTION_PAD = 16;

    ChartPicture {
        if ((band == null) == (map == null)) {
            throw new IllegalArgumentException("exactly one of band chart and map");
        }
        caption = caption == null ? "" : caption.strip();
    }

    /** The picture {@code scale} times as many pixels each way as its size in points. */
    BufferedImage render(double scale) {
        if (caption.isEmpty()) {
            return band != null ? ChartImages.render(band, scale) : ChartImages.render(map, scale);
        }
        Supplier<Region> chart = band != null ? () -> new BandChart(band) : () -> new SegmentMap(map);
        return ChartImages.render(() -> captioned(chart.get(), caption), scale, WIDTH);
    }

    /** Writes the picture as a PNG at 2x. */
    void write(Path file) throws ExportException {
        PngExport.write(render(2), file);
    }

    /** The chart with the caption under it, wrapped to the chart's width. */
    static VBox captioned(Region chart, String caption) {
        // a Text, not a Label: it measures itself without a skin, as the off-screen snapshot needs
        Text text = new Text(caption);
        text.setId("chartCaption");
        text.setFont(ChartFonts.font(CAPTION_SIZE));
        text.setFill(Color.web("#222222"));
        text.setWrappingWidth(WIDTH - 2 * CAPTION_PAD);
        VBox under = new VBox(text);
        under.setPadding(new Insets(4, CAPTION_PAD, 14, CAPTION_PAD));
        VBox box = new VBox(chart, under);
        box.setFillWidth(true);
        box.setBackground(Background.fill(Color.WHITE));
        return box;
    }
}
