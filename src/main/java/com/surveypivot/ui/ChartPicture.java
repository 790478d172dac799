package com.surveypivot.ui;

import com.surveypivot.chart.BandChart;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.chart.CaptionedChart;
import com.surveypivot.chart.ChartImages;
import com.surveypivot.chart.ChartSvg;
import com.surveypivot.chart.SegmentMap;
import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.export.ExportException;
import com.surveypivot.export.PngExport;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.layout.Region;

/**
 * What File > Save Chart Image and Edit > Copy Chart put out: the chart shown (the band chart or the segment
 * map) and, if the user wants it, their note as a caption under it. Taken on the JavaFX thread, rendered from any:
 * as PNG at 1×, 2× or 3×, or as SVG from the same nodes.
 *
 * @param band    the band chart, or null when the map is shown
 * @param map     the segment map, or null when the band chart is shown
 * @param caption the text under the chart ("" for none)
 */
record ChartPicture(BandChartModel band, SegmentMapModel map, String caption) {
    /** Width of a chart in points, as {@link ChartImages} draws it. */
    static final double WIDTH = 820;

    ChartPicture {
        if ((band == null) == (map == null)) {
            throw new IllegalArgumentException("exactly one of band chart and map");
        }
        caption = caption == null ? "" : caption.strip();
    }

    /** The picture {@code scale} times as many pixels each way as its size in points. */
    BufferedImage render(double scale) {
        return ChartImages.render(region(), scale, WIDTH);
    }

    /** Writes the picture as a PNG at 2x. */
    void write(Path file) throws ExportException {
        write(file, ImageFormat.PNG_2X);
    }

    /** Writes the picture in the given format (through a temporary file, then an atomic move). */
    void write(Path file, ImageFormat format) throws ExportException {
        if (format == ImageFormat.SVG) {
            ChartSvg.of(region(), WIDTH, band != null ? band.title() : map.title()).write(file);
        } else {
            PngExport.write(render(format.scale()), file);
        }
    }

    /** Makes the chart region (with its caption) on the JavaFX thread. */
    private Supplier<Region> region() {
        Supplier<Region> chart = band != null ? () -> new BandChart(band) : () -> new SegmentMap(map);
        return () -> CaptionedChart.of(chart.get(), caption, WIDTH);
    }
}
