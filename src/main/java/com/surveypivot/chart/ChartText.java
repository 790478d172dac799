package com.surveypivot.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The drawing helpers {@link BandChart} and {@link SegmentMap} share: text nodes in the chart font with their top
 * at y, placement on whole pixels, unmanaged children, thin lines, the title and subtitle block.
 */
final class ChartText {
    private ChartText() {
    }

    /** A text node whose y is its top. */
    static Text text(String content, Font font, Color colour) {
        Text text = new Text(content);
        text.setFont(font);
        text.setFill(colour);
        text.setTextOrigin(VPos.TOP);
        return text;
    }

    /** Puts {@code text} at whole-pixel (x, y) and adds it to {@code nodes} (when given a list). */
    static void place(List<Node> nodes, Text text, double x, double y) {
        text.setX(Math.round(x));
        text.setY(Math.round(y));
        add(nodes, text);
    }

    /** Adds an unmanaged node to {@code nodes}; does nothing when {@code nodes} is null (measuring only). */
    static void add(List<Node> nodes, Node node) {
        if (nodes != null) {
            node.setManaged(false);
            nodes.add(node);
        }
    }

    static Line line(double x1, double y1, double x2, double y2, Color colour, double width) {
        Line line = new Line(x1, y1, x2, y2);
        line.setStroke(colour);
        line.setStrokeWidth(width);
        return line;
    }

    /** Thickens the strokes of a text whose bold font has no bold face (IPAexGothic has none). */
    static void embolden(Text text) {
        Font font = text.getFont();
        if (!font.getStyle().toLowerCase(Locale.ROOT).contains("bold")) {
            text.setStroke(text.getFill());
            text.setStrokeWidth(font.getSize() * 0.04);
        }
    }

    /** The text nodes among {@code children}. */
    static List<Text> texts(List<Node> children) {
        List<Text> texts = new ArrayList<>();
        for (Node node : children) {
            if (node instanceof Text text) {
                texts.add(text);
            }
        }
        return texts;
    }

    /**
     * The bold title wrapped to {@code width} at (left, top), then the subtitle (if any) in {@code muted}; adds their
     * nodes when given a list and returns the y under them.
     */
    static double titleBlock(List<Node> nodes, String title, String subtitle, Font titleFont, Font subtitleFont,
            Color ink, Color muted, double left, double top, double width) {
        double y = top;
        Text titleText = text(title, titleFont, ink);
        embolden(titleText);
        titleText.setWrappingWidth(width);
        place(nodes, titleText, left, y);
        y += titleText.getLayoutBounds().getHeight() + 2;
        if (!subtitle.isEmpty()) {
            Text subtitleText = text(subtitle, subtitleFont, muted);
            subtitleText.setWrappingWidth(width);
            place(nodes, subtitleText, left, y);
            y += subtitleText.getLayoutBounds().getHeight();
        }
        return y;
    }
}
