package com.surveypivot.ui;

import com.surveypivot.export.ExportException;
import com.surveypivot.survey.Question;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** What Save Chart Image and Copy Chart put out: the chart shown (band chart or map) as a picture, and its file name. */
final class ChartImageOutput {
    private final MainViewModel model;

    ChartImageOutput(MainViewModel model) {
        this.model = model;
    }

    /**
     * What Save Chart Image puts out now: the chart shown (band chart or map), with the user's note under it when
     * the caption under the chart is on; null when that view has no chart. Call on the JavaFX thread.
     */
    ChartPicture chartPicture() {
        String caption = model.captionUnderChartProperty().get() ? model.userNoteProperty().get() : "";
        if (model.chartViewProperty().get() == MainViewModel.ChartView.MAP) {
            SegmentMapViewModel map = model.map();
            return map.modelProperty().get() == null ? null : new ChartPicture(null, map.modelProperty().get(), caption);
        }
        return model.chartModelProperty().get() == null ? null
                : new ChartPicture(model.chartModelProperty().get(), null, caption);
    }

    /** Writes the shown chart as a PNG at twice its size. */
    void save(Path file) throws ExportException {
        ChartPicture picture = chartPicture();
        if (picture == null) {
            throw new IllegalStateException("no chart to save");
        }
        picture.write(file);
    }

    /** Writes the shown chart as PNG (1×, 2×, 3×) or SVG. */
    void save(Path file, ImageFormat format) throws ExportException {
        ChartPicture picture = chartPicture();
        if (picture == null) {
            throw new IllegalStateException("no chart to save");
        }
        picture.write(file, format);
    }

    /** The shown chart at twice its size, as saved; null when there is no chart. */
    BufferedImage image() {
        ChartPicture picture = chartPicture();
        return picture == null ? null : picture.render(2);
    }

    /** The file name offered when saving the chart: {@code <Q>_by_<A>.png}, or the map's name. */
    String defaultImageName() {
        if (model.chartViewProperty().get() == MainViewModel.ChartView.MAP) {
            return model.map().defaultImageName();
        }
        Question q = model.questionProperty().get();
        Question a = model.attributeProperty().get();
        String name = q == null ? "chart" : a == null ? q.id() : q.id() + "_by_" + a.id();
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".png";
    }
}
