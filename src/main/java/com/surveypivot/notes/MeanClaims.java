package com.surveypivot.notes;

import com.surveypivot.analysis.ColumnTests;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.MeanScore;
import com.surveypivot.analysis.MeanScores;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Mean-score claims: each segment with a base of 30 or more against the respondents outside it by Welch's t-test,
 * Holm-corrected over the segments ({@code mean-above} / {@code mean-below}, p Holm-adjusted, largest gap first).
 * Scales are scored from the top end down to 1 ("don't know"-style answers left out) from the table's counts;
 * numbers use the table's column means where the engine computed them. With weights the means are weighted and the
 * test's sizes are the unweighted bases.
 */
final class MeanClaims {
    private MeanClaims() {
    }

    /** n, Σx and Σx² of one column. */
    private record Moments(double n, double sum, double sumSq) {
        double mean() {
            return sum / n;
        }

        double variance() {
            return n > 1 ? Math.max(0, (sumSq - sum * sum / n) / (n - 1)) : 0;
        }

        Moments minus(Moments o) {
            return new Moments(n - o.n, sum - o.sum, sumSq - o.sumSq);
        }

        /** Rescaled to {@code size} respondents (weighted sums to the unweighted base). */
        Moments scaledTo(double size) {
            double f = n > 0 ? size / n : 1;
            return new Moments(size, sum * f, sumSq * f);
        }
    }

    static List<Claim> find(Crosstab table, List<TableRow> answers, List<Integer> eligible, boolean multiAttribute) {
        List<Claim> out = new ArrayList<>();
        Moments total = moments(table, answers, 0);
        if (total == null || eligible.isEmpty()) {
            return out;
        }
        total = total.scaledTo(table.total().unweightedBase());
        List<Claim> tested = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int c : eligible) {
            TableColumn column = table.columns().get(c);
            Moments seg = moments(table, answers, c);
            if (seg == null || !(seg.n > 0)) {
                continue;
            }
            seg = seg.scaledTo(column.unweightedBase());
            Moments rest = total.minus(seg);
            if (!(rest.n > 1) || !(seg.n > 1)) {
                continue;
            }
            double v1 = seg.variance() / seg.n;
            double v2 = rest.variance() / rest.n;
            double se = Math.sqrt(v1 + v2);
            if (!(se > 0)) {
                continue;
            }
            double t = (seg.mean() - rest.mean()) / se;
            double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (seg.n - 1) + v2 * v2 / (rest.n - 1));
            tested.add(new Claim(t > 0 ? Claim.MEAN_ABOVE : Claim.MEAN_BELOW, column.label(), null, Claim.MEAN,
                    seg.mean(), total.mean(), column.unweightedBase(), Claim.T_TEST, null));
            p.add(ColumnTests.studentP(t, df));
        }
        double[] raw = p.stream().mapToDouble(Double::doubleValue).toArray();
        // two segments that make up the table are one comparison
        double[] adjusted = !multiAttribute && table.segments().size() == 2 ? raw : Holm.adjust(raw);
        for (int i = 0; i < tested.size(); i++) {
            if (adjusted[i] < Claim.ALPHA) {
                Claim c = tested.get(i);
                out.add(new Claim(c.kind(), c.segment(), null, Claim.MEAN, c.value(), c.total(), c.base(),
                        Claim.T_TEST, adjusted[i]));
            }
        }
        out.sort(Comparator.comparingDouble((Claim c) -> -Math.abs(c.gap())));
        return out;
    }

    /** The column's moments: from scored answer counts for a scale, from the engine's mean for a number. */
    private static Moments moments(Crosstab table, List<TableRow> answers, int column) {
        Question q = table.question();
        if (q.type() == QuestionType.NUMBER) {
            MeanScore m = table.columns().get(column).mean();
            if (m == null || !(m.weightedN() > 0)) {
                return null;
            }
            double n = m.weightedN();
            return new Moments(n, n * m.mean(), (n - 1) * m.sd() * m.sd() + n * m.mean() * m.mean());
        }
        if (q.type() != QuestionType.SCALE) {
            return null;
        }
        double[] scores = MeanScores.scores(q, Map.of());
        if (scores == null) {
            return null;
        }
        double n = 0;
        double sum = 0;
        double sumSq = 0;
        for (TableRow row : answers) {
            int c = q.indexOf(row.label());
            if (c < 0 || Double.isNaN(scores[c])) {
                continue;
            }
            double w = row.count(column);
            n += w;
            sum += w * scores[c];
            sumSq += w * scores[c] * scores[c];
        }
        return n > 0 ? new Moments(n, sum, sumSq) : null;
    }
}
