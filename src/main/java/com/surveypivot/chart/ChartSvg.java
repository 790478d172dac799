package com.surveypivot.chart;

import com.surveypivot.export.ExportException;
import com.surveypivot.export.SvgExport;
import com.surveypivot.export.SvgShape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * A chart as vector shapes for SVG, taken from the very nodes that are drawn on screen and in the PNG: the chart
 * is laid out off-screen at the width the PNG uses, then its rectangles, lines, circles, polylines and texts
 * (one SVG text per drawn line, in the font the chart set) are read back in the chart's coordinates.
 */
public final class ChartSvg {
    /**
     * A drawing ready to be written.
     *
     * @param width  points
     * @param height points
     * @param shapes back to front
     * @param title  the document's title (the chart's)
     */
    public record Drawing(double width, double height, List<SvgShape> shapes, String title) {
        public Drawing {
            shapes = List.copyOf(shapes);
        }

        /** The SVG document. */
        public String svg() {
            return SvgExport.svg(width, height, shapes, title);
        }

        /** Writes the SVG file (temporary file, then an atomic move). */
        public void write(Path file) throws ExportException {
            SvgExport.write(width, height, shapes, title, file);
        }
    }

    private ChartSvg() {
    }

    /** The band chart at the PNG's width. */
    public static Drawing of(BandChartModel model, String caption) {
        return of(() -> CaptionedChart.of(new BandChart(model), caption, BandChart.PREF_WIDTH), BandChart.PREF_WIDTH,
                model.title());
    }

    /** Any chart region, made on the JavaFX thread, laid out {@code width} points wide. */
    public static Drawing of(Supplier<? extends Region> chart, double width, String title) {
        return ChartImages.onFx(() -> {
            Region region = chart.get();
            var scene = ChartImages.prepare(region, width);
            List<SvgShape> shapes = new ArrayList<>();
            Point2D origin = region.localToScene(0, 0);
            walk(region, origin, 1, shapes);
            Drawing drawing = new Drawing(region.getWidth(), region.getHeight(), shapes, title);
            scene.setRoot(new javafx.scene.Group());
            return drawing;
        });
    }

    private static void walk(Node node, Point2D origin, double opacity, List<SvgShape> out) {
        if (!node.isVisible()) {
            return;
        }
        double alpha = opacity * node.getOpacity();
        if (node instanceof Region region && region.getBackground() != null) {
            Bounds b = bounds(region, origin);
            for (BackgroundFill fill : region.getBackground().getFills()) {
                if (fill.getFill() instanceof Color c && c.getOpacity() > 0) {
                    out.add(new SvgShape.Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), hex(c), null, 0,
                            alpha * c.getOpacity()));
                }
            }
        }
        if (node instanceof Text text) {
            text(text, origin, alpha, out);
        } else if (node instanceof Rectangle r) {
            Point2D p = at(r, r.getX(), r.getY(), origin);
            out.add(new SvgShape.Rect(p.getX(), p.getY(), r.getWidth(), r.getHeight(), hex(r.getFill()),
                    hex(r.getStroke()), r.getStroke() == null ? 0 : r.getStrokeWidth(), alpha * alphaOf(r.getFill())));
        } else if (node instanceof Line l) {
            Point2D a = at(l, l.getStartX(), l.getStartY(), origin);
            Point2D b = at(l, l.getEndX(), l.getEndY(), origin);
            out.add(new SvgShape.Line(a.getX(), a.getY(), b.getX(), b.getY(), hex(l.getStroke()), l.getStrokeWidth(),
                    dash(l), alpha * alphaOf(l.getStroke())));
        } else if (node instanceof Circle c) {
            Point2D p = at(c, c.getCenterX(), c.getCenterY(), origin);
            out.add(new SvgShape.Circle(p.getX(), p.getY(), c.getRadius(), hex(c.getFill()), hex(c.getStroke()),
                    c.getStroke() == null ? 0 : c.getStrokeWidth(), dash(c), alpha * alphaOf(c.getFill())));
        } else if (node instanceof Polyline || node instanceof Polygon) {
            Shape line = (Shape) node;
            List<Double> points = line instanceof Polygon polygon ? polygon.getPoints() : ((Polyline) line).getPoints();
            double[] xy = new double[points.size()];
            for (int i = 0; i + 1 < points.size(); i += 2) {
                Point2D p = at(line, points.get(i), points.get(i + 1), origin);
                xy[i] = p.getX();
                xy[i + 1] = p.getY();
            }
            out.add(new SvgShape.Polyline(xy, hex(line.getStroke()), line.getStroke() == null ? 0 : line.getStrokeWidth(),
                    hex(line.getFill()), alpha, line instanceof Polygon));
        } else if (node instanceof Shape shape) {
            throw new IllegalStateException("no SVG for a " + shape.getClass().getSimpleName());
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, origin, alpha, out);
            }
        }
    }

    /** One SVG text per drawn line of a (possibly wrapped) text node, at its baseline. */
    private static void text(Text text, Point2D origin, double alpha, List<SvgShape> out) {
        String content = text.getText();
        if (content == null || content.isEmpty()) {
            return;
        }
        Bounds layout = text.getLayoutBounds();
        double firstBaseline = layout.getMinY() + text.getBaselineOffset();
        String family = text.getFont().getFamily();
        boolean bold = text.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold");
        Paint stroke = text.getStroke();
        double strokeWidth = stroke == null ? 0 : text.getStrokeWidth();
        double firstTop = Double.NaN;
        int start = 0;
        double lineTop = Double.NaN;
        double lineX = 0;
        for (int i = 0; i <= content.length(); i++) {
            double top = Double.NaN;
            double x = 0;
            if (i < content.length()) {
                PathElement[] caret = text.caretShape(i, true);
                if (caret.length > 0 && caret[0] instanceof MoveTo move) {
                    top = move.getY();
                    x = move.getX();
                }
            }
            boolean newLine = i == content.length() || (!Double.isNaN(lineTop) && Math.abs(top - lineTop) > 0.5);
            if (newLine && i > start) {
                String line = content.substring(start, i).replaceAll("[\\s\\u3000]+$", "");
                if (!line.isEmpty()) {
                    double baseline = firstBaseline + (lineTop - firstTop);
                    Point2D p = at(text, lineX, baseline, origin);
                    out.add(new SvgShape.Text(p.getX(), p.getY(), line, family, text.getFont().getSize(), bold,
                            hex(text.getFill()), hex(stroke), strokeWidth, alpha * alphaOf(text.getFill())));
                }
                start = i;
            }
            if (i < content.length() && (newLine || Double.isNaN(lineTop))) {
                lineTop = top;
                lineX = x;
                if (Double.isNaN(firstTop)) {
                    firstTop = top;
                }
            }
        }
    }

    private static Point2D at(Node node, double x, double y, Point2D origin) {
        Point2D p = node.localToScene(x, y);
        return new Point2D(p.getX() - origin.getX(), p.getY() - origin.getY());
    }

    private static Bounds bounds(Region region, Point2D origin) {
        Bounds b = region.localToScene(new javafx.geometry.BoundingBox(0, 0, region.getWidth(), region.getHeight()));
        return new javafx.geometry.BoundingBox(b.getMinX() - origin.getX(), b.getMinY() - origin.getY(), b.getWidth(),
                b.getHeight());
    }

    private static double[] dash(Shape shape) {
        return shape.getStrokeDashArray().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double alphaOf(Paint paint) {
        return paint instanceof Color c ? c.getOpacity() : 1;
    }

    /** "#RRGGBB" of a colour; null for none (or a paint that is not a plain colour). */
    static String hex(Paint paint) {
        if (!(paint instanceof Color c)) {
            return null;
        }
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
