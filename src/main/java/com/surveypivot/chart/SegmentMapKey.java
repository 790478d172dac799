package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.add;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;
import static com.surveypivot.chart.SegmentMap.HOLLOW;
import static com.surveypivot.chart.SegmentMap.INK;
import static com.surveypivot.chart.SegmentMap.LIGHT;
import static com.surveypivot.chart.SegmentMap.MUTED;
import static com.surveypivot.chart.SegmentMap.STRONG;

import com.surveypivot.chart.SegmentMapModel.Emphasis;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The key under a {@link SegmentMap}. */
final class SegmentMapKey {
    private SegmentMapKey() {
    }

    /**
     * The key: the three kinds of point (flowing onto more lines when narrow), then what the size means and the base
     * rule; adds its nodes when given a list and returns its height.
     */
    static double key(SegmentMapModel model, List<Node> nodes, double left, double top, double width, Font font) {
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
}
