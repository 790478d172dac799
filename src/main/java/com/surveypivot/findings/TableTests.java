package com.surveypivot.findings;

import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.ColumnGroup;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests of one table (a question by one attribute), as the notes test it, before the scan's correction:
 * <ul>
 * <li>single-choice question by single-choice attribute: the table's Pearson chi-square, and each cell's adjusted
 * standardised residual (the segment against the rest of the table);</li>
 * <li>multi-response question by single-choice attribute: each option's chi-square (ticked / not ticked × the
 * segments), and each cell's segment-against-the-rest z;</li>
 * <li>by a multi-response attribute: each cell's two-proportion z of the segment against the respondents outside it.</li>
 * </ul>
 * NET rows (top-2 and bottom-2 boxes, promoters …) are tested like answers; the NPS row is not a share and is left
 * out. A segment whose base (unweighted, and Kish effective when weighted) is under {@link ScanOptions#MIN_BASE} is
 * not tested. Where two cells are the same test (an attribute with two segments, a question with two answers),
 * only the one with the larger gap is kept. The tests come from the engine's table: with weights, on effective
 * bases.
 */
final class TableTests {
    private TableTests() {
    }

    static List<Finding> of(Crosstab table) {
        List<Finding> out = new ArrayList<>();
        if (table.groups().size() != 1 || table.rows().isEmpty()) {
            return out;
        }
        ColumnGroup group = table.groups().get(0);
        boolean multiAttribute = group.attribute().isMulti();
        boolean multiQuestion = table.question().isMulti();
        List<Integer> eligible = new ArrayList<>();
        for (int j = group.from(); j < group.to(); j++) {
            if (base(table.columns().get(j)) >= ScanOptions.MIN_BASE) {
                eligible.add(j);
            }
        }
        if (group.unweightedBase() >= ScanOptions.MIN_BASE && group.size() >= 2) {
            if (group.chiSquare() != null) {
                out.add(association(table, Finding.TABLE, null, false, group.chiSquare(), group.unweightedBase()));
            }
            for (int r = 0; r < group.rowChiSquares().size(); r++) {
                ChiSquare chi = group.rowChiSquares().get(r);
                TableRow row = table.rows().get(r);
                if (chi != null && !row.net()) {
                    out.add(association(table, Finding.OPTION, row.label(), false, chi, group.unweightedBase()));
                }
            }
        }
        boolean twoSegments = !multiAttribute && group.size() == 2;
        long answerRows = table.rows().stream().filter(r -> !r.net()).count();
        boolean twoAnswers = !multiQuestion && answerRows == 2;
        List<Finding> cells = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            if (!row.hasStatistics() || (twoAnswers && row.net())) {
                continue;
            }
            for (int j : eligible) {
                Finding cell = cell(table, row, j, multiAttribute);
                if (cell != null) {
                    cells.add(cell);
                }
            }
        }
        if (twoSegments) {
            cells = strongerOfEach(cells, true);
        }
        if (twoAnswers) {
            cells = strongerOfEach(cells, false);
        }
        out.addAll(cells);
        return out;
    }

    /** The base a segment must reach: unweighted, and effective where weighted. */
    static double base(TableColumn column) {
        double effective = Double.isNaN(column.effectiveBase()) ? column.unweightedBase() : column.effectiveBase();
        return Math.min(column.unweightedBase(), effective);
    }

    private static Finding cell(Crosstab table, TableRow row, int j, boolean multiAttribute) {
        double z = row.residual(j);
        double p = row.vsRest() == null ? Double.NaN : row.vsRest()[j];
        double value = row.percent(j);
        double total = row.percent(0);
        if (Double.isNaN(z) || Double.isNaN(p) || Double.isNaN(value) || Double.isNaN(total)) {
            return null;
        }
        TableColumn column = table.columns().get(j);
        return new Finding(Finding.CELL, table.question(), table.by(), column.label(), row.label(), row.net(), row.members(),
                Finding.SHARE, value, total, value - total, column.unweightedBase(),
                multiAttribute ? Finding.VS_REST : Finding.ADJUSTED_RESIDUAL, z, 0, p, Double.NaN, z,
                base(column) < ScanOptions.HEDGE_BASE);
    }

    private static Finding association(Crosstab table, String kind, String answer, boolean net, ChiSquare chi,
            int base) {
        // Cramér's V = √(χ² / (n (min(r, c) − 1))); min(r, c) − 1 from df = (r − 1)(c − 1) and the table's shape
        int rows = kind.equals(Finding.OPTION) ? 2 : (int) table.rows().stream().filter(r -> !r.net()).count();
        int columns = chi.df() / Math.max(1, rows - 1) + 1;
        int smaller = Math.min(rows, columns) - 1;
        double v = chi.n() > 0 && smaller > 0 ? Math.sqrt(chi.statistic() / (chi.n() * smaller)) : 0;
        return new Finding(kind, table.question(), table.by(), null, answer, net, List.of(), Finding.ASSOCIATION, v, null, null,
                base, Finding.CHI_SQUARE, chi.statistic(), chi.df(), chi.pValue(), Double.NaN, v,
                base < ScanOptions.HEDGE_BASE);
    }

    /** Of cells that are one test (same answer, or same segment), the one with the larger gap. */
    private static List<Finding> strongerOfEach(List<Finding> cells, boolean sameAnswer) {
        java.util.Map<String, Finding> kept = new java.util.LinkedHashMap<>();
        for (Finding f : cells) {
            String key = (sameAnswer ? f.answer() : f.segment()) + "\u0000" + f.net();
            kept.merge(key, f, (a, b) -> Math.abs(b.gap()) > Math.abs(a.gap()) ? b : a);
        }
        return new ArrayList<>(kept.values());
    }
}
