package com.surveypivot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.i18n.Messages;

/**
 * {@code crosstab --format json}: {@code question}, {@code by}, {@code columns} (Total first; {@code label},
 * {@code base}), {@code rows} ({@code label}, {@code counts}, {@code percents} aligned with the columns, unrounded,
 * null where not computable; a multi-response question's rows carry their own {@code chiSquare}) and the table's
 * {@code chiSquare} ({@code statistic}, {@code df}, {@code pValue}, {@code minExpected}, and {@code warning} when
 * some expected count is under 5) or null. Counts and bases are integers when the table is unweighted.
 */
final class CrosstabJson {
    private CrosstabJson() {
    }

    static ObjectNode of(Crosstab table) {
        ObjectNode root = Json.object();
        root.put("question", table.question().id());
        root.put("questionText", table.question().text());
        root.put("by", table.by() == null ? null : table.by().id());
        root.put("byText", table.by() == null ? null : table.by().text());
        root.put("weighted", table.weighted());
        ArrayNode columns = root.putArray("columns");
        for (TableColumn column : table.columns()) {
            ObjectNode node = columns.addObject();
            node.put("label", column.label());
            if (table.weighted()) {
                Json.put(node, "base", column.base());
                node.put("unweightedBase", column.unweightedBase());
            } else {
                node.put("base", column.unweightedBase());
            }
        }
        ArrayNode rows = root.putArray("rows");
        for (TableRow row : table.rows()) {
            ObjectNode node = rows.addObject();
            node.put("label", row.label());
            ArrayNode counts = node.putArray("counts");
            ArrayNode percents = node.putArray("percents");
            for (int c = 0; c < table.columns().size(); c++) {
                if (table.weighted()) {
                    Json.add(counts, row.count(c));
                } else {
                    counts.add(Math.round(row.count(c)));
                }
                Json.add(percents, row.percent(c));
            }
            if (table.question().isMulti()) {
                node.set("chiSquare", chiSquare(row.chiSquare()));
            }
        }
        root.set("chiSquare", chiSquare(table.chiSquare()));
        return root;
    }

    static ObjectNode chiSquare(ChiSquare chi) {
        if (chi == null) {
            return null;
        }
        ObjectNode node = Json.object();
        Json.put(node, "statistic", chi.statistic());
        node.put("df", chi.df());
        Json.put(node, "pValue", chi.pValue());
        Json.put(node, "minExpected", chi.minExpected());
        node.put("cellsBelowFive", chi.cellsBelowFive());
        node.put("cells", chi.cells());
        Json.put(node, "n", chi.n());
        if (chi.smallExpectedCounts()) {
            node.put("warning", Messages.get("cli.warning.smallExpected", chi.cellsBelowFive(), chi.cells()));
        }
        return node;
    }
}
