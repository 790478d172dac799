package com.surveypivot.chart;

import com.surveypivot.chart.BandChartModel.BarGroup;
import com.surveypivot.chart.BandChartModel.GroupBar;
import com.surveypivot.chart.BandChartModel.LegendEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Grouped bars: one group per answer (or option of a multi-response question) in answer order, in each one bar
 * per series: the Total (dark grey), then the segments in the chart's order (distinct hues). Values are % of each
 * series' respondents, or (weighted) counts.
 */
final class GroupedModel {
    private GroupedModel() {
    }

    static BandChartModel build(ChartModels.Context c, boolean percent) {
        List<String> colours = new ArrayList<>();
        colours.add(ChartPalette.TOTAL);
        colours.addAll(ChartPalette.qualitative(c.order().size() - 1));
        List<LegendEntry> legend = new ArrayList<>();
        for (int s = 0; s < c.order().size(); s++) {
            legend.add(new LegendEntry(c.seriesLabel(c.order().get(s)), colours.get(s)));
        }
        List<BarGroup> groups = new ArrayList<>();
        double max = 0;
        boolean marked = false;
        for (int row : c.answers()) {
            List<GroupBar> bars = new ArrayList<>();
            for (int s = 0; s < c.order().size(); s++) {
                int column = c.order().get(s);
                double share = ChartModels.finite(c.row(row).percent(column));
                double count = ChartModels.finite(c.row(row).count(column));
                double value = percent ? share : count;
                max = Math.max(max, value);
                String mark = c.mark(row, column);
                marked |= !mark.isEmpty();
                bars.add(new GroupBar(legend.get(s).label(), share, colours.get(s),
                        percent ? c.value(share) : c.count(count), value, mark));
            }
            groups.add(new BarGroup(c.row(row).label(), bars));
        }
        double axisMax = percent ? ChartModels.niceMax(max) : ChartModels.niceCountMax(max);
        return ChartModels.model(c, BandChartModel.Layout.GROUPED, legend, List.of(), groups, axisMax, List.of(),
                percent, marked);
    }
}
