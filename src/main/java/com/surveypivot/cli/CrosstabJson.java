package com.surveypivot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.surveypivot.analysis.CellOptions;
import com.surveypivot.analysis.CellPercents;
import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.ColumnGroup;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.MeanScore;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.QuestionType;

/**
 * {@code crosstab --format json}: {@code question}, {@code by}, {@code columns} (Total first), {@code rows} and the
 * table's {@code chiSquare}, as in the foundation, with the engine's additions.
 * <ul>
 * <li>columns: {@code label}, {@code base}; {@code group} (the attribute's id, for a nested banner the outer
 * category; null for the Total), {@code letter} (A, B, … within the group; null for the Total),
 * {@code weightedBase}, {@code effectiveBase} (Kish (Σw)²/Σw²), and for a scale or a number question {@code mean},
 * {@code sd}, {@code meanBase} (and with statistics {@code meanLetters}); for a multi-response question whose
 * percents are not of all respondents ({@code --multi-base answering|mentions}), {@code percentBase};</li>
 * <li>rows: {@code label}, {@code counts}, {@code percents} (column %), with {@code --cells row} also
 * {@code rowPercents} and with {@code --cells table} {@code tablePercents} (see {@link CellPercents}),
 * {@code net}, {@code members}; a multi-response
 * question's rows carry their own {@code chiSquare}; with statistics {@code residuals}, {@code letters} and
 * {@code vsRest} aligned with the columns (null for the Total);</li>
 * <li>{@code groups}: one entry per banner group with its columns ({@code from}, {@code to} exclusive) and its
 * own {@code chiSquare}.</li>
 * </ul>
 * Counts and bases are integers when the table is unweighted; a value that cannot be computed is null, never NaN.
 */
final class CrosstabJson {
    private CrosstabJson() {
    }

    static ObjectNode of(Crosstab table) {
        return of(table, CrosstabOptions.Cells.col);
    }

    /** The table with the extra percentages the cells option asks for. */
    static ObjectNode of(Crosstab table, CrosstabOptions.Cells cells) {
        boolean weighted = table.weighted();
        ObjectNode root = Json.object();
        root.put("question", table.question().id());
        root.put("questionText", table.question().text());
        root.put("by", table.by() == null ? null : table.by().id());
        root.put("byText", table.by() == null ? null : table.by().text());
        root.put("weighted", weighted);
        boolean means = table.question().type() == QuestionType.SCALE
                || table.question().type() == QuestionType.NUMBER;
        boolean stats = table.rows().stream().anyMatch(TableRow::hasStatistics);
        boolean percentBase = table.question().isMulti()
                && table.options().multiBase() != CellOptions.MultiBase.RESPONDENTS;
        ArrayNode columns = root.putArray("columns");
        for (TableColumn column : table.columns()) {
            ObjectNode node = columns.addObject();
            node.put("label", column.label());
            if (weighted) {
                Json.put(node, "base", column.base());
                node.put("unweightedBase", column.unweightedBase());
            } else {
                node.put("base", column.unweightedBase());
            }
            node.put("group", column.group());
            node.put("letter", column.letter());
            number(node, "weightedBase", column.weightedBase(), weighted);
            number(node, "effectiveBase", column.effectiveBase(), weighted);
            if (percentBase) {
                number(node, "percentBase", column.percentBase(), weighted);
            }
            if (means) {
                MeanScore mean = column.mean();
                Json.put(node, "mean", mean == null ? null : mean.mean());
                Json.put(node, "sd", mean == null ? null : mean.sd());
                if (mean == null) {
                    node.putNull("meanBase");
                } else {
                    node.put("meanBase", mean.n());
                }
                if (stats) {
                    node.put("meanLetters", column.total() ? null : column.meanLetters());
                }
            }
        }
        ArrayNode rows = root.putArray("rows");
        int k = table.columns().size();
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            ObjectNode node = rows.addObject();
            node.put("label", row.label());
            ArrayNode counts = node.putArray("counts");
            ArrayNode percents = node.putArray("percents");
            for (int c = 0; c < k; c++) {
                if (weighted) {
                    Json.add(counts, row.count(c));
                } else {
                    counts.add(Math.round(row.count(c)));
                }
                Json.add(percents, row.percent(c));
            }
            if (cells == CrosstabOptions.Cells.row) {
                percents(node.putArray("rowPercents"), CellPercents.of(table, r, CellPercents.Kind.ROW));
            } else if (cells == CrosstabOptions.Cells.table) {
                percents(node.putArray("tablePercents"), CellPercents.of(table, r, CellPercents.Kind.TABLE));
            }
            node.put("net", row.net());
            ArrayNode members = node.putArray("members");
            row.members().forEach(members::add);
            if (table.question().isMulti()) {
                node.set("chiSquare", chiSquare(row.chiSquare()));
            }
            if (row.hasStatistics()) {
                ArrayNode residuals = node.putArray("residuals");
                ArrayNode letters = node.putArray("letters");
                ArrayNode vsRest = node.putArray("vsRest");
                double[] p = row.vsRest();
                for (int c = 0; c < k; c++) {
                    Json.add(residuals, row.residual(c));
                    if (c == 0) {
                        letters.addNull();
                    } else {
                        letters.add(row.letter(c));
                    }
                    Json.add(vsRest, p[c]);
                }
            }
        }
        root.set("chiSquare", chiSquare(table.chiSquare()));
        if (!table.groups().isEmpty()) {
            ArrayNode groups = root.putArray("groups");
            for (ColumnGroup group : table.groups()) {
                groups.add(group(group, table, weighted));
            }
        }
        return root;
    }

    private static ObjectNode group(ColumnGroup group, Crosstab table, boolean weighted) {
        ObjectNode node = Json.object();
        node.put("name", group.name());
        node.put("attribute", group.attribute().id());
        node.put("outer", group.outer() == null ? null : group.outer().id());
        node.put("from", group.from());
        node.put("to", group.to());
        number(node, "base", group.base(), weighted);
        node.put("unweightedBase", group.unweightedBase());
        node.set("chiSquare", chiSquare(group.chiSquare()));
        if (table.question().isMulti()) {
            ArrayNode perRow = node.putArray("rowChiSquares");
            for (int r = 0; r < table.rows().size(); r++) {
                perRow.add(r < group.rowChiSquares().size() ? chiSquare(group.rowChiSquares().get(r)) : null);
            }
        }
        return node;
    }

    private static void percents(ArrayNode array, double[] values) {
        for (double value : values) {
            Json.add(array, value);
        }
    }

    /** A count or base: an integer when unweighted, else a number (null where not computable). */
    private static void number(ObjectNode node, String field, double value, boolean weighted) {
        if (!weighted && Double.isFinite(value)) {
            node.put(field, Math.round(value));
        } else {
            Json.put(node, field, value);
        }
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
