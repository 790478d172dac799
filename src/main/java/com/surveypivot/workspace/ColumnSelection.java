package com.surveypivot.workspace;

import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.ColumnGroup;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Picks and reorders a computed table's rows or columns, keeping every row's and column's figures as they were. */
final class ColumnSelection {
    private ColumnSelection() {
    }

    /** The table with these rows (indices into its rows), in this order. */
    static Crosstab rows(Crosstab table, List<Integer> order) {
        List<TableRow> rows = new ArrayList<>();
        order.forEach(i -> rows.add(table.rows().get(i)));
        List<ColumnGroup> groups = new ArrayList<>();
        for (ColumnGroup g : table.groups()) {
            List<ChiSquare> perRow = null;
            if (!g.rowChiSquares().isEmpty()) {
                perRow = new ArrayList<>();
                for (int i : order) {
                    perRow.add(i < g.rowChiSquares().size() ? g.rowChiSquares().get(i) : null);
                }
            }
            groups.add(new ColumnGroup(g.name(), g.attribute(), g.outer(), g.from(), g.to(), g.base(),
                    g.unweightedBase(), g.chiSquare(), perRow));
        }
        return new Crosstab(table.question(), table.by(), table.columns(), rows, table.chiSquare(), table.weighted(),
                groups, table.options());
    }

    /**
     * The table with only the chosen categories of an attribute's columns, in the chosen order: the columns of its
     * group, or for a nested banner the outer attribute's groups. The Total and the other groups stay.
     */
    static Crosstab segments(Crosstab table, String attribute, List<String> chosen) {
        List<Integer> columns = new ArrayList<>();
        columns.add(0);
        List<ColumnGroup> groups = new ArrayList<>();
        List<ColumnGroup> nested = table.groups().stream().filter(g -> g.outer() != null
                && g.outer().id().equals(attribute)).toList();
        Set<Integer> dropped = new TreeSet<>();
        int[] stripped = {0, 0};
        boolean done = false;
        for (ColumnGroup g : table.groups()) {
            if (nested.contains(g)) {
                if (!done) {
                    for (String label : chosen) {
                        nested.stream().filter(n -> n.name().equals(label)).findFirst()
                                .ifPresent(n -> groups.add(moved(n, columns, range(n.from(), n.to()))));
                    }
                    done = true;
                }
            } else if (g.outer() == null && g.attribute().id().equals(attribute) && !done) {
                List<Integer> picked = new ArrayList<>();
                for (String label : chosen) {
                    for (int c = g.from(); c < g.to(); c++) {
                        if (table.columns().get(c).label().equals(label) && !picked.contains(c)) {
                            picked.add(c);
                        }
                    }
                }
                for (int c = g.from(); c < g.to(); c++) {
                    if (!picked.contains(c)) {
                        dropped.add(c);
                    }
                }
                ColumnGroup kept = moved(g, columns, picked);
                stripped[0] = kept.from();
                stripped[1] = kept.to();
                groups.add(kept);
                done = true;
            } else {
                groups.add(moved(g, columns, range(g.from(), g.to())));
            }
        }
        if (!done) {
            return table;
        }
        return project(table, columns, groups, dropped, stripped[0], stripped[1]);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> list = new ArrayList<>();
        for (int c = from; c < to; c++) {
            list.add(c);
        }
        return list;
    }

    /** The group with its columns appended to {@code columns}, its indices updated. */
    private static ColumnGroup moved(ColumnGroup g, List<Integer> columns, List<Integer> picked) {
        int from = columns.size();
        columns.addAll(picked);
        return new ColumnGroup(g.name(), g.attribute(), g.outer(), from, columns.size(), g.base(),
                g.unweightedBase(), g.chiSquare(), g.rowChiSquares());
    }

    private static Crosstab project(Crosstab table, List<Integer> columns, List<ColumnGroup> groups,
            Set<Integer> dropped, int stripFrom, int stripTo) {
        Set<String> hiddenLetters = new TreeSet<>();
        for (int c : dropped) {
            String letter = table.columns().get(c).letter();
            if (letter != null) {
                hiddenLetters.add(letter);
            }
        }
        List<TableColumn> cols = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            TableColumn col = table.columns().get(columns.get(k));
            Set<String> hidden = k >= stripFrom && k < stripTo ? hiddenLetters : Set.of();
            cols.add(new TableColumn(col.label(), col.base(), col.unweightedBase(), col.total(), col.group(),
                    col.letter(), col.weightedBase(), col.effectiveBase(), col.mean(),
                    strip(col.meanLetters(), hidden), col.percentBase()));
        }
        List<TableRow> rows = new ArrayList<>();
        for (TableRow r : table.rows()) {
            String[] letters = null;
            if (r.letters() != null) {
                letters = new String[columns.size()];
                for (int k = 0; k < columns.size(); k++) {
                    letters[k] = k >= stripFrom && k < stripTo
                            ? strip(r.letter(columns.get(k)), hiddenLetters) : r.letter(columns.get(k));
                }
            }
            rows.add(new TableRow(r.label(), pick(r.counts(), columns), pick(r.percents(), columns), r.chiSquare(),
                    r.net(), r.members(), pick(r.residuals(), columns), letters, pick(r.vsRest(), columns)));
        }
        return new Crosstab(table.question(), table.by(), cols, rows, table.chiSquare(), table.weighted(), groups,
                table.options());
    }

    private static double[] pick(double[] values, List<Integer> columns) {
        if (values == null) {
            return null;
        }
        double[] out = new double[columns.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = values[columns.get(k)];
        }
        return out;
    }

    /** Letters without the hidden columns' (single-letter columns only: A–Z, upper or lower case). */
    static String strip(String letters, Set<String> hidden) {
        if (letters == null || letters.isEmpty() || hidden.isEmpty()
                || hidden.stream().anyMatch(h -> h.length() != 1)) {
            return letters;
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : letters.toCharArray()) {
            if (!hidden.contains(String.valueOf(ch).toUpperCase(Locale.ROOT))) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
