package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.add;
import static com.surveypivot.chart.ChartText.embolden;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;

import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.LineSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Draws a {@link BandChartModel.Layout#LINE} chart: the % axis on the left, the Total as a column of points apart
 * (after a dashed rule), then one line per answer across the ordered categories, each point labelled with its
 * value (placed so that no two labels overlap), the categories with their bases under the plot.
 */
final class LineBody {
    static final double PLOT_HEIGHT = 300;
    static final double POINT = 3.5;
    private static final int LABEL_LINES = 3;

    private LineBody() {
    }

    static double height() {
        return PLOT_HEIGHT + LABEL_LINES * TextFit.lineHeight(ChartFonts.font(BandChart.AXIS_SIZE + 0.5)) + 12;
    }

    static void draw(List<Node> nodes, BandChartModel model, double left, double top, double width, double height) {
        Font axisFont = ChartFonts.font(BandChart.AXIS_SIZE);
        Font categoryFont = ChartFonts.font(BandChart.AXIS_SIZE + 0.5);
        Font valueFont = ChartFonts.font(BandChart.VALUE_SIZE - 1);
        double categoryLine = TextFit.lineHeight(categoryFont);
        double axisWidth = TextFit.width("100%", axisFont) + 8;
        double plotX = left + axisWidth;
        double plotWidth = width - axisWidth - 4;
        double plotTop = top + 4;
        double plotBottom = top + Math.max(80, height - LABEL_LINES * categoryLine - 12);
        double max = model.axisMax();
        List<Bar> points = model.bars();
        int n = points.size();
        // slot 0 is the Total, then a little room, then the categories
        double slot = plotWidth / Math.max(1, n + 0.3);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = plotX + slot * (i == 0 ? 0.5 : i + 0.8);
        }
        double step = ChartAxis.step(max, true);
        for (double v = 0; v <= max + 1e-9; v += step) {
            double y = plotBottom - (plotBottom - plotTop) * v / max;
            Line grid = new Line(plotX, y, plotX + plotWidth, y);
            grid.setStroke(v == 0 ? ChartAxis.RULE : ChartAxis.GRID);
            add(nodes, grid);
            Text label = text(String.format(Locale.ROOT, "%.0f%%", v), axisFont, ChartAxis.MUTED);
            place(nodes, label, plotX - 6 - label.getLayoutBounds().getWidth(),
                    y - label.getLayoutBounds().getHeight() / 2);
        }
        if (n > 1) {
            double x = plotX + slot * 1.15;
            Line apart = new Line(x, plotTop, x, plotBottom);
            apart.setStroke(ChartAxis.RULE);
            apart.getStrokeDashArray().setAll(4.0, 3.0);
            add(nodes, apart);
        }
        for (int i = 0; i < n; i++) {
            Bar point = points.get(i);
            List<String> lines = new ArrayList<>(TextFit.wrap(point.label(), categoryFont, slot - 4, LABEL_LINES - 1));
            lines.add(point.nLabel() + point.baseMark());
            double y = plotBottom + 6;
            for (String line : lines) {
                Text t = text(line, categoryFont, BandChart.INK);
                if (point.total()) {
                    embolden(t);
                }
                place(nodes, t, xs[i] - t.getLayoutBounds().getWidth() / 2, y);
                y += categoryLine;
            }
        }
        List<LabelPlacer.Anchor> anchors = new ArrayList<>();
        List<LabelPlacer.Box> lineBoxes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Color> inks = new ArrayList<>();
        for (LineSeries series : model.lines()) {
            Color colour = Color.web(series.color());
            Polyline line = new Polyline();
            for (int i = 1; i < n; i++) {
                double y = yOf(series.values().get(i), max, plotTop, plotBottom);
                line.getPoints().addAll(xs[i], y);
                if (i > 1) {
                    along(lineBoxes, xs[i - 1], yOf(series.values().get(i - 1), max, plotTop, plotBottom), xs[i], y);
                }
            }
            line.setStroke(colour);
            line.setStrokeWidth(2);
            line.setFill(null);
            add(nodes, line);
            for (int i = 0; i < n; i++) {
                double y = yOf(series.values().get(i), max, plotTop, plotBottom);
                Circle dot = new Circle(xs[i], y, POINT, colour);
                dot.setStroke(Color.WHITE);
                dot.setStrokeWidth(1);
                add(nodes, dot);
                String label = series.valueTexts().get(i) + series.marks().get(i);
                anchors.add(new LabelPlacer.Anchor(xs[i], y, POINT, TextFit.width(label, valueFont),
                        TextFit.lineHeight(valueFont)));
                labels.add(label);
                inks.add(ChartPalette.luminance(series.color()) > 0.6 ? ChartAxis.MUTED : colour);
            }
        }
        LabelPlacer.Box bounds = new LabelPlacer.Box(plotX, plotTop - 2, plotWidth, plotBottom - plotTop + 2);
        List<LabelPlacer.Placement> placed = LabelPlacer.place(anchors, bounds, lineBoxes);
        for (int i = 0; i < anchors.size(); i++) {
            LabelPlacer.Box box = placed.get(i).box();
            if (placed.get(i).detached()) {
                Line leader = new Line(anchors.get(i).x(), anchors.get(i).y(), box.x() + box.w() / 2,
                        box.y() + box.h() / 2);
                leader.setStroke(ChartAxis.GRID.darker());
                leader.setStrokeWidth(0.7);
                add(nodes, leader);
            }
            place(nodes, text(labels.get(i), valueFont, inks.get(i)), box.x(), box.y());
        }
    }

    /** Small boxes every few points along a line segment, for the value labels to keep off the lines. */
    private static void along(List<LabelPlacer.Box> boxes, double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        int steps = Math.max(1, (int) (length / 4));
        for (int k = 1; k < steps; k++) {
            double t = (double) k / steps;
            boxes.add(new LabelPlacer.Box(x1 + (x2 - x1) * t - 1.5, y1 + (y2 - y1) * t - 1.5, 3, 3));
        }
    }

    private static double yOf(double value, double max, double plotTop, double plotBottom) {
        return plotBottom - (plotBottom - plotTop) * Math.min(value, max) / max;
    }
}
