package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.add;
import static com.surveypivot.chart.ChartText.line;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;
import static com.surveypivot.chart.SegmentMap.CAPTION;
import static com.surveypivot.chart.SegmentMap.CAPTION_SIZE;
import static com.surveypivot.chart.SegmentMap.TICK_SIZE;
import static com.surveypivot.chart.SegmentMap.TOTAL_LINE;

import com.surveypivot.chart.LabelPlacer.Box;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The guides drawn over a {@link SegmentMap}'s plot: the Total's dashed cross-lines with their values, and the
 * quadrant captions in the corners.
 */
final class SegmentMapGuides {
    private SegmentMapGuides() {
    }

    /**
     * Draws the guides with the Total at ({@code tx}, {@code ty}) and returns the boxes the point labels should keep
     * off.
     */
    static List<Box> draw(SegmentMapModel model, List<Node> nodes, double plotLeft, double plotTop, double plotRight,
            double plotBottom, Box plot, double tx, double ty) {
        // the Total cross-lines and their values
        List<Box> fixed = new ArrayList<>();
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
        return fixed;
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
}
