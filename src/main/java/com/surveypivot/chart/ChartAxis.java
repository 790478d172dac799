package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.add;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The value axis of the bar charts (horizontal, under the bars) and its light grid lines. */
final class ChartAxis {
    static final Color RULE = Color.web("#9A9A9A");
    static final Color GRID = Color.web("#E4E4E4");
    static final Color MUTED = Color.web("#666666");

    private ChartAxis() {
    }

    /** The distance between ticks: 20 for 0–100%, 10 up to 50%, a fifth of a count axis. */
    static double step(double max, boolean percent) {
        if (!percent) {
            return max / 5;
        }
        return max <= 50 ? 10 : 20;
    }

    /** A tick's label: "40%", or a count "1,200". */
    static String tick(double value, boolean percent) {
        if (percent) {
            return String.format(Locale.ROOT, "%.0f%%", value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static void gridLines(List<Node> nodes, double plotX, double plotWidth, double top, double bottom, double max,
            double step) {
        for (double v = step; v <= max + 1e-9; v += step) {
            double x = plotX + plotWidth * v / max;
            Line grid = new Line(x, top, x, bottom);
            grid.setStroke(GRID);
            grid.setStrokeWidth(1);
            add(nodes, grid);
        }
    }

    /** The value axis under the bars: a baseline at 0, the axis line, ticks and their labels. */
    static void axis(List<Node> nodes, double plotX, double plotWidth, double top, double bottom, double max,
            double step, boolean percent) {
        Font font = ChartFonts.font(BandChart.AXIS_SIZE);
        double axisY = Math.round(bottom + 4) + 0.5;
        Line zero = new Line(Math.round(plotX) - 0.5, top, Math.round(plotX) - 0.5, axisY);
        zero.setStroke(RULE);
        add(nodes, zero);
        Line axis = new Line(plotX, axisY, plotX + plotWidth, axisY);
        axis.setStroke(RULE);
        add(nodes, axis);
        for (double v = 0; v <= max + 1e-9; v += step) {
            double x = plotX + plotWidth * v / max;
            Line tick = new Line(x, axisY, x, axisY + 4);
            tick.setStroke(RULE);
            add(nodes, tick);
            Text label = text(tick(v, percent), font, MUTED);
            double tw = label.getLayoutBounds().getWidth();
            double tx = Math.min(x - tw / 2, plotX + plotWidth + BandChart.PAD - tw);
            place(nodes, label, tx, axisY + 6);
        }
    }
}
