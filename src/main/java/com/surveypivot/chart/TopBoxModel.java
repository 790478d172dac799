package com.surveypivot.chart;

import com.surveypivot.analysis.TableRow;
import com.surveypivot.analysis.TopBox;
import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.LegendEntry;
import com.surveypivot.chart.BandChartModel.Segment;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Top-box bars: per column (the Total first, then the segments in category order or sorted), the % who gave one
 * of the scale's top answers: the engine's automatic top box NET (top-2 of a 4- or 5-point scale, top-3 of a
 * 7-point one) with its significance marks; without that NET, the top-2 box of a 4- or 5-point scale.
 */
final class TopBoxModel {
    /** The bars' colour: the strong end of the scale ramp; the Total in dark grey. */
    static final String COLOUR = ChartPalette.diverging(5).get(0);

    private TopBoxModel() {
    }

    static BandChartModel build(ChartModels.Context c) {
        int rowIndex = ChartOrder.topBox(c.table());
        TableRow row = rowIndex >= 0 ? c.row(rowIndex) : TopBox.topTwo(c.table(), c.locale());
        if (row == null) {
            throw new IllegalArgumentException(Messages.get(c.locale(), "chart.error.topbox", c.question().id()));
        }
        List<String> members = rowIndex >= 0 ? row.members() : c.question().categories().subList(0, 2);
        String label = Messages.get(c.locale(), "chart.topbox", members.size(),
                String.join(Messages.get(c.locale(), "chart.topbox.plus"), members));
        List<Bar> bars = new ArrayList<>();
        double max = 0;
        boolean marked = false;
        for (int column : c.order()) {
            double share = ChartModels.finite(row.percent(column));
            max = Math.max(max, share);
            String mark = rowIndex >= 0 ? c.mark(rowIndex, column) : "";
            marked |= !mark.isEmpty();
            boolean total = c.column(column).total();
            Segment segment = new Segment(label, share, total ? ChartPalette.TOTAL : COLOUR, c.value(share), true,
                    share, mark);
            bars.add(new Bar(c.columnLabel(column), c.column(column).unweightedBase(), c.nLabel(column), total,
                    List.of(segment), c.baseMark(column)));
        }
        List<LegendEntry> legend = List.of(new LegendEntry(label, COLOUR));
        return ChartModels.model(c, BandChartModel.Layout.BARS, legend, bars, List.of(), ChartModels.niceMax(max),
                List.of(), true, marked);
    }
}
