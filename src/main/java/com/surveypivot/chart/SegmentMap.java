package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.add;
import static com.surveypivot.chart.ChartText.line;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;
import static com.surveypivot.chart.ChartText.titleBlock;

import com.surveypivot.chart.LabelPlacer.Box;
import com.surveypivot.chart.SegmentMapModel.AxisRange;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A two-question segment map drawn from a {@link SegmentMapModel}: one circle per segment at (share on X, share
 * on Y), its area by base, the Total as dashed cross-lines with their values, the four quadrants captioned in the
 * corners, labels placed by {@link LabelPlacer} so that none overlap and all stay inside the plot, axes in %, the
 * title on top and a key underneath. Every text uses the bundled {@link ChartFonts} font.
 */
public class SegmentMap extends Region {
    static final double PREF_WIDTH = 820;
    static final double PAD = 16;
    static final double TITLE_SIZE = 15;
    static final double SUBTITLE_SIZE = 11.5;
    static final double AXIS_TITLE_SIZE = 11.5;
    static final double TICK_SIZE = 10;
    static final double LABEL_SIZE = 11;
    static final double CAPTION_SIZE = 11;
    static final double KEY_SIZE = 10.5;
    static final double MAX_RADIUS = 17;
    static final double MIN_RADIUS = 4;

    static final Color INK = Color.web("#222222");
    static final Color MUTED = Color.web("#6B6B6B");
    static final Color RULE = Color.web("#9A9A9A");
    private static final Color GRID = Color.web("#EBEBEB");
    static final Color TOTAL_LINE = Color.web("#4D4D4D");
    static final Color CAPTION = Color.web("#8A8A8A");
    static final Color STRONG = Color.web("#1F5FA8");
    static final Color LIGHT = Color.web("#8DB4E2");
    static final Color HOLLOW = Color.web("#9A9A9A");

    private SegmentMapModel model;
    private List<Box> labelBoxes = List.of();

    public SegmentMap() {
        setBackground(Background.fill(Color.WHITE));
        getStyleClass().add("segment-map");
    }

    public SegmentMap(SegmentMapModel model) {
        this();
        setModel(model);
    }

    public SegmentMapModel getModel() {
        return model;
    }

    public void setModel(SegmentMapModel model) {
        this.model = model;
        requestLayout();
    }

    /** The boxes of the point labels (the segments', then the Total's) as last laid out; for tests. */
    public List<double[]> labelBounds() {
        return labelBoxes.stream().map(b -> new double[] {b.x(), b.y(), b.w(), b.h()}).toList();
    }

    /** The text nodes the map currently shows (for tests). */
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
        if (model == null) {
            return 160;
        }
        double inner = w - 2 * PAD;
        double plot = Math.max(260, Math.min(560, inner * 0.66));
        return snappedTopInset() + snappedBottomInset() + 2 * PAD + headerHeight(inner) + plot
                + bottomHeight(inner);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 360;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 240;
    }

    @Override
    protected void layoutChildren() {
        List<Node> nodes = new ArrayList<>();
        double left = snappedLeftInset() + PAD;
        double top = snappedTopInset() + PAD;
        double width = getWidth() - snappedLeftInset() - snappedRightInset() - 2 * PAD;
        double bottom = getHeight() - snappedBottomInset() - PAD;
        labelBoxes = List.of();
        if (model == null) {
            Text empty = text(Messages.get("chart.empty"), ChartFonts.font(LABEL_SIZE), MUTED);
            place(nodes, empty, left, top);
        } else if (width > 80) {
            draw(nodes, left, top, width, bottom);
        }
        getChildren().setAll(nodes);
    }

    /** Title, subtitle and the vertical axis title above the plot. */
    private double headerHeight(double inner) {
        double h = wrapped(model.title(), ChartFonts.boldFont(TITLE_SIZE), inner) + 2;
        if (!model.subtitle().isEmpty()) {
            h += wrapped(model.subtitle(), ChartFonts.font(SUBTITLE_SIZE), inner);
        }
        h += 12 + wrapped(model.yTitle(), ChartFonts.font(AXIS_TITLE_SIZE), inner) + 8;
        return h;
    }

    /** Tick labels and title of the horizontal axis, then the key. */
    private double bottomHeight(double inner) {
        double h = 8 + TextFit.lineHeight(ChartFonts.font(TICK_SIZE)) + 6;
        h += wrapped(model.xTitle(), ChartFonts.font(AXIS_TITLE_SIZE), inner) + 14;
        h += keyHeight(inner);
        return h;
    }

    private double keyHeight(double inner) {
        Font font = ChartFonts.font(KEY_SIZE);
        return SegmentMapKey.key(model, null, 0, 0, inner, font);
    }

    private void draw(List<Node> nodes, double left, double top, double width, double bottom) {
        // header
        double y = titleBlock(nodes, model.title(), model.subtitle(), ChartFonts.boldFont(TITLE_SIZE),
                ChartFonts.font(SUBTITLE_SIZE), INK, MUTED, left, top, width);
        y += 12;
        Font tickFont = ChartFonts.font(TICK_SIZE);
        double tickWidth = TextFit.width("100%", tickFont);
        double plotLeft = left + tickWidth + 8;
        double plotRight = left + width - 6;
        Text yTitle = text("↑ " + model.yTitle(), ChartFonts.font(AXIS_TITLE_SIZE), INK);
        yTitle.setWrappingWidth(width);
        place(nodes, yTitle, left, y);
        y += yTitle.getLayoutBounds().getHeight() + 8;
        double plotTop = y;
        double plotBottom = bottom - bottomHeight(width);
        if (plotBottom - plotTop < 80) {
            plotBottom = plotTop + 80;
        }
        Box plot = new Box(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop);
        AxisRange xa = model.xAxis();
        AxisRange ya = model.yAxis();
        Scale sx = new Scale(xa.min(), xa.max(), plotLeft, plotRight);
        Scale sy = new Scale(ya.min(), ya.max(), plotBottom, plotTop);

        // grid, frame and ticks
        Rectangle frame = new Rectangle(plotLeft, plotTop, plot.w(), plot.h());
        frame.setFill(Color.WHITE);
        frame.setStroke(RULE);
        add(nodes, frame);
        for (double v = xa.min(); v <= xa.max() + 1e-9; v += xa.step()) {
            double x = crisp(sx.at(v));
            if (v > xa.min() + 1e-9 && v < xa.max() - 1e-9) {
                add(nodes, line(x, plotTop, x, plotBottom, GRID, 1));
            }
            add(nodes, line(x, plotBottom, x, plotBottom + 4, RULE, 1));
            Text tick = text(percent(v), tickFont, MUTED);
            place(nodes, tick, x - tick.getLayoutBounds().getWidth() / 2, plotBottom + 6);
        }
        for (double v = ya.min(); v <= ya.max() + 1e-9; v += ya.step()) {
            double yy = crisp(sy.at(v));
            if (v > ya.min() + 1e-9 && v < ya.max() - 1e-9) {
                add(nodes, line(plotLeft, yy, plotRight, yy, GRID, 1));
            }
            add(nodes, line(plotLeft - 4, yy, plotLeft, yy, RULE, 1));
            Text tick = text(percent(v), tickFont, MUTED);
            place(nodes, tick, plotLeft - 6 - tick.getLayoutBounds().getWidth(),
                    yy - tick.getLayoutBounds().getHeight() / 2);
        }
        double xTitleTop = plotBottom + 8 + TextFit.lineHeight(tickFont) + 6;
        Text xTitle = text(model.xTitle() + " →", ChartFonts.font(AXIS_TITLE_SIZE), INK);
        xTitle.setWrappingWidth(plot.w());
        double xTitleWidth = Math.min(plot.w(), xTitle.getLayoutBounds().getWidth());
        place(nodes, xTitle, plotRight - xTitleWidth, xTitleTop);
        double keyTop = xTitleTop + xTitle.getLayoutBounds().getHeight() + 14;

        // the Total cross-lines and their values, the quadrant captions in the plot's corners
        double tx = sx.at(model.totalX());
        double ty = sy.at(model.totalY());
        List<Box> fixed = SegmentMapGuides.draw(model, nodes, plotLeft, plotTop, plotRight, plotBottom, plot, tx, ty);

        // the points and their labels
        labelBoxes = SegmentMapPoints.draw(model, nodes, sx, sy, tx, ty, plotLeft, plotTop, plot, fixed);

        SegmentMapKey.key(model, nodes, left, keyTop, width, ChartFonts.font(KEY_SIZE));
    }

    /** Circle radius: area proportional to the base, never smaller than {@link #MIN_RADIUS}. */
    static double radius(int base, int maxBase) {
        return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt((double) base / Math.max(1, maxBase)));
    }

    private static double wrapped(String content, Font font, double width) {
        Text probe = text(content, font, INK);
        probe.setWrappingWidth(width);
        return probe.getLayoutBounds().getHeight();
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v);
    }

    private static double crisp(double v) {
        return Math.round(v - 0.5) + 0.5;
    }

    /** A linear map from values to pixels. */
    record Scale(double min, double max, double from, double to) {
        double at(double v) {
            return from + (to - from) * (v - min) / (max - min);
        }
    }
}
