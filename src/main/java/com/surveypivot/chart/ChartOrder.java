package com.surveypivot.chart;

import com.surveypivot.analysis.ColumnGroup;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The order of a chart's bars: the Total first, then the segments in category order or sorted by an answer. */
final class ChartOrder {
    private ChartOrder() {
    }

    /** Every column in the table's order (Total first). */
    static List<Integer> inOrder(Crosstab table) {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            order.add(c);
        }
        return order;
    }

    /**
     * The Total, then the segments by the % of the answer, NET or top box named by {@code sortBy}, highest first
     * (within each banner group; ties and empty columns keep their order); category order when {@code sortBy} is
     * null.
     *
     * @throws IllegalArgumentException (translated) when the table has no such answer or NET
     */
    static List<Integer> columns(Crosstab table, String sortBy, Locale locale) {
        List<Integer> order = inOrder(table);
        if (sortBy == null) {
            return order;
        }
        int row = row(table, sortBy);
        if (row < 0) {
            throw new IllegalArgumentException(Messages.get(locale, "chart.error.sort", sortBy, table.question().id()));
        }
        TableRow by = table.rows().get(row);
        List<Integer> segments = new ArrayList<>(order.subList(1, order.size()));
        segments.sort(Comparator.<Integer>comparingInt(c -> groupIndex(table, c))
                .thenComparingDouble(c -> Double.isNaN(by.percent(c)) ? Double.POSITIVE_INFINITY : -by.percent(c)));
        List<Integer> sorted = new ArrayList<>();
        sorted.add(0);
        sorted.addAll(segments);
        return sorted;
    }

    /** The row an answer, NET or {@link ChartSettings#SORT_TOP_BOX} names; -1 when none. */
    static int row(Crosstab table, String name) {
        if (name.equalsIgnoreCase(ChartSettings.SORT_TOP_BOX)) {
            return topBox(table);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            if (table.rows().get(r).label().strip().equals(name.strip())) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The top box row: the NET of the scale's first answers (the engine's automatic top-2 of a 4- or 5-point
     * scale, top-3 of a 7-point one); -1 when the table has none.
     */
    static int topBox(Crosstab table) {
        List<String> categories = table.question().categories();
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            List<String> members = row.members();
            if (row.net() && members.size() >= 2 && members.size() < categories.size()
                    && members.equals(categories.subList(0, members.size()))) {
                return r;
            }
        }
        return -1;
    }

    private static int groupIndex(Crosstab table, int column) {
        ColumnGroup group = table.groupOf(column);
        return group == null ? 0 : table.groups().indexOf(group);
    }
}
