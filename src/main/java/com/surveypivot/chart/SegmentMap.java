package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.add;
import static com.surveypivot.chart.ChartText.embolden;
import static com.surveypivot.chart.ChartText.line;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;
import static com.surveypivot.chart.ChartText.titleBlock;

import com.surveypivot.chart.LabelPlacer.Anchor;
import com.surveypivot.chart.LabelPlacer.Box;
import com.surveypivot.chart.LabelPlacer.Placement;
import com.surveypivot.chart.SegmentMapModel.AxisRange;
import com.surveypivot.chart.SegmentMapModel.Emphasis;
import com.surveypivot.chart.SegmentMapModel.MapPoint;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
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

    private static final Color INK = Color.web("#222222");
    private static final Color MUTED = Color.web("#6B6B6B");
    private static final Color RULE = Color.web("#9A9A9A");
    private static final Color GRID = Color.web("#EBEBEB");
    private static final Color TOTAL_LINE = Color.web("#4D4D4D");
    private static final Color CAPTION = Color.web("#8A8A8A");
    private static final Color STRONG = Color.web("#1F5FA8");
    private static final Color LIGHT = Color.web("#8DB4E2");
    private static final Color HOLLOW = Color.web("#9A9A9A");

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
        return key(null, 0, 0, inner, font);
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

        // the Total cross-lines and their values
        List<Box> fixed = new ArrayList<>();
        double tx = sx.at(model.totalX());
        double ty = sy.at(model.totalY());
        Line vertical = line(tx, plotTop, tx, plotBottom, TOTAL_LINE, 1.2);
        vertical.getStrokeDashArray().setAll(6.0, 4.0);
        add(nodes, vertical);
        Line horizontal = line(plotLeft, ty, plotRight, ty, TOTAL_LINE, 1.2);
        horizontal.getStrokeDashArray().setAll(6.0, 4.0);
        add(nodes, horizontal);
        Font lineFont = ChartFonts.font(TICK_SIZE);
        Text xTotal = text(model.totalXText(), lineFont, TOTAL_LINE);
        double xTotalW = xTotal.getLayoutBounds().getWidth();
        double xTotalX = tx + 4 + xTotalW <= plotRight - 2 ? tx + 4 : tx - 4 - xTotalW;
        Box xTotalBox = placeBox(nodes, xTotal, xTotalX, plotTop + 3);
        fixed.add(xTotalBox);
        Text yTotal = text(model.totalYText(), lineFont, TOTAL_LINE);
        double yTotalH = yTotal.getLayoutBounds().getHeight();
        double yTotalY = ty - 2 - yTotalH >= plotTop + 2 ? ty - 2 - yTotalH : ty + 2;
        fixed.add(placeBox(nodes, yTotal, plotRight - 4 - yTotal.getLayoutBounds().getWidth(), yTotalY));
        // labels keep off the lines where they can
        fixed.add(new Box(tx - 1.5, plotTop, 3, plot.h()));
        fixed.add(new Box(plotLeft, ty - 1.5, plot.w(), 3));

        // quadrant captions in the plot's corners
        Font captionFont = ChartFonts.font(CAPTION_SIZE);
        var q = model.quadrants();
        // a top caption that would run into the Total's value (or into the other top caption) moves a line down
        double captionStep = TextFit.lineHeight(captionFont) + 2;
        Box topLeft = caption(nodes, q.lowXHighY(), captionFont, plotLeft + 6,
                clearOf(plotTop + 5, plotLeft + 6, width(q.lowXHighY(), captionFont), xTotalBox),
                false, false);
        double topRightWidth = width(q.highXHighY(), captionFont);
        double topRightY = clearOf(plotTop + 5, plotRight - 6 - topRightWidth, topRightWidth, xTotalBox);
        if (topRightY == topLeft.y() && plotRight - 6 - topRightWidth < topLeft.right() + 8) {
            topRightY += captionStep;
        }
        fixed.add(topLeft);
        fixed.add(caption(nodes, q.highXHighY(), captionFont, plotRight - 6, topRightY, true, false));
        Box bottomLeft = caption(nodes, q.lowXLowY(), captionFont, plotLeft + 6, plotBottom - 5, false, true);
        double bottomRightWidth = width(q.highXLowY(), captionFont);
        double bottomRightY = plotRight - 6 - bottomRightWidth < bottomLeft.right() + 8 ? plotBottom - 5 - captionStep
                : plotBottom - 5;
        fixed.add(bottomLeft);
        fixed.add(caption(nodes, q.highXLowY(), captionFont, plotRight - 6, bottomRightY, true, true));

        // points, largest first so that small ones stay visible on top
        int maxBase = 1;
        for (MapPoint p : model.points()) {
            maxBase = Math.max(maxBase, p.base());
        }
        Font labelFont = ChartFonts.font(LABEL_SIZE);
        double labelHeight = TextFit.lineHeight(labelFont);
        List<Anchor> anchors = new ArrayList<>();
        List<MapPoint> points = model.points();
        for (MapPoint p : points) {
            double r = radius(p.base(), maxBase);
            anchors.add(new Anchor(sx.at(p.x()), sy.at(p.y()), r, TextFit.width(p.fullLabel(), labelFont),
                    labelHeight));
        }
        anchors.add(new Anchor(tx, ty, 6, TextFit.width(model.totalLabel(), labelFont), labelHeight));
        Box inner = new Box(plotLeft + 3, plotTop + 3, plot.w() - 6, plot.h() - 6);
        List<Placement> placements = LabelPlacer.place(anchors, inner, fixed);

        List<Integer> drawOrder = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            drawOrder.add(i);
        }
        drawOrder.sort(Comparator.comparingInt((Integer i) -> points.get(i).base()).reversed());
        for (int i : drawOrder) {
            MapPoint p = points.get(i);
            Anchor a = anchors.get(i);
            Circle circle = new Circle(a.x(), a.y(), a.radius());
            switch (p.emphasis()) {
                case SIGNIFICANT -> {
                    circle.setFill(STRONG.deriveColor(0, 1, 1, 0.88));
                    circle.setStroke(Color.WHITE);
                }
                case PLAIN -> {
                    circle.setFill(LIGHT.deriveColor(0, 1, 1, 0.85));
                    circle.setStroke(Color.WHITE);
                }
                case SMALL_BASE -> {
                    circle.setFill(Color.WHITE.deriveColor(0, 1, 1, 0.6));
                    circle.setStroke(HOLLOW);
                    circle.getStrokeDashArray().setAll(2.5, 2.0);
                }
            }
            circle.setStrokeWidth(1.2);
            add(nodes, circle);
        }
        Polygon diamond = new Polygon(tx, ty - 6, tx + 6, ty, tx, ty + 6, tx - 6, ty);
        diamond.setFill(TOTAL_LINE);
        diamond.setStroke(Color.WHITE);
        add(nodes, diamond);

        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            Placement placement = placements.get(i);
            Anchor a = anchors.get(i);
            Box box = placement.box();
            boxes.add(box);
            if (placement.detached()) {
                add(nodes, leader(a, box));
            }
            boolean total = i == points.size();
            Emphasis emphasis = total ? Emphasis.SIGNIFICANT : points.get(i).emphasis();
            String content = total ? model.totalLabel() : points.get(i).fullLabel();
            Text label = text(content, labelFont, emphasis == Emphasis.SMALL_BASE ? MUTED : INK);
            if (total) {
                embolden(label);
            }
            place(nodes, label, box.x(), box.y());
        }
        labelBoxes = List.copyOf(boxes);

        key(nodes, left, keyTop, width, ChartFonts.font(KEY_SIZE));
    }

    /**
     * The key: the three kinds of point (flowing onto more lines when narrow), then what the size means and the base
     * rule; adds its nodes when given a list and returns its height.
     */
    private double key(List<Node> nodes, double left, double top, double width, Font font) {
        double line = TextFit.lineHeight(font);
        double x = left;
        double y = top;
        String[] texts = {model.key().significant(), model.key().plain(), model.key().smallBase()};
        Emphasis[] kinds = {Emphasis.SIGNIFICANT, Emphasis.PLAIN, Emphasis.SMALL_BASE};
        for (int k = 0; k < texts.length; k++) {
            double entry = 14 + TextFit.width(texts[k], font);
            if (x > left && x + entry > left + width) {
                x = left;
                y += line + 4;
            }
            if (nodes != null) {
                Circle swatch = new Circle(x + 5, y + line / 2, 5);
                switch (kinds[k]) {
                    case SIGNIFICANT -> swatch.setFill(STRONG);
                    case PLAIN -> swatch.setFill(LIGHT);
                    case SMALL_BASE -> {
                        swatch.setFill(Color.WHITE);
                        swatch.setStroke(HOLLOW);
                        swatch.getStrokeDashArray().setAll(2.0, 1.5);
                    }
                }
                add(nodes, swatch);
                place(nodes, text(texts[k], font, INK), x + 14, y);
            }
            x += entry + 18;
        }
        y += line + 4;
        for (String note : List.of(model.key().size(), model.key().base())) {
            Text text = text(note, font, MUTED);
            text.setWrappingWidth(width);
            if (nodes != null) {
                place(nodes, text, left, y);
            }
            y += text.getLayoutBounds().getHeight() + 2;
        }
        return y - top;
    }

    /** Circle radius: area proportional to the base, never smaller than {@link #MIN_RADIUS}. */
    static double radius(int base, int maxBase) {
        return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt((double) base / Math.max(1, maxBase)));
    }

    /** A thin line from the circle's edge to the nearest point of its label's box. */
    private static Line leader(Anchor a, Box box) {
        double bx = Math.max(box.x(), Math.min(a.x(), box.right()));
        double by = Math.max(box.y(), Math.min(a.y(), box.bottom()));
        double dx = bx - a.x();
        double dy = by - a.y();
        double d = Math.hypot(dx, dy);
        double sx = d > 0 ? a.x() + dx / d * a.radius() : a.x();
        double sy = d > 0 ? a.y() + dy / d * a.radius() : a.y();
        return line(sx, sy, bx, by, RULE, 0.8);
    }

    /** The top of a caption at {@code y}, moved a line down while its span [x, x+w] would meet {@code obstacle}. */
    private static double clearOf(double y, double x, double w, Box obstacle) {
        boolean sameColumns = x < obstacle.right() + 6 && obstacle.x() < x + w + 6;
        return sameColumns && y < obstacle.bottom() + 2 ? obstacle.bottom() + 3 : y;
    }

    private static double width(String content, Font font) {
        return TextFit.width(content, font);
    }

    private static Box caption(List<Node> nodes, String content, Font font, double x, double y, boolean alignRight,
            boolean alignBottom) {
        Text caption = text(content, font, CAPTION);
        double w = caption.getLayoutBounds().getWidth();
        double h = caption.getLayoutBounds().getHeight();
        return placeBox(nodes, caption, alignRight ? x - w : x, alignBottom ? y - h : y);
    }

    private static Box placeBox(List<Node> nodes, Text text, double x, double y) {
        place(nodes, text, x, y);
        return new Box(text.getX(), text.getY(), text.getLayoutBounds().getWidth(),
                text.getLayoutBounds().getHeight());
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
    private record Scale(double min, double max, double from, double to) {
        double at(double v) {
            return from + (to - from) * (v - min) / (max - min);
        }
    }
}
