package com.surveypivot.chart;

import static com.surveypivot.chart.ChartText.add;
import static com.surveypivot.chart.ChartText.place;
import static com.surveypivot.chart.ChartText.text;

import com.surveypivot.chart.BandChartModel.BarGroup;
import com.surveypivot.chart.BandChartModel.GroupBar;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Draws a {@link BandChartModel.Layout#GROUPED} chart: per answer a block of bars, values at the bar ends. */
final class GroupedBody {
    private GroupedBody() {
    }

    static double height(BandChartModel model) {
        return model.groups().size() * (model.legend().size() * BandChart.GROUP_BAR_PITCH + BandChart.GROUP_GAP);
    }

    /** Draws the groups; with {@code picks} (null: none), each group's label can be clicked to pick its answer. */
    static void draw(List<Node> nodes, BandChartModel model, double left, double top, double width, double height,
            LegendPicks picks, Node chart) {
        List<BarGroup> groups = model.groups();
        int series = model.legend().size();
        double groupPitch = Math.max(series * 3 + 4, height / Math.max(1, groups.size()));
        double gap = Math.min(BandChart.GROUP_GAP, groupPitch * 0.25);
        double barPitch = (groupPitch - gap) / series;
        double barHeight = Math.max(2, barPitch - Math.min(2, barPitch * 0.15));
        Font labelFont = ChartFonts.font(BandChart.LABEL_SIZE);
        Font valueFont = ChartFonts.font(BandChart.VALUE_SIZE);
        double lineHeight = TextFit.lineHeight(labelFont);
        double labelWidth = BarLabels.columnWidth(width, groups.stream().map(BarGroup::label).toList(), labelFont);
        double plotX = left + labelWidth + 10;
        String widest = model.percent() ? "100.00▲" : ChartAxis.tick(model.axisMax(), false) + "▲";
        double plotWidth = left + width - plotX - TextFit.width(widest, valueFont) - 8;
        double max = model.axisMax();
        double step = ChartAxis.step(max, model.percent());
        double bottom = top + groups.size() * groupPitch;
        ChartAxis.gridLines(nodes, plotX, plotWidth, top, bottom - gap, max, step);
        double y = top;
        for (BarGroup group : groups) {
            double block = groupPitch - gap;
            int lines = Math.max(1, (int) Math.floor(block / lineHeight));
            int before = nodes == null ? 0 : nodes.size();
            if (nodes != null && picks != null) {
                add(nodes, picks.hitArea(group.label(), left, y, labelWidth + 6, block, chart));
                before++;
            }
            BarLabels.block(nodes, TextFit.wrap(group.label(), labelFont, labelWidth, lines), labelFont, false,
                    lineHeight, plotX - 10, y + block / 2);
            if (nodes != null && picks != null) {
                nodes.subList(before, nodes.size()).forEach(n -> n.setMouseTransparent(true));
            }
            for (int s = 0; s < group.bars().size(); s++) {
                GroupBar bar = group.bars().get(s);
                double barTop = y + s * barPitch;
                double w = plotWidth * bar.value() / max;
                Rectangle rect = new Rectangle(plotX, barTop, Math.max(0, w), barHeight);
                rect.setFill(Color.web(bar.color()));
                add(nodes, rect);
                Text value = text(bar.labelText(), valueFont, BandChart.INK);
                double th = value.getLayoutBounds().getHeight();
                if (th <= barPitch + 3) {
                    place(nodes, value, plotX + w + 3, barTop + (barHeight - th) / 2);
                }
            }
            y += groupPitch;
        }
        ChartAxis.axis(nodes, plotX, plotWidth, top, bottom - gap, max, step, model.percent());
    }
}
