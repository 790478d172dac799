package com.surveypivot.chart;

import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.LegendEntry;
import com.surveypivot.chart.BandChartModel.LineSeries;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart across the categories of an ordered attribute (size bands, age groups, positions): one line per
 * answer with its % in each category, the Total as a point apart on the left. Never sorted: the attribute's
 * order is the point of the chart.
 */
final class LineModel {
    private LineModel() {
    }

    static BandChartModel build(ChartModels.Context c) {
        if (c.table().by() == null || !c.table().by().isOrdered() || c.table().by().isMulti()) {
            String by = c.table().by() == null ? "-" : c.table().by().id();
            throw new IllegalArgumentException(Messages.get(c.locale(), "chart.error.line", by));
        }
        List<String> answers = c.answers().stream().map(r -> c.row(r).label()).toList();
        List<String> colours = c.question().isMulti() ? ChartPalette.qualitative(answers.size())
                : StackedModel.colours(c, answers);
        List<Bar> points = new ArrayList<>();
        for (int column : c.order()) {
            points.add(new Bar(c.columnLabel(column), c.column(column).unweightedBase(), c.nLabel(column),
                    c.column(column).total(), List.of(), c.baseMark(column)));
        }
        List<LegendEntry> legend = new ArrayList<>();
        List<LineSeries> lines = new ArrayList<>();
        double max = 0;
        boolean marked = false;
        for (int a = 0; a < answers.size(); a++) {
            int row = c.answers().get(a);
            List<Double> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            for (int column : c.order()) {
                double share = ChartModels.finite(c.row(row).percent(column));
                max = Math.max(max, share);
                values.add(share);
                texts.add(c.value(share));
                String mark = c.mark(row, column);
                marked |= !mark.isEmpty();
                marks.add(mark);
            }
            legend.add(new LegendEntry(answers.get(a), colours.get(a)));
            lines.add(new LineSeries(answers.get(a), colours.get(a), values, texts, marks));
        }
        return ChartModels.model(c, BandChartModel.Layout.LINE, legend, points, List.of(), ChartModels.niceMax(max),
                lines, true, marked);
    }
}
