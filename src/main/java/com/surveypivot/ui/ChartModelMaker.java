package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.chart.ChartBasis;
import com.surveypivot.chart.ChartKind;
import com.surveypivot.chart.ChartSettings;
import com.surveypivot.survey.Question;
import java.util.Locale;

/**
 * The chart the window shows: the table drawn as the chart settings ask, with the filter and weight of the table
 * options stated under it. A kind that does not fit the table (lines on an unordered attribute, top box of a
 * question that is no scale) or a sort answer the table lacks falls back to the 100% band in category order.
 */
final class ChartModelMaker {
    private ChartModelMaker() {
    }

    static BandChartModel make(Crosstab table, ChartSettings settings, TableOptionsModel options, Locale locale) {
        Question weight = options.weightProperty().get();
        ChartBasis basis = new ChartBasis(options.filter(), weight == null ? null : weight.id());
        try {
            return BandChartModel.from(table, settings, basis, locale);
        } catch (IllegalArgumentException misfit) {
            ChartSettings band = settings.withKind(ChartKind.BAND).withSortBy(null);
            return BandChartModel.from(table, band, basis, locale);
        }
    }
}
