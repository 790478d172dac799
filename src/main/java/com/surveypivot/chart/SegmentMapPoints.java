package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.add;
import static com.surveypivot.chart.ChartText.embolden;
import static com.surveypivot.chart.ChartText.line;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;
import static com.surveypivot.chart.SegmentMap.HOLLOW;
import static com.surveypivot.chart.SegmentMap.INK;
import static com.surveypivot.chart.SegmentMap.LABEL_SIZE;
import static com.surveypivot.chart.SegmentMap.LIGHT;
import static com.surveypivot.chart.SegmentMap.MUTED;
import static com.surveypivot.chart.SegmentMap.RULE;
import static com.surveypivot.chart.SegmentMap.STRONG;
import static com.surveypivot.chart.SegmentMap.TOTAL_LINE;
import static com.surveypivot.chart.SegmentMap.radius;

import com.surveypivot.chart.LabelPlacer.Anchor;
import com.surveypivot.chart.LabelPlacer.Box;
import com.surveypivot.chart.LabelPlacer.Placement;
import com.surveypivot.chart.SegmentMap.Scale;
import com.surveypivot.chart.SegmentMapModel.Emphasis;
import com.surveypivot.chart.SegmentMapModel.MapPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The points of a {@link SegmentMap}: a circle per segment, the Total's diamond, and their labels. */
final class SegmentMapPoints {
    private SegmentMapPoints() {
    }

    /**
     * Draws the points and their labels, placed inside the plot clear of {@code fixed}; returns the label boxes (the
     * segments', then the Total's).
     */
    static List<Box> draw(SegmentMapModel model, List<Node> nodes, Scale sx, Scale sy, double tx, double ty,
            double plotLeft, double plotTop, Box plot, List<Box> fixed) {
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
        return List.copyOf(boxes);
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
}
