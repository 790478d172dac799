package com.surveypivot.chart;

import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.LegendEntry;
import com.surveypivot.chart.BandChartModel.Segment;
import com.surveypivot.survey.QuestionType;
import java.util.ArrayList;
import java.util.List;

/**
 * 100% bands and stacked counts of a single-choice or scale question: a bar per column (the Total first), a
 * segment per answer in answer order, coloured as a ramp for scales and ordered answers.
 */
final class StackedModel {
    private StackedModel() {
    }

    static BandChartModel build(ChartModels.Context c, boolean percent) {
        List<String> answers = c.answers().stream().map(r -> c.row(r).label()).toList();
        List<String> colours = colours(c, answers);
        List<LegendEntry> legend = new ArrayList<>();
        for (int a = 0; a < answers.size(); a++) {
            legend.add(new LegendEntry(answers.get(a), colours.get(a)));
        }
        List<Bar> bars = new ArrayList<>();
        double max = 0;
        boolean marked = false;
        for (int column : c.order()) {
            List<Segment> segments = new ArrayList<>();
            double length = 0;
            for (int a = 0; a < answers.size(); a++) {
                int row = c.answers().get(a);
                double share = ChartModels.finite(c.row(row).percent(column));
                double count = ChartModels.finite(c.row(row).count(column));
                String mark = c.mark(row, column);
                marked |= !mark.isEmpty();
                segments.add(new Segment(answers.get(a), share, colours.get(a),
                        percent ? c.value(share) : c.count(count), share >= BandChartModel.MIN_LABEL_PERCENT,
                        percent ? share : count, mark));
                length += percent ? share : count;
            }
            max = Math.max(max, length);
            bars.add(new Bar(c.columnLabel(column), c.column(column).unweightedBase(), c.nLabel(column),
                    c.column(column).total(), segments, c.baseMark(column)));
        }
        double axisMax = percent ? 100 : ChartModels.niceCountMax(max);
        return ChartModels.model(c, BandChartModel.Layout.STACKED, legend, bars, List.of(), axisMax, List.of(),
                percent, marked);
    }

    /** A diverging ramp for a scale, a sequential one for other ordered answers, distinct hues otherwise. */
    static List<String> colours(ChartModels.Context c, List<String> answers) {
        return ChartPalette.forAnswers(answers, c.question().type() == QuestionType.SCALE, c.question().isOrdered());
    }
}
