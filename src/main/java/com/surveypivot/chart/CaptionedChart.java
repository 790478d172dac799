package com.surveypivot.chart;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/** A chart with the user's note under it as a caption, as saved images and the clipboard carry it. */
public final class CaptionedChart {
    static final double CAPTION_SIZE = 13;
    static final double CAPTION_PAD = 16;

    private CaptionedChart() {
    }

    /** The chart with {@code caption} under it, wrapped to {@code width}; the chart alone when there is none. */
    public static Region of(Region chart, String caption, double width) {
        if (caption == null || caption.isBlank()) {
            return chart;
        }
        // a Text, not a Label: it measures itself without a skin, as the off-screen snapshot needs
        Text text = new Text(caption.strip());
        text.setId("chartCaption");
        text.setFont(ChartFonts.font(CAPTION_SIZE));
        text.setFill(Color.web("#222222"));
        text.setWrappingWidth(width - 2 * CAPTION_PAD);
        VBox under = new VBox(text);
        under.setPadding(new Insets(4, CAPTION_PAD, 14, CAPTION_PAD));
        VBox box = new VBox(chart, under);
        box.setFillWidth(true);
        box.setBackground(Background.fill(Color.WHITE));
        return box;
    }
}
