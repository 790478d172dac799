package com.surveypivot.notes;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The strongest differences of a whole table, whatever the measure in focus: every answer of every segment with a
 * base of 30 or more tested against the rest ({@link SegmentTest}), Holm-corrected over all those cells, and the
 * {@value #COUNT} largest gaps among the significant ones claimed ({@code strongest}, p Holm-adjusted).
 */
final class StrongestDifferences {
    /** How many of the table's strongest differences are always said. */
    static final int COUNT = 3;

    private StrongestDifferences() {
    }

    /** One tested cell. */
    private record Cell(TableRow row, int column, double share, double total, SegmentTest test) {
        double gap() {
            return share - total;
        }
    }

    /**
     * @param answers   the table's answer rows (no NETs)
     * @param eligible  the segment columns with a base of 30 or more
     * @return how many comparisons were tested, and the claims (largest gap first)
     */
    static Result find(Crosstab table, List<TableRow> answers, List<Integer> eligible, boolean multiAttribute) {
        List<Cell> cells = new ArrayList<>();
        TableColumn total = table.total();
        for (TableRow row : answers) {
            for (int c : eligible) {
                TableColumn column = table.columns().get(c);
                SegmentTest t = SegmentTest.of(multiAttribute, row.count(c), column.base(), row.count(0),
                        total.base());
                if (t != null) {
                    cells.add(new Cell(row, c, 100.0 * row.count(c) / column.base(),
                            100.0 * row.count(0) / total.base(), t));
                }
            }
        }
        // cells that are one comparison (two segments making up the table; a single-choice question with two
        // answers) count once in the correction, and are claimed once
        boolean twoSegments = !multiAttribute && table.segments().size() == 2;
        boolean twoAnswers = !table.question().isMulti() && answers.size() == 2;
        java.util.Map<String, Integer> keys = new java.util.LinkedHashMap<>();
        int[] testOf = new int[cells.size()];
        List<Double> distinct = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            String key = (twoSegments ? "" : String.valueOf(cell.column)) + "\u0000"
                    + (twoAnswers ? "" : cell.row.label());
            Integer known = keys.get(key);
            if (known == null) {
                known = distinct.size();
                keys.put(key, known);
                distinct.add(cell.test.pValue());
            }
            testOf[i] = known;
        }
        double[] perTest = Holm.adjust(distinct.stream().mapToDouble(Double::doubleValue).toArray());
        double[] adjusted = new double[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            adjusted[i] = perTest[testOf[i]];
        }
        List<Claim> significant = new ArrayList<>();
        List<Integer> testOfKept = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (adjusted[i] < Claim.ALPHA) {
                Cell cell = cells.get(i);
                testOfKept.add(testOf[i]);
                TableColumn column = table.columns().get(cell.column);
                significant.add(new Claim(Claim.STRONGEST, column.label(), cell.row.label(), Claim.SHARE, cell.share,
                        cell.total, column.unweightedBase(), cell.test.test(), adjusted[i]));
            }
        }
        // largest gap first, one cell per comparison
        Integer[] order = new Integer[significant.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> -Math.abs(significant.get(i).gap())));
        List<Claim> out = new ArrayList<>();
        java.util.Set<Integer> claimed = new java.util.HashSet<>();
        for (int i : order) {
            if (out.size() < COUNT && claimed.add(testOfKept.get(i))) {
                out.add(significant.get(i));
            }
        }
        return new Result(distinct.size(), out);
    }

    /**
     * @param tested how many comparisons the Holm correction covered
     * @param claims the strongest significant differences, largest gap first
     */
    record Result(int tested, List<Claim> claims) {
    }
}
