package com.surveypivot.notes;

import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.MeanScores;
import com.surveypivot.analysis.SignificanceTests;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.analysis.TopBox;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what a crosstab says, as {@link Claim}s with their evidence, in the order the notes read:
 * <ol>
 * <li>{@code overall}: the most common answer and its share (for a multi-response question the most chosen option,
 * then {@code leading}: the next two); the measure's share where it is another answer or a NET; for a 4- or
 * 5-point scale the top-2 box ({@code TOP2}) and the mean score (points p … 1 from the top end, "don't know"-style
 * answers left out);</li>
 * <li>{@code above-total} / {@code below-total}: every segment whose share of the measure differs significantly from
 * the Total's, strongest (largest gap) first;</li>
 * <li>{@code highest}, {@code ranking} (second and third), {@code lowest}: the segments ranked on the measure;</li>
 * <li>for a multi-response question: {@code leading-everywhere} when the most chosen option leads in every segment,
 * and {@code option-differs} for options on which segments differ;</li>
 * <li>{@code test} / {@code no-difference}: the table's chi-square, or a sentence when nothing is significant;</li>
 * <li>{@code small-base}: segments left out because their unweighted base is under
 * {@link SignificanceTests#MIN_BASE}.</li>
 * </ol>
 * The measure is the one asked for, else the top-2 box of a 4- or 5-point scale, the most chosen option of a
 * multi-response question, or the first answer. A segment's test against the Total is the adjusted standardised
 * residual of its cell for a single-choice attribute and the two-proportion test against the respondents outside
 * it for a multi-response attribute (see {@link SegmentTest}); a difference is claimed when p is below
 * {@link Claim#ALPHA} and the segment's base is at least 30. Segments under 30 are named only as left out.
 */
public final class NoteFinder {
    /** How many segments the ranking names after the highest one (besides the lowest). */
    static final int RANKING_AFTER_HIGHEST = 2;
    /** How many options a multi-response question's overall picture names. */
    static final int LEADING_OPTIONS = 3;

    private NoteFinder() {
    }

    /** The claims for one table, on its default measure; empty when the table has no respondents. */
    public static List<Claim> claims(Crosstab table) {
        return find(table, null).claims();
    }

    /**
     * The claims for one table on a measure (null: the default measure).
     *
     * @throws IllegalArgumentException (translated message) when a label of the measure is not an answer of the table
     */
    public static Findings find(Crosstab table, NoteMeasure requested) {
        return WeightingNote.append(table, findClaims(table, requested));
    }

    private static Findings findClaims(Crosstab table, NoteMeasure requested) {
        Map<String, List<String>> nets = new LinkedHashMap<>();
        if (table.rows().isEmpty() || !(table.total().base() > 0)) {
            return new Findings(List.of(), nets);
        }
        Question question = table.question();
        List<TableRow> answers = table.rows().stream().filter(r -> !r.net()).toList();
        if (answers.isEmpty()) {
            return new Findings(List.of(), nets);
        }
        TableColumn total = table.total();
        int n = total.unweightedBase();
        List<Claim> claims = new ArrayList<>();

        // 1. the overall picture
        List<TableRow> byCount = new ArrayList<>(answers);
        byCount.sort(Comparator.comparingDouble((TableRow r) -> -r.count(0)));
        TableRow mostCommon = byCount.get(0);
        claims.add(new Claim(Claim.OVERALL, null, mostCommon.label(), Claim.SHARE, share(mostCommon, table, 0),
                share(mostCommon, table, 0), n, null, null));
        if (question.isMulti()) {
            for (int i = 1; i < Math.min(LEADING_OPTIONS, byCount.size()); i++) {
                TableRow r = byCount.get(i);
                claims.add(new Claim(Claim.LEADING, null, r.label(), Claim.SHARE, share(r, table, 0),
                        share(r, table, 0), n, null, null));
            }
        }
        NoteMeasure measure = requested != null ? requested : defaultMeasure(table, answers, mostCommon);
        List<TableRow> measured = rows(answers, measure, question);
        if (measure.isNet()) {
            nets.put(measure.name(), measure.labels());
        }
        double totalHits = sum(measured, 0);
        double totalShare = 100.0 * totalHits / total.base();
        if (!(measured.size() == 1 && measured.get(0) == mostCommon)) {
            claims.add(new Claim(Claim.OVERALL, null, measure.name(), Claim.SHARE, totalShare, totalShare, n, null,
                    null));
        }
        Mean overallMean = TopBox.applies(question) ? Mean.of(table, answers, 0) : null;
        if (overallMean != null) {
            claims.add(new Claim(Claim.OVERALL, null, null, Claim.MEAN, overallMean.mean, overallMean.mean,
                    overallMean.n, null, null));
        }
        if (table.segments().isEmpty()) {
            return new Findings(claims, nets);
        }

        // 2. segments against the Total
        boolean multiAttribute = table.by() != null && table.by().isMulti();
        List<Segment> eligible = new ArrayList<>();
        List<Claim> smallBases = new ArrayList<>();
        for (int c = 1; c < table.columns().size(); c++) {
            TableColumn column = table.columns().get(c);
            if (column.unweightedBase() < SignificanceTests.MIN_BASE || !(column.base() > 0)) {
                smallBases.add(new Claim(Claim.SMALL_BASE, column.label(), null, null, null, null,
                        column.unweightedBase(), null, null));
                continue;
            }
            double hits = sum(measured, c);
            eligible.add(new Segment(c, column, 100.0 * hits / column.base(),
                    SegmentTest.of(multiAttribute, hits, column.base(), totalHits, total.base())));
        }
        // Holm's correction over the table's segments: the claims carry the adjusted p
        // (two segments that make up the whole table are one comparison, not two)
        boolean oneComparison = !multiAttribute && table.segments().size() == 2;
        double[] adjusted = oneComparison ? eligible.stream().mapToDouble(s -> s.test == null ? Double.NaN
                : s.test.pValue()).toArray() : Holm.adjust(eligible.stream()
                .mapToDouble(s -> s.test == null ? Double.NaN : s.test.pValue()).toArray());
        for (int i = 0; i < eligible.size(); i++) {
            Segment s = eligible.get(i);
            if (s.test != null) {
                eligible.set(i, new Segment(s.index, s.column, s.share, new SegmentTest(s.test.test(), s.test.z(),
                        adjusted[i])));
            }
        }
        List<Segment> significant = eligible.stream().filter(Segment::significant)
                .sorted(Comparator.comparingDouble((Segment s) -> -Math.abs(s.share - totalShare))).toList();
        for (Segment s : significant) {
            claims.add(segmentClaim(s.share > totalShare ? Claim.ABOVE_TOTAL : Claim.BELOW_TOTAL, s, measure,
                    totalShare));
        }
        // the strongest differences of the whole table, on any answer, unless just said
        List<Integer> columns = eligible.stream().map(Segment::index).toList();
        StrongestDifferences.Result strongest = StrongestDifferences.find(table, answers, columns, multiAttribute);
        for (Claim c : strongest.claims()) {
            // the same comparison as a segment claim already made: same answer and segment, or its mirror where
            // the table has two segments or two answers
            boolean twoAnswers = !question.isMulti() && answers.size() == 2;
            boolean sameAnswer = measured.size() == 1 && measured.get(0).label().equals(c.answer());
            boolean sameSegment = significant.stream().anyMatch(s -> s.column.label().equals(c.segment()));
            boolean said = measured.size() == 1 && !significant.isEmpty()
                    && (sameAnswer && (sameSegment || oneComparison) || twoAnswers && sameSegment);
            if (!said) {
                claims.add(c);
            }
        }
        claims.addAll(MeanClaims.find(table, answers, columns, multiAttribute));
        Claim correction = eligible.isEmpty() ? null : new Claim(Claim.CORRECTION, null, null, null,
                (double) strongest.tested(), null, eligible.size(), null, null);

        // 3. the ranking
        if (eligible.size() >= 2) {
            List<Segment> ranked = new ArrayList<>(eligible);
            ranked.sort(Comparator.comparingDouble((Segment s) -> -s.share));
            claims.add(segmentClaim(Claim.HIGHEST, ranked.get(0), measure, totalShare));
            for (int i = 1; i <= RANKING_AFTER_HIGHEST && i < ranked.size() - 1; i++) {
                claims.add(segmentClaim(Claim.RANKING, ranked.get(i), measure, totalShare));
            }
            Segment lowest = ranked.get(ranked.size() - 1);
            if (lowest.share < ranked.get(0).share) {
                claims.add(segmentClaim(Claim.LOWEST, lowest, measure, totalShare));
            }
        }

        // 4. multi-response questions: the lead in every segment, options on which segments differ
        if (question.isMulti() && !eligible.isEmpty()) {
            List<Claim> otherLeads = new ArrayList<>();
            for (Segment s : eligible) {
                TableRow lead = mostCommon;
                for (TableRow r : byCount) {
                    if (r.count(s.index) > lead.count(s.index)) {
                        lead = r;
                    }
                }
                if (lead != mostCommon) {
                    otherLeads.add(new Claim(Claim.SEGMENT_LEADING, s.column.label(), lead.label(), Claim.SHARE,
                            share(lead, table, s.index), share(lead, table, 0), s.column.unweightedBase(), null,
                            null));
                }
            }
            claims.addAll(otherLeads);
            if (eligible.size() >= 2 && otherLeads.size() < eligible.size()) {
                claims.add(new Claim(otherLeads.isEmpty() ? Claim.LEADING_EVERYWHERE : Claim.LEADING_ELSEWHERE, null,
                        mostCommon.label(), Claim.SHARE, null, share(mostCommon, table, 0), n, null, null));
            }
            claims.addAll(optionsThatDiffer(table, byCount, eligible, multiAttribute));
        }

        // 5. the table's test, or what is not there
        ChiSquare chi = !question.isMulti() && !multiAttribute ? table.chiSquare() : null;
        if (chi != null) {
            boolean differs = chi.pValue() < Claim.ALPHA;
            claims.add(new Claim(differs ? Claim.TEST : Claim.NO_DIFFERENCE, null, null, null, null, null, n,
                    Claim.CHI_SQUARE, chi.pValue()));
            if (differs && significant.isEmpty() && !eligible.isEmpty()) {
                claims.add(noDifference(eligible, measure, n, multiAttribute));
            }
        } else if (significant.isEmpty() && !eligible.isEmpty()) {
            claims.add(noDifference(eligible, measure, n, multiAttribute));
        }
        if (correction != null) {
            claims.add(correction);
        }
        claims.addAll(smallBases);
        return new Findings(claims, nets);
    }

    private static Claim noDifference(List<Segment> eligible, NoteMeasure measure, int n, boolean multiAttribute) {
        Double smallest = eligible.stream().filter(s -> s.test != null).map(s -> s.test.pValue())
                .min(Double::compare).orElse(null);
        return new Claim(Claim.NO_DIFFERENCE, null, measure.name(), Claim.SHARE, null, null, n,
                multiAttribute ? Claim.VS_REST : Claim.ADJUSTED_RESIDUAL, smallest);
    }

    /**
     * Options of a multi-response question on which segments differ: by the option's own chi-square (ticked / not
     * ticked × a single-choice attribute), or, for a multi-response attribute, where a segment differs from the rest
     * (the strongest such segment is named). Most significant first.
     */
    private static List<Claim> optionsThatDiffer(Crosstab table, List<TableRow> options, List<Segment> eligible,
            boolean multiAttribute) {
        List<Claim> out = new ArrayList<>();
        int n = table.total().unweightedBase();
        for (TableRow option : options) {
            double totalShare = share(option, table, 0);
            if (!multiAttribute) {
                ChiSquare chi = option.chiSquare();
                if (chi != null && chi.pValue() < Claim.ALPHA) {
                    out.add(new Claim(Claim.OPTION_DIFFERS, null, option.label(), Claim.SHARE, null, totalShare, n,
                            Claim.CHI_SQUARE, chi.pValue()));
                }
                continue;
            }
            Segment strongest = null;
            for (Segment s : eligible) {
                double hits = option.count(s.index);
                SegmentTest t = SegmentTest.of(true, hits, s.column.base(), option.count(0), table.total().base());
                double gap = 100.0 * hits / s.column.base() - totalShare;
                if (t != null && t.pValue() < Claim.ALPHA
                        && (strongest == null || Math.abs(gap) > Math.abs(strongest.share - totalShare))) {
                    strongest = new Segment(s.index, s.column, 100.0 * hits / s.column.base(), t);
                }
            }
            if (strongest != null) {
                out.add(new Claim(Claim.OPTION_DIFFERS, strongest.column.label(), option.label(), Claim.SHARE,
                        strongest.share, totalShare, strongest.column.unweightedBase(), Claim.VS_REST,
                        strongest.test.pValue()));
            }
        }
        out.sort(Comparator.comparingDouble(Claim::pValue));
        return out;
    }

    private static Claim segmentClaim(String kind, Segment s, NoteMeasure measure, double totalShare) {
        return new Claim(kind, s.column.label(), measure.name(), Claim.SHARE, s.share, totalShare,
                s.column.unweightedBase(), s.test == null ? null : s.test.test(),
                s.test == null ? null : s.test.pValue());
    }

    /**
     * The measure when none is asked for: the most common option of a multi-response question, the top-2 box of a
     * scale whose two top answers are shown, else the first answer shown (not a NET: a NET shown in place of its
     * answers is a row of its own, not an answer of the question).
     */
    private static NoteMeasure defaultMeasure(Crosstab table, List<TableRow> answers, TableRow mostCommon) {
        Question question = table.question();
        if (question.isMulti()) {
            return NoteMeasure.answer(mostCommon.label());
        }
        if (TopBox.applies(question)) {
            List<String> topTwo = question.categories().subList(0, 2);
            if (answers.stream().filter(r -> topTwo.contains(r.label())).count() == 2) {
                return new NoteMeasure(Claim.TOP2, topTwo);
            }
        }
        return NoteMeasure.answer(answers.get(0).label());
    }

    /** The rows of the measure's answers; answers nobody in the table gave have no row and count 0. */
    private static List<TableRow> rows(List<TableRow> answers, NoteMeasure measure, Question question) {
        List<TableRow> out = new ArrayList<>();
        for (String label : measure.labels()) {
            TableRow row = answers.stream().filter(r -> r.label().equals(label)).findFirst().orElse(null);
            if (row != null) {
                out.add(row);
            } else if (question.indexOf(label) < 0) {
                throw new IllegalArgumentException(Messages.get("notes.error.answer", label, question.id()));
            }
        }
        return out;
    }

    private static double sum(List<TableRow> rows, int column) {
        double s = 0;
        for (TableRow r : rows) {
            s += r.count(column);
        }
        return s;
    }

    private static double share(TableRow row, Crosstab table, int column) {
        return 100.0 * row.count(column) / table.columns().get(column).base();
    }

    /** One segment column eligible for claims, with its share and its test against the Total. */
    private record Segment(int index, TableColumn column, double share, SegmentTest test) {
        boolean significant() {
            return test != null && test.pValue() < Claim.ALPHA;
        }
    }

    /** A scale's mean score in one column, over the answers that have a score. */
    private record Mean(double mean, int n) {
        static Mean of(Crosstab table, List<TableRow> answers, int column) {
            Question question = table.question();
            double[] scores = MeanScores.scores(question, Map.of());
            if (scores == null) {
                return null;
            }
            double sum = 0;
            double count = 0;
            for (TableRow row : answers) {
                int c = question.indexOf(row.label());
                if (c < 0 || Double.isNaN(scores[c])) {
                    continue;
                }
                sum += scores[c] * row.count(column);
                count += row.count(column);
            }
            return count > 0 ? new Mean(sum / count, (int) Math.round(count)) : null;
        }
    }
}
