package com.surveypivot.chart;

import com.surveypivot.analysis.Filter;
import com.surveypivot.i18n.Messages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines under a chart, in the report language: the base (the Total's n, the filter, the weight), then what
 * the significance marks and the low-base marks mean when the chart shows any.
 */
final class ChartNotes {
    private ChartNotes() {
    }

    static List<String> lines(ChartModels.Context c, boolean marked) {
        Locale l = c.locale();
        List<String> parts = new ArrayList<>();
        String n = NumberFormat.getIntegerInstance(l).format(c.table().total().unweightedBase());
        parts.add(Messages.get(l, "chart.note.base", n));
        Filter filter = c.basis().filter();
        if (filter != null) {
            parts.add(Messages.get(l, "chart.note.filter", describe(filter, l, true)));
        }
        if (c.basis().weight() != null) {
            parts.add(Messages.get(l, "chart.note.weight", c.basis().weight()));
        } else if (c.table().weighted()) {
            parts.add(Messages.get(l, "chart.weighted"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.join(Messages.get(l, "chart.note.separator"), parts));
        if (marked) {
            long level = Math.round(c.table().options().level() * 100);
            lines.add(Messages.get(l, "chart.note.marks", ChartModels.UP, ChartModels.DOWN, level,
                    c.table().options().minBase()));
        }
        boolean small = false;
        for (int column : c.order()) {
            small |= !c.baseMark(column).isEmpty();
        }
        if (small) {
            lines.add(Messages.get(l, "chart.note.lowBase", ChartModels.CAUTION, c.table().options().smallBase(),
                    ChartModels.REFERENCE, c.table().options().minBase()));
        }
        return lines;
    }

    /** A filter in words: "業種 = 製造, IT・通信 and not (役職 = 一般社員)". */
    static String describe(Filter filter, Locale l, boolean top) {
        if (filter instanceof Filter.Answer answer) {
            return Messages.get(l, "chart.filter.answer", answer.question().id(),
                    String.join(Messages.get(l, "chart.filter.or"), answer.labels()));
        }
        if (filter instanceof Filter.Not not) {
            return Messages.get(l, "chart.filter.not", describe(not.part(), l, false));
        }
        List<Filter> parts = filter instanceof Filter.All all ? all.parts() : ((Filter.Any) filter).parts();
        String joiner = Messages.get(l, filter instanceof Filter.All ? "chart.filter.and" : "chart.filter.anyOf");
        List<String> words = new ArrayList<>();
        for (Filter part : parts) {
            words.add(describe(part, l, false));
        }
        String joined = String.join(joiner, words);
        return top || parts.size() < 2 ? joined : "(" + joined + ")";
    }
}
