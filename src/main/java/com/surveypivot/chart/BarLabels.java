package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.embolden;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;

import com.surveypivot.chart.BandChartModel.Bar;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** The label column left of the bars: "name (n=…)" right-aligned, wrapped when long, the base always kept. */
final class BarLabels {
    private BarLabels() {
    }

    /** The label column: as wide as the widest label, but at most about a third of the chart. */
    static double columnWidth(double width, List<String> labels, Font font) {
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, TextFit.width(label, font));
        }
        return Math.max(Math.min(80, width * 0.3), Math.min(Math.ceil(widest) + 2, width * 0.34));
    }

    /** A bar's label, right-aligned: "name (n=…)" on one line when it fits, else the name wrapped, then the n. */
    static void bar(List<Node> nodes, Bar bar, Font font, double lineHeight, double right, double width,
            double centre, double pitch) {
        List<String> lines = new ArrayList<>();
        if (TextFit.width(bar.fullLabel(), font) <= width) {
            lines.add(bar.fullLabel());
        } else {
            int nameLines = Math.max(1, (int) Math.floor(pitch / lineHeight) - 1);
            lines.addAll(TextFit.wrap(bar.label(), font, width, nameLines));
            lines.add(bar.nLabel() + bar.baseMark());
        }
        block(nodes, lines, font, bar.total(), lineHeight, right, centre);
    }

    /** Lines of text right-aligned at {@code right}, centred vertically on {@code centre}. */
    static void block(List<Node> nodes, List<String> lines, Font font, boolean bold, double lineHeight,
            double right, double centre) {
        double y = centre - lines.size() * lineHeight / 2;
        for (String line : lines) {
            Text text = text(line, font, BandChart.INK);
            text.setTextAlignment(TextAlignment.RIGHT);
            if (bold) {
                embolden(text);
            }
            place(nodes, text, right - text.getLayoutBounds().getWidth(), y);
            y += lineHeight;
        }
    }
}
