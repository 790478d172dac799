package com.surveypivot.workspace;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What of a computed table is shown: the answers in the chosen order without the hidden ones, each NET above or
 * below its members (with them or instead of them), and only the chosen segments of the first attribute in the
 * chosen order. Nothing is recomputed: the Total, the bases and every test stay those of all respondents in the
 * table; a hidden segment's letter is taken out of the other cells' letters.
 */
public final class TableShape {
    private TableShape() {
    }

    /** The table as the state shows it. */
    public static Crosstab shape(Crosstab table, PivotState state) {
        AnswerLayout layout = state.answersOf(table.question().id());
        Crosstab rows = layout.isEmpty() ? table : ColumnSelection.rows(table, rowOrder(table, layout));
        return state.segments().isEmpty() || state.attribute() == null ? rows
                : ColumnSelection.segments(rows, state.attribute(), state.segments());
    }

    /**
     * The rows the chart draws and the notes read: the shown answers and the user's NETs; a NET shown beside its
     * members only where the question is multi-response (a single-choice bar would count them twice).
     * Automatic boxes are the grid's.
     */
    public static Crosstab chartRows(Crosstab shaped, PivotState state) {
        AnswerLayout layout = state.answersOf(shaped.question().id());
        boolean multi = shaped.question().isMulti();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < shaped.rows().size(); i++) {
            TableRow row = shaped.rows().get(i);
            NetDefinition net = row.net() ? layout.net(row.label()) : null;
            if (!row.net() || (net != null && (multi || !net.keepMembers()))) {
                keep.add(i);
            }
        }
        return keep.size() == shaped.rows().size() ? shaped : ColumnSelection.rows(shaped, keep);
    }

    /**
     * The table the chart draws: the answers and the user's charted NETs ({@link #chartRows}) as bars, the user's
     * NETs turned into plain rows so the chart draws them as answers; the automatic boxes (top-2 …) stay NET rows,
     * which the chart does not draw as bars but uses for top-box bars and sorting.
     */
    public static Crosstab chartTable(Crosstab shaped, PivotState state) {
        AnswerLayout layout = state.answersOf(shaped.question().id());
        boolean multi = shaped.question().isMulti();
        List<Integer> keep = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < shaped.rows().size(); i++) {
            TableRow row = shaped.rows().get(i);
            NetDefinition net = row.net() ? layout.net(row.label()) : null;
            if (net == null) {
                keep.add(i);
                rows.add(row);
            } else if (multi || !net.keepMembers()) {
                keep.add(i);
                rows.add(new TableRow(row.label(), row.counts(), row.percents(), row.chiSquare(), false,
                        row.members(), row.residuals(), row.letters(), row.vsRest()));
            }
        }
        Crosstab kept = ColumnSelection.rows(shaped, keep);
        return new Crosstab(kept.question(), kept.by(), kept.columns(), rows, kept.chiSquare(), kept.weighted(),
                kept.groups(), kept.options());
    }

    /** The order of the table's rows (indices) with the layout's order, hidden answers and NET placement. */
    static List<Integer> rowOrder(Crosstab table, AnswerLayout layout) {
        List<TableRow> rows = table.rows();
        Set<String> netNames = new HashSet<>();
        layout.nets().forEach(n -> netNames.add(n.name()));
        List<Integer> answers = new ArrayList<>();
        List<Integer> autoNets = new ArrayList<>();
        List<Integer> userNets = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            if (!r.net()) {
                answers.add(i);
            } else if (netNames.contains(r.label())) {
                userNets.add(i);
            } else {
                autoNets.add(i);
            }
        }
        // answers in the chosen order, the rest after them in their own order
        List<Integer> ordered = new ArrayList<>();
        for (String label : layout.order()) {
            for (int i : answers) {
                if (rows.get(i).label().equals(label) && !ordered.contains(i)) {
                    ordered.add(i);
                }
            }
        }
        for (int i : answers) {
            if (!ordered.contains(i)) {
                ordered.add(i);
            }
        }
        // NETs next to their members; members a NET replaces are dropped afterwards
        Set<Integer> replaced = new LinkedHashSet<>();
        List<Integer> out = new ArrayList<>(ordered);
        for (int n : userNets) {
            NetDefinition net = layout.net(rows.get(n).label());
            List<Integer> members = new ArrayList<>();
            for (int k = 0; k < out.size(); k++) {
                if (net.members().contains(rows.get(out.get(k)).label()) && !rows.get(out.get(k)).net()) {
                    members.add(k);
                }
            }
            int at = members.isEmpty() ? out.size()
                    : net.placement() == NetDefinition.Placement.ABOVE ? members.get(0)
                    : members.get(members.size() - 1) + 1;
            out.add(at, n);
            if (!net.keepMembers()) {
                for (int k : members) {
                    replaced.add(out.get(k < at ? k : k + 1));
                }
            }
        }
        out.addAll(autoNets);
        out.removeIf(i -> replaced.contains(i) || layout.hidden().contains(rows.get(i).label()));
        return out;
    }
}
