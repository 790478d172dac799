package com.surveypivot.notes;

import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.ProportionTest;
import com.surveypivot.analysis.SignificanceTests;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.analysis.TopBox;
import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds what a crosstab says, as {@link Claim}s with their evidence, in the order the notes read:
 * <ol>
 * <li>{@code overall}: the Total's share on the measure;</li>
 * <li>{@code highest} / {@code lowest}: the segments with the highest and lowest share, against the Total;</li>
 * <li>{@code above-total} / {@code below-total}: further segments significantly above or below, strongest first;</li>
 * <li>{@code test} / {@code no-difference}: the table's test, or a sentence when nothing is significant;</li>
 * <li>{@code small-base}: segments left out because their unweighted base is under
 * {@link SignificanceTests#MIN_BASE}.</li>
 * </ol>
 * The measure is the share of the first answer; for a 4- or 5-point scale the top-2 box (its first two
 * categories, as {@link TopBox}); for a multi-response question the leading option. The test is Pearson's
 * chi-square where the attribute is single-choice; for a multi-response attribute, whose columns overlap, each segment is tested
 * against the respondents outside it. A segment is called significant only when its own test against the rest
 * is below {@link Claim#ALPHA} and, for a single-choice attribute, the chi-square is too.
 */
public final class NoteFinder {

    private NoteFinder() {
    }

    /** The claims for one table; empty when the table has no respondents. */
    public static List<Claim> claims(Crosstab table) {
        if (table.rows().isEmpty() || table.total().base() <= 0) {
            return List.of();
        }
        Measure measure = Measure.of(table);
        List<Claim> claims = new ArrayList<>();
        TableColumn total = table.total();
        double totalShare = measure.share(table, 0);
        claims.add(new Claim(Claim.OVERALL, null, measure.answer, Claim.SHARE, totalShare, totalShare,
                total.unweightedBase(), null, null));
        if (table.segments().isEmpty()) {
            return claims;
        }
        boolean multiAttribute = table.by() != null && table.by().isMulti();
        ChiSquare chi = multiAttribute ? null : measure.chiSquare;
        boolean segmentTestsCount = multiAttribute || (chi != null && chi.pValue() < Claim.ALPHA);

        List<Segment> eligible = new ArrayList<>();
        List<Claim> smallBases = new ArrayList<>();
        for (int c = 1; c < table.columns().size(); c++) {
            TableColumn column = table.columns().get(c);
            if (column.unweightedBase() < SignificanceTests.MIN_BASE || column.base() <= 0) {
                smallBases.add(new Claim(Claim.SMALL_BASE, column.label(), measure.answer, Claim.SHARE, null, null,
                        column.unweightedBase(), null, null));
            } else {
                eligible.add(new Segment(c, column, measure.share(table, c), measure.vsRest(table, c)));
            }
        }

        List<Segment> named = new ArrayList<>();
        if (eligible.size() >= 2) {
            Segment highest = eligible.stream().max(Comparator.comparingDouble(Segment::share)).orElseThrow();
            Segment lowest = eligible.stream().min(Comparator.comparingDouble(Segment::share)).orElseThrow();
            if (highest.share > lowest.share) {
                claims.add(rankClaim(Claim.HIGHEST, highest, measure, totalShare, segmentTestsCount, chi));
                claims.add(rankClaim(Claim.LOWEST, lowest, measure, totalShare, segmentTestsCount, chi));
                named.add(highest);
                named.add(lowest);
            }
        }
        if (segmentTestsCount) {
            eligible.stream()
                    .filter(s -> !named.contains(s) && s.pValue() != null && s.pValue() < Claim.ALPHA)
                    .sorted(Comparator.comparingDouble((Segment s) -> Math.abs(s.share - totalShare)).reversed())
                    .forEach(s -> claims.add(new Claim(s.share > totalShare ? Claim.ABOVE_TOTAL : Claim.BELOW_TOTAL,
                            s.column.label(), measure.answer, Claim.SHARE, s.share, totalShare,
                            s.column.unweightedBase(), Claim.VS_REST, s.pValue())));
        }
        if (chi != null) {
            claims.add(new Claim(chi.pValue() < Claim.ALPHA ? Claim.TEST : Claim.NO_DIFFERENCE, null,
                    measure.chiSquareAnswer, null, null, null, total.unweightedBase(), Claim.CHI_SQUARE,
                    chi.pValue()));
        } else if (multiAttribute && !eligible.isEmpty()
                && eligible.stream().noneMatch(s -> s.pValue() != null && s.pValue() < Claim.ALPHA)) {
            Double smallest = eligible.stream().map(Segment::pValue).filter(p -> p != null)
                    .min(Double::compare).orElse(null);
            claims.add(new Claim(Claim.NO_DIFFERENCE, null, measure.answer, Claim.SHARE, null, null,
                    total.unweightedBase(), Claim.VS_REST, smallest));
        }
        claims.addAll(smallBases);
        return List.copyOf(claims);
    }

    private static Claim rankClaim(String kind, Segment segment, Measure measure, double totalShare,
            boolean segmentTestsCount, ChiSquare chi) {
        String test = segmentTestsCount ? Claim.VS_REST : chi == null ? null : Claim.CHI_SQUARE;
        Double p = segmentTestsCount ? segment.pValue() : chi == null ? null : chi.pValue();
        return new Claim(kind, segment.column.label(), measure.answer, Claim.SHARE, segment.share, totalShare,
                segment.column.unweightedBase(), test, p);
    }

    /** One segment column eligible for claims, with its share and its test against the rest. */
    private record Segment(int index, TableColumn column, double share, Double pValue) {
    }

    /**
     * What the notes measure: one answer row (first answer, or leading option) or the sum of the two top rows of
     * a scale.
     */
    private static final class Measure {
        private final String answer;
        private final List<Integer> rows;
        private final ChiSquare chiSquare;
        private final String chiSquareAnswer;

        private Measure(String answer, List<Integer> rows, ChiSquare chiSquare, String chiSquareAnswer) {
            this.answer = answer;
            this.rows = rows;
            this.chiSquare = chiSquare;
            this.chiSquareAnswer = chiSquareAnswer;
        }

        static Measure of(Crosstab table) {
            Question question = table.question();
            List<TableRow> rows = table.rows();
            if (question.isMulti()) {
                int lead = 0;
                for (int r = 1; r < rows.size(); r++) {
                    if (rows.get(r).count(0) > rows.get(lead).count(0)) {
                        lead = r;
                    }
                }
                return new Measure(rows.get(lead).label(), List.of(lead), rows.get(lead).chiSquare(),
                        rows.get(lead).label());
            }
            if (TopBox.applies(question)) {
                List<Integer> top = new ArrayList<>();
                for (int r = 0; r < rows.size(); r++) {
                    String label = rows.get(r).label();
                    if (label.equals(question.categories().get(0)) || label.equals(question.categories().get(1))) {
                        top.add(r);
                    }
                }
                if (!top.isEmpty()) {
                    String net = question.categories().get(0) + " + " + question.categories().get(1);
                    return new Measure(net, top, table.chiSquare(), null);
                }
            }
            return new Measure(rows.get(0).label(), List.of(0), table.chiSquare(), null);
        }

        double count(Crosstab table, int column) {
            double sum = 0;
            for (int r : rows) {
                sum += table.rows().get(r).count(column);
            }
            return sum;
        }

        double share(Crosstab table, int column) {
            return 100.0 * count(table, column) / table.columns().get(column).base();
        }

        /**
         * The segment against the respondents in the Total outside it; null where that cannot be computed
         * (nobody outside it, or no variation). A weighted table tests the weighted shares at the unweighted bases.
         */
        Double vsRest(Crosstab table, int column) {
            ProportionTest test;
            if (rows.size() == 1) {
                test = SignificanceTests.segmentVsRest(table, rows.get(0), column);
            } else {
                TableColumn segment = table.columns().get(column);
                double segmentBase = segment.base();
                double restBase = table.total().base() - segmentBase;
                int n1 = segment.unweightedBase();
                int n2 = table.total().unweightedBase() - n1;
                if (!(segmentBase > 0) || !(restBase > 0) || n1 <= 0 || n2 <= 0) {
                    return null;
                }
                double p1 = count(table, column) / segmentBase;
                double p2 = (count(table, 0) - count(table, column)) / restBase;
                test = table.weighted()
                        ? SignificanceTests.twoProportion(clamp(p1) * n1, n1, clamp(p2) * n2, n2)
                        : SignificanceTests.twoProportion(count(table, column), segmentBase,
                                count(table, 0) - count(table, column), restBase);
            }
            return test == null || Double.isNaN(test.pValue()) ? null : test.pValue();
        }

        private static double clamp(double p) {
            return Math.max(0, Math.min(1, p));
        }
    }
}
