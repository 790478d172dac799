package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.chart.ChartBasis;
import com.surveypivot.chart.ChartKind;
import com.surveypivot.chart.ChartSettings;
import com.surveypivot.workspace.PivotState;
import java.util.Locale;

/**
 * The chart the window shows: the table drawn as the workspace's chart settings ask, with the filter and weight of
 * the table stated under it. A kind that does not fit the table (lines on an unordered attribute, top box of a
 * question that is no scale) or a sort answer the table lacks falls back to the 100% band in category order.
 * Also converts between the workspace's saved chart settings (plain strings) and the chart's own.
 */
final class ChartModelMaker {
    private ChartModelMaker() {
    }

    static BandChartModel make(Crosstab table, PivotState state, TableSpec spec, Locale locale) {
        ChartBasis basis = new ChartBasis(spec.filter(), state.weight());
        ChartSettings settings = toChart(state.chart());
        try {
            return BandChartModel.from(table, settings, basis, locale);
        } catch (IllegalArgumentException misfit) {
            ChartSettings band = settings.withKind(ChartKind.BAND).withSortBy(null);
            return BandChartModel.from(table, band, basis, locale);
        }
    }

    /** The chart's settings of the workspace's saved ones (an unknown kind draws the band). */
    static ChartSettings toChart(com.surveypivot.workspace.ChartSettings saved) {
        ChartKind kind = ChartKind.parse(saved.kind());
        Locale language = saved.reportLanguage().isEmpty() ? null : Locale.forLanguageTag(saved.reportLanguage());
        return new ChartSettings(kind == null ? ChartKind.BAND : kind, saved.decimals(), saved.sortBy(), language);
    }

    /** The workspace's saved settings of the chart's. */
    static com.surveypivot.workspace.ChartSettings toSaved(ChartSettings settings) {
        return new com.surveypivot.workspace.ChartSettings(settings.kind().cliName(), settings.decimals(),
                settings.language() == null ? "" : settings.language().toLanguageTag(),
                settings.sortBy() == null ? "" : settings.sortBy());
    }
}
