package com.surveypivot.export;

import com.surveypivot.chart.BandChartModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A band chart's numbers as a native chart takes them: categories (the bars, top to bottom) and series (the
 * stacked segments, or the bars of each option group), each with its colour and its values as fractions (0–1).
 *
 * <p>Stacked (single-choice and scales): categories are the bars, "全体 (n=1,000)" first then the segments in
 * category order; series are the answers in their natural order with the band chart's colours. Grouped
 * (multi-response): categories are the options in order; series are the Total and the segments ("(n=…)" in their
 * names), Total first.
 *
 * @param stacked    100% stacked bars (else clustered bars)
 * @param categories category labels, top to bottom
 * @param series     the series in legend order
 */
record BandSeries(boolean stacked, List<String> categories, List<Series> series) {

    /** One series: its name, its colour ("#RRGGBB") and one value per category (fractions of the bar's base). */
    record Series(String name, String color, double[] values) {
    }

    BandSeries {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    static BandSeries of(BandChartModel model) {
        List<String> categories = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        if (model.layout() == BandChartModel.Layout.STACKED) {
            for (BandChartModel.Bar bar : model.bars()) {
                categories.add(bar.fullLabel());
            }
            for (int a = 0; a < model.legend().size(); a++) {
                double[] values = new double[model.bars().size()];
                for (int b = 0; b < values.length; b++) {
                    values[b] = model.bars().get(b).segments().get(a).percent() / 100;
                }
                BandChartModel.LegendEntry entry = model.legend().get(a);
                series.add(new Series(entry.label(), entry.color(), values));
            }
            return new BandSeries(true, categories, series);
        }
        for (BandChartModel.BarGroup group : model.groups()) {
            categories.add(group.label());
        }
        for (int s = 0; s < model.legend().size(); s++) {
            double[] values = new double[model.groups().size()];
            for (int g = 0; g < values.length; g++) {
                values[g] = model.groups().get(g).bars().get(s).percent() / 100;
            }
            BandChartModel.LegendEntry entry = model.legend().get(s);
            series.add(new Series(entry.label(), entry.color(), values));
        }
        return new BandSeries(false, categories, series);
    }
}
