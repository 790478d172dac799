package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.add;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;

import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.Segment;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Draws the horizontal bars of a {@link BandChartModel.Layout#STACKED} chart (segments side by side with their
 * values inside, thin white separators) and of a {@link BandChartModel.Layout#BARS} chart (one bar each, the value
 * at its end): labels on the left, the Total first and set apart, the value axis under them.
 */
final class BarsBody {
    /** Value label sizes tried in turn for a narrow segment, with the room they need left and right. */
    private static final double[][] VALUE_FITS = {{BandChart.VALUE_SIZE, 6}, {9.5, 3}, {8.5, 2}, {7.5, 1}};
    /** The size of a value that fits in no segment size and is drawn just above its segment instead. */
    static final double ABOVE_SIZE = 8;

    private BarsBody() {
    }

    static void draw(List<Node> nodes, BandChartModel model, double left, double top, double width, double height) {
        boolean single = model.layout() == BandChartModel.Layout.BARS;
        List<Bar> bars = model.bars();
        int n = bars.size();
        double gap = n > 1 ? BandChart.TOTAL_GAP : 0;
        double pitch = Math.max(12, Math.min(BandChart.STACKED_PITCH * 1.4, (height - gap) / Math.max(1, n)));
        double barHeight = Math.min(single ? 22 : 30, pitch * (single ? 0.6 : 0.66));
        Font labelFont = ChartFonts.font(BandChart.LABEL_SIZE);
        Font totalFont = ChartFonts.boldFont(BandChart.LABEL_SIZE);
        Font valueFont = ChartFonts.font(BandChart.VALUE_SIZE);
        double lineHeight = TextFit.lineHeight(labelFont);
        double labelWidth = BarLabels.columnWidth(width, bars.stream().map(Bar::fullLabel).toList(), labelFont);
        double plotX = left + labelWidth + 10;
        double endRoom = single ? TextFit.width("100.00▲", valueFont) + 6 : 4;
        double plotWidth = left + width - plotX - endRoom;
        double max = model.axisMax();
        double step = ChartAxis.step(max, model.percent());
        if (single || !model.percent()) {
            ChartAxis.gridLines(nodes, plotX, plotWidth, top, top + n * pitch + gap, max, step);
        }
        double y = top;
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            double barTop = y + (pitch - barHeight) / 2;
            BarLabels.bar(nodes, bar, bar.total() ? totalFont : labelFont, lineHeight, plotX - 10, labelWidth,
                    y + pitch / 2, pitch);
            if (single) {
                valueBar(nodes, bar.segments().get(0), plotX, plotWidth, max, barTop, barHeight, valueFont);
            } else {
                segments(nodes, bar, plotX, plotWidth, max, barTop, barHeight);
            }
            y += pitch + (i == 0 ? gap : 0);
        }
        ChartAxis.axis(nodes, plotX, plotWidth, top, y, max, step, model.percent());
    }

    private static void segments(List<Node> nodes, Bar bar, double plotX, double plotWidth, double max,
            double barTop, double barHeight) {
        double x = plotX;
        List<Double> boundaries = new ArrayList<>();
        double aboveEnd = Double.NEGATIVE_INFINITY;
        for (Segment segment : bar.segments()) {
            double w = plotWidth * segment.value() / max;
            if (w <= 0) {
                continue;
            }
            Rectangle rect = new Rectangle(x, barTop, w, barHeight);
            rect.setFill(Color.web(segment.color()));
            add(nodes, rect);
            if (segment.labelVisible() && !inside(nodes, segment, x, w, barTop, barHeight)) {
                aboveEnd = above(nodes, segment, x + w / 2, barTop, aboveEnd, plotX + plotWidth);
            }
            x += w;
            boundaries.add(x);
        }
        for (int b = 0; b < boundaries.size() - 1; b++) {
            Line separator = new Line(boundaries.get(b), barTop, boundaries.get(b), barTop + barHeight);
            separator.setStroke(Color.WHITE);
            separator.setStrokeWidth(1);
            add(nodes, separator);
        }
    }

    /**
     * The value centred in its segment, in the largest of the value sizes that fits (a narrow chart, as in the
     * window, keeps the labels of small segments in a smaller size rather than dropping them).
     */
    private static boolean inside(List<Node> nodes, Segment segment, double x, double w, double barTop,
            double barHeight) {
        Color ink = valueColour(segment.color());
        for (double[] fit : VALUE_FITS) {
            Text value = text(segment.labelText(), ChartFonts.font(fit[0]), ink);
            double tw = value.getLayoutBounds().getWidth();
            double th = value.getLayoutBounds().getHeight();
            if (tw + fit[1] <= w && th <= barHeight + 2) {
                place(nodes, value, x + (w - tw) / 2, barTop + (barHeight - th) / 2);
                return true;
            }
        }
        return false;
    }

    /**
     * A value too wide for its segment, drawn small just above the bar, centred on the segment and never over the
     * previous one; returns where it ends.
     */
    private static double above(List<Node> nodes, Segment segment, double centre, double barTop, double after,
            double plotEnd) {
        Text value = text(segment.labelText(), ChartFonts.font(ABOVE_SIZE), BandChart.INK);
        double tw = value.getLayoutBounds().getWidth();
        double th = value.getLayoutBounds().getHeight();
        double tx = Math.min(Math.max(centre - tw / 2, after + 3), plotEnd + BandChart.PAD - 2 - tw);
        place(nodes, value, tx, barTop - th + 1);
        return tx + tw;
    }

    private static void valueBar(List<Node> nodes, Segment segment, double plotX, double plotWidth, double max,
            double barTop, double barHeight, Font valueFont) {
        double w = Math.max(0, plotWidth * segment.value() / max);
        Rectangle rect = new Rectangle(plotX, barTop, w, barHeight);
        rect.setFill(Color.web(segment.color()));
        add(nodes, rect);
        Text value = text(segment.labelText(), valueFont, BandChart.INK);
        place(nodes, value, plotX + w + 4, barTop + (barHeight - value.getLayoutBounds().getHeight()) / 2);
    }

    /** White or dark ink, whichever contrasts more with the fill (WCAG contrast ratio). */
    static Color valueColour(String fill) {
        double l = ChartPalette.luminance(fill);
        double ink = ChartPalette.luminance("#222222");
        double onWhite = 1.05 / (l + 0.05);
        double onInk = (l + 0.05) / (ink + 0.05);
        return onWhite >= onInk ? Color.WHITE : BandChart.INK;
    }
}
