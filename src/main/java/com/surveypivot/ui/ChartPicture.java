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
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

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
        Label label = new Label(caption);
        label.setId("chartCaption");
        label.setWrapText(true);
        label.setFont(ChartFonts.font(CAPTION_SIZE));
        label.setTextFill(Color.web("#222222"));
        label.setMaxWidth(Double.MAX_VALUE);
        label.setPadding(new Insets(4, 16, 14, 16));
        VBox box = new VBox(chart, label);
        box.setFillWidth(true);
        box.setBackground(Background.fill(Color.WHITE));
        return box;
    }
}
