package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.add;
import static com.surveypivot.chart.ChartText.embolden;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;
import static com.surveypivot.chart.ChartText.titleBlock;

import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.BarGroup;
import com.surveypivot.chart.BandChartModel.GroupBar;
import com.surveypivot.chart.BandChartModel.LegendEntry;
import com.surveypivot.chart.BandChartModel.Segment;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A band chart (帯グラフ) as Japanese research reports draw it, drawn from a {@link BandChartModel} with plain
 * shapes: title and legend on top, bar labels with "(n=…)" on the left, the Total bar first and apart from the
 * segment bars, 100% bars with thin white separators and the % inside every segment wide enough to hold it, an
 * axis from 0 to 100%. A multi-response question is drawn as grouped horizontal bars with values at the bar ends.
 *
 * <p>Every text uses the bundled {@link ChartFonts} font, so that saved images look the same everywhere. The
 * chart redraws itself for its current size whenever it is laid out.
 */
public class BandChart extends Region {
    static final double PAD = 16;
    static final double TITLE_SIZE = 15;
    static final double SUBTITLE_SIZE = 11.5;
    static final double LEGEND_SIZE = 11;
    static final double LABEL_SIZE = 11.5;
    static final double VALUE_SIZE = 10.5;
    static final double AXIS_SIZE = 10;
    static final double SWATCH = 11;
    static final double TOTAL_GAP = 10;
    static final double STACKED_PITCH = 36;
    static final double GROUP_BAR_PITCH = 15;
    static final double GROUP_GAP = 12;
    static final double AXIS_HEIGHT = 24;
    static final double PREF_WIDTH = 820;

    private static final Color INK = Color.web("#222222");
    private static final Color MUTED = Color.web("#666666");
    private static final Color RULE = Color.web("#9A9A9A");
    private static final Color GRID = Color.web("#E4E4E4");

    private BandChartModel model;

    public BandChart() {
        setBackground(Background.fill(Color.WHITE));
        getStyleClass().add("band-chart");
    }

    public BandChart(BandChartModel model) {
        this();
        setModel(model);
    }

    public BandChartModel getModel() {
        return model;
    }

    public void setModel(BandChartModel model) {
        this.model = model;
        requestLayout();
    }

    /** The text nodes the chart currently shows (for tests and accessibility checks). */
    public List<Text> texts() {
        return ChartText.texts(getChildren());
    }

    @Override
    protected double computePrefWidth(double height) {
        return PREF_WIDTH + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = (width > 0 ? width : PREF_WIDTH) - snappedLeftInset() - snappedRightInset();
        double body;
        if (model == null) {
            body = 120;
        } else if (model.layout() == BandChartModel.Layout.STACKED) {
            body = model.bars().size() * STACKED_PITCH + (model.bars().size() > 1 ? TOTAL_GAP : 0);
        } else {
            int series = model.legend().size();
            body = model.groups().size() * (series * GROUP_BAR_PITCH + GROUP_GAP);
        }
        return snappedTopInset() + snappedBottomInset() + 2 * PAD + headerHeight(w, null) + body + AXIS_HEIGHT;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 160;
    }

    @Override
    protected void layoutChildren() {
        List<Node> nodes = new ArrayList<>();
        double left = snappedLeftInset() + PAD;
        double top = snappedTopInset() + PAD;
        double width = getWidth() - snappedLeftInset() - snappedRightInset() - 2 * PAD;
        double bottom = getHeight() - snappedBottomInset() - PAD;
        if (model == null) {
            Text empty = text(Messages.get("chart.empty"), ChartFonts.font(LABEL_SIZE), MUTED);
            empty.setX(left);
            empty.setY(top);
            nodes.add(empty);
        } else if (width > 40) {
            double y = top + headerHeight(width + 2 * PAD, nodes);
            if (model.layout() == BandChartModel.Layout.STACKED) {
                drawStacked(nodes, left, y, width, bottom - AXIS_HEIGHT - y);
            } else {
                drawGrouped(nodes, left, y, width, bottom - AXIS_HEIGHT - y);
            }
        }
        getChildren().setAll(nodes);
    }

    /** Lays out title, subtitle and legend for a chart {@code width} wide; adds their nodes when given a list. */
    private double headerHeight(double width, List<Node> nodes) {
        if (model == null) {
            return 0;
        }
        double left = snappedLeftInset() + PAD;
        double inner = width - 2 * PAD;
        double y = snappedTopInset() + PAD;
        double start = y;
        y = titleBlock(nodes, model.title(), model.subtitle(), ChartFonts.boldFont(TITLE_SIZE),
                ChartFonts.font(SUBTITLE_SIZE), INK, MUTED, left, y, inner);
        y += 10;
        y += legend(nodes, left, y, inner);
        return y + 12 - start;
    }

    /** Legend entries in order, flowing onto as many lines as they need; returns the height used. */
    private double legend(List<Node> nodes, double left, double top, double width) {
        Font font = ChartFonts.font(LEGEND_SIZE);
        double lineHeight = TextFit.lineHeight(font);
        double rowHeight = Math.max(lineHeight, SWATCH) + 5;
        double x = left;
        double y = top;
        double usedRow = rowHeight;
        for (LegendEntry entry : model.legend()) {
            Text label = text(entry.label(), font, INK);
            double textWidth = label.getLayoutBounds().getWidth();
            double maxText = width - SWATCH - 5;
            if (textWidth > maxText) {
                label.setWrappingWidth(maxText);
                textWidth = maxText;
            }
            double entryWidth = SWATCH + 5 + textWidth;
            if (x > left && x + entryWidth > left + width) {
                x = left;
                y += usedRow;
                usedRow = rowHeight;
            }
            double entryHeight = label.getLayoutBounds().getHeight();
            usedRow = Math.max(usedRow, entryHeight + 5);
            Rectangle swatch = new Rectangle(x, y + (lineHeight - SWATCH) / 2, SWATCH, SWATCH);
            swatch.setFill(Color.web(entry.color()));
            add(nodes, swatch);
            place(nodes, label, x + SWATCH + 5, y);
            x += entryWidth + 16;
        }
        return y + usedRow - top;
    }

    private void drawStacked(List<Node> nodes, double left, double top, double width, double height) {
        List<Bar> bars = model.bars();
        int n = bars.size();
        double gap = n > 1 ? TOTAL_GAP : 0;
        double pitch = Math.max(12, Math.min(STACKED_PITCH * 1.4, (height - gap) / Math.max(1, n)));
        double barHeight = Math.min(30, pitch * 0.72);
        Font labelFont = ChartFonts.font(LABEL_SIZE);
        Font totalFont = ChartFonts.boldFont(LABEL_SIZE);
        Font valueFont = ChartFonts.font(VALUE_SIZE);
        double lineHeight = TextFit.lineHeight(labelFont);
        double labelWidth = labelColumnWidth(width, bars.stream().map(Bar::fullLabel).toList(), labelFont);
        double plotX = left + labelWidth + 10;
        double plotWidth = left + width - plotX - 4;
        double y = top;
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            double barTop = y + (pitch - barHeight) / 2;
            double centre = y + pitch / 2;
            drawBarLabel(nodes, bar, bar.total() ? totalFont : labelFont, lineHeight, plotX - 10, labelWidth,
                    centre, pitch);
            double x = plotX;
            List<Double> boundaries = new ArrayList<>();
            for (Segment segment : bar.segments()) {
                double w = plotWidth * segment.percent() / 100.0;
                if (w <= 0) {
                    continue;
                }
                Rectangle rect = new Rectangle(x, barTop, w, barHeight);
                rect.setFill(Color.web(segment.color()));
                add(nodes, rect);
                if (segment.labelVisible()) {
                    Text value = text(segment.valueText(), valueFont, valueColour(segment.color()));
                    double tw = value.getLayoutBounds().getWidth();
                    double th = value.getLayoutBounds().getHeight();
                    if (tw + 6 <= w && th <= barHeight + 2) {
                        place(nodes, value, x + (w - tw) / 2, barTop + (barHeight - th) / 2);
                    }
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
            y += pitch + (i == 0 ? gap : 0);
        }
        axis(nodes, plotX, plotWidth, top, y, 100, 20);
    }

    private void drawGrouped(List<Node> nodes, double left, double top, double width, double height) {
        List<BarGroup> groups = model.groups();
        int series = model.legend().size();
        double groupPitch = Math.max(series * 3 + 4, height / Math.max(1, groups.size()));
        double gap = Math.min(GROUP_GAP, groupPitch * 0.25);
        double barPitch = (groupPitch - gap) / series;
        double barHeight = Math.max(2, barPitch - Math.min(2, barPitch * 0.15));
        Font labelFont = ChartFonts.font(LABEL_SIZE);
        Font valueFont = ChartFonts.font(VALUE_SIZE);
        double lineHeight = TextFit.lineHeight(labelFont);
        double labelWidth = labelColumnWidth(width, groups.stream().map(BarGroup::label).toList(), labelFont);
        double plotX = left + labelWidth + 10;
        double plotWidth = left + width - plotX - TextFit.width("100.0", valueFont) - 8;
        double max = model.axisMax();
        double step = max <= 50 ? 10 : 20;
        double bottom = top + groups.size() * groupPitch;
        gridLines(nodes, plotX, plotWidth, top, bottom - gap, max, step);
        double y = top;
        for (BarGroup group : groups) {
            double block = groupPitch - gap;
            int lines = Math.max(1, (int) Math.floor(block / lineHeight));
            textBlock(nodes, TextFit.wrap(group.label(), labelFont, labelWidth, lines), labelFont, false,
                    lineHeight, plotX - 10, y + block / 2);
            for (int s = 0; s < group.bars().size(); s++) {
                GroupBar bar = group.bars().get(s);
                double barTop = y + s * barPitch;
                double w = plotWidth * bar.percent() / max;
                Rectangle rect = new Rectangle(plotX, barTop, Math.max(0, w), barHeight);
                rect.setFill(Color.web(bar.color()));
                add(nodes, rect);
                Text value = text(bar.valueText(), valueFont, INK);
                double th = value.getLayoutBounds().getHeight();
                if (th <= barPitch + 3) {
                    place(nodes, value, plotX + w + 3, barTop + (barHeight - th) / 2);
                }
            }
            y += groupPitch;
        }
        axis(nodes, plotX, plotWidth, top, bottom - gap, max, step);
    }

    /** The label column: as wide as the widest label, but at most a third of the chart. */
    private static double labelColumnWidth(double width, List<String> labels, Font font) {
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, TextFit.width(label, font));
        }
        return Math.max(Math.min(80, width * 0.3), Math.min(Math.ceil(widest) + 2, width * 0.34));
    }

    /** A bar's label, right-aligned: "name (n=…)" on one line when it fits, else the name wrapped, then the n. */
    private void drawBarLabel(List<Node> nodes, Bar bar, Font font, double lineHeight, double right, double width,
            double centre, double pitch) {
        List<String> lines = new ArrayList<>();
        if (TextFit.width(bar.fullLabel(), font) <= width) {
            lines.add(bar.fullLabel());
        } else {
            int nameLines = Math.max(1, (int) Math.floor(pitch / lineHeight) - 1);
            lines.addAll(TextFit.wrap(bar.label(), font, width, nameLines));
            lines.add(bar.nLabel());
        }
        textBlock(nodes, lines, font, bar.total(), lineHeight, right, centre);
    }

    /** Lines of text right-aligned at {@code right}, centred vertically on {@code centre}. */
    private void textBlock(List<Node> nodes, List<String> lines, Font font, boolean bold, double lineHeight,
            double right, double centre) {
        double y = centre - lines.size() * lineHeight / 2;
        for (String line : lines) {
            Text text = text(line, font, INK);
            text.setTextAlignment(TextAlignment.RIGHT);
            if (bold) {
                embolden(text);
            }
            place(nodes, text, right - text.getLayoutBounds().getWidth(), y);
            y += lineHeight;
        }
    }

    private void gridLines(List<Node> nodes, double plotX, double plotWidth, double top, double bottom, double max,
            double step) {
        for (double v = step; v <= max + 1e-9; v += step) {
            double x = plotX + plotWidth * v / max;
            Line grid = new Line(x, top, x, bottom);
            grid.setStroke(GRID);
            grid.setStrokeWidth(1);
            add(nodes, grid);
        }
    }

    /** The value axis under the bars: a baseline at 0, the axis line, ticks and their % labels. */
    private void axis(List<Node> nodes, double plotX, double plotWidth, double top, double bottom, double max,
            double step) {
        Font font = ChartFonts.font(AXIS_SIZE);
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
            Text label = text(String.format(Locale.ROOT, "%.0f%%", v), font, MUTED);
            double tw = label.getLayoutBounds().getWidth();
            double tx = Math.min(x - tw / 2, plotX + plotWidth + PAD - tw);
            place(nodes, label, tx, axisY + 6);
        }
    }

    /** White or dark ink, whichever contrasts more with the fill (WCAG contrast ratio). */
    private static Color valueColour(String fill) {
        double l = ChartPalette.luminance(fill);
        double ink = ChartPalette.luminance("#222222");
        double onWhite = 1.05 / (l + 0.05);
        double onInk = (l + 0.05) / (ink + 0.05);
        return onWhite >= onInk ? Color.WHITE : INK;
    }
}
