package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.i18n.Messages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The line under the chart that says which Total the grid beside it uses when that is not the chart's own: with the
 * grid's Total set to "everyone who answered the question", the chart's Total bar is still the table's respondents
 * (who answered the question and the attribute), so the chart (in the window and in every saved image) states both
 * bases, right after its base line.
 */
final class ChartTotalNote {
    private ChartTotalNote() {
    }

    /**
     * The chart with the grid's Total stated, or the chart as it is when the grid uses the table's Total.
     *
     * @param chart the chart of {@code table}
     * @param table the table the chart and grid are of
     * @param wide  the question's table without the attribute whose Total the grid shows, or null when the grid
     *              shows the table's own Total
     * @param locale the chart's language
     */
    static BandChartModel with(BandChartModel chart, Crosstab table, Crosstab wide, Locale locale) {
        if (chart == null || table == null || wide == null || table.by() == null) {
            return chart;
        }
        NumberFormat n = NumberFormat.getIntegerInstance(locale);
        String line = Messages.get(locale, "pivot.chart.gridTotal", table.question().id(),
                n.format(wide.total().unweightedBase()), table.by().id(),
                n.format(table.total().unweightedBase()));
        List<String> notes = new ArrayList<>(chart.notes());
        notes.add(notes.isEmpty() ? 0 : 1, line);
        return new BandChartModel(chart.layout(), chart.title(), chart.subtitle(), chart.legend(), chart.bars(),
                chart.groups(), chart.axisMax(), chart.kind(), chart.lines(), notes, chart.percent());
    }
}
