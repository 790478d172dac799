package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The grid's second Total: everyone (in the filter) who answered the question, whether or not they answered the
 * attribute, taken from the question's own table (no attribute). The segments and their tests stay as the engine
 * computed them; only the Total column's base, counts and % are replaced. An answer that only the wider Total has
 * (nobody in the table gave it) is not added: the grid keeps the table's rows.
 */
final class GridTotals {
    private GridTotals() {
    }

    /**
     * The table with the Total of {@code questionOnly} (the same question, filter, weights and options, without an
     * attribute).
     */
    static Crosstab withAnsweredTotal(Crosstab table, Crosstab questionOnly) {
        TableColumn wide = questionOnly.total();
        TableColumn own = table.total();
        TableColumn total = new TableColumn(own.label(), wide.base(), wide.unweightedBase(), true, own.group(),
                own.letter(), wide.weightedBase(), wide.effectiveBase(), wide.mean(), own.meanLetters(),
                wide.percentBase());
        List<TableColumn> columns = new ArrayList<>(table.columns());
        columns.set(0, total);
        Map<String, TableRow> wideRows = new HashMap<>();
        for (TableRow row : questionOnly.rows()) {
            wideRows.putIfAbsent(row.label(), row);
        }
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            TableRow w = wideRows.get(row.label());
            double[] counts = row.counts();
            double[] percents = row.percents();
            counts[0] = w == null ? 0 : w.count(0);
            percents[0] = w == null ? 0 : w.percent(0);
            rows.add(new TableRow(row.label(), counts, percents, row.chiSquare(), row.net(), row.members(),
                    row.residuals(), row.letters(), row.vsRest()));
        }
        return new Crosstab(table.question(), table.by(), columns, rows, table.chiSquare(), table.weighted(),
                table.groups(), table.options());
    }
}
