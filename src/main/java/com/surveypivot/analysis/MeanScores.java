package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Means of a scale's answer scores or of a number question's values, per column.
 *
 * <p>Default scores of a scale with p points (top end first): p, p−1, …, 1; "don't know"-style answers after the
 * points have no score and are left out of the mean. Scores given by label replace the defaults (NaN leaves an
 * answer out); a single-choice question gets a mean only where scores are given. Numbers use their values.
 */
public final class MeanScores {
    private MeanScores() {
    }

    /** The score of each category (NaN = no score), or null where the question has no scores. */
    public static double[] scores(Question question, Map<String, Double> given) {
        if (question.isMulti() || question.type() == QuestionType.NUMBER || question.type() == QuestionType.DATE
                || question.categoryCount() == 0) {
            return null;
        }
        double[] scores = new double[question.categoryCount()];
        Arrays.fill(scores, Double.NaN);
        boolean any = false;
        if (question.type() == QuestionType.SCALE) {
            int points = TopBox.points(question);
            int[] zeroToTen = AutoNets.zeroToTen(question);
            for (int c = 0; c < points; c++) {
                scores[c] = points - c;
                any = true;
            }
            if (zeroToTen != null) {
                for (int v = 0; v <= 10; v++) {
                    scores[zeroToTen[v]] = v;
                }
            }
        }
        for (int c = 0; c < scores.length; c++) {
            Double s = given.get(question.categories().get(c));
            if (s == null) {
                s = given.get(question.categories().get(c).strip());
            }
            if (s != null) {
                scores[c] = s;
                any = true;
            }
        }
        return any ? scores : null;
    }

    /** One mean per column (null where nobody in the column has a score); null where the question has none. */
    static MeanScore[] compute(Question question, Map<String, Double> given, List<RespondentSet> columns,
            double[] w, double[] w2) {
        MeanScore[] out = new MeanScore[columns.size()];
        if (question.type() == QuestionType.NUMBER) {
            double[] values = question.numbers();
            for (int j = 0; j < out.length; j++) {
                double[] acc = new double[5]; // n, Σw, Σw², Σwx, Σwx²
                columns.get(j).forEach(r -> {
                    double x = values[r];
                    if (Double.isFinite(x)) {
                        double wr = w == null ? 1 : w[r];
                        acc[0]++;
                        acc[1] += wr;
                        acc[2] += wr * wr;
                        acc[3] += wr * x;
                        acc[4] += wr * x * x;
                    }
                });
                out[j] = mean((int) acc[0], acc[1], acc[2], acc[3], acc[4]);
            }
            return out;
        }
        double[] scores = scores(question, given);
        if (scores == null) {
            return null;
        }
        for (int j = 0; j < out.length; j++) {
            RespondentSet col = columns.get(j);
            int count = 0;
            double sw = 0;
            double sw2 = 0;
            double s1 = 0;
            double s2 = 0;
            for (int c = 0; c < scores.length; c++) {
                double s = scores[c];
                if (Double.isNaN(s)) {
                    continue;
                }
                RespondentSet members = question.members(c);
                int cnt = RespondentSet.countBoth(members, col);
                if (cnt == 0) {
                    continue;
                }
                double cw = w == null ? cnt : RespondentSet.weightBoth(members, col, w);
                count += cnt;
                sw += cw;
                sw2 += w == null ? cnt : RespondentSet.weightBoth(members, col, w2);
                s1 += cw * s;
                s2 += cw * s * s;
            }
            out[j] = mean(count, sw, sw2, s1, s2);
        }
        return out;
    }

    /** Means from per answer × column cells: counts, Σw and Σw². */
    static MeanScore[] fromCells(Question question, Map<String, Double> given, int[][] n, double[][] w,
            double[][] w2) {
        if (question.type() == QuestionType.NUMBER) {
            return null;
        }
        double[] scores = scores(question, given);
        if (scores == null) {
            return null;
        }
        int k = w.length == 0 ? 0 : w[0].length;
        MeanScore[] out = new MeanScore[k];
        for (int j = 0; j < k; j++) {
            int count = 0;
            double sw = 0;
            double sw2 = 0;
            double s1 = 0;
            double s2 = 0;
            for (int c = 0; c < scores.length; c++) {
                double s = scores[c];
                if (Double.isNaN(s) || n[c][j] == 0) {
                    continue;
                }
                count += n[c][j];
                sw += w[c][j];
                sw2 += w2[c][j];
                s1 += w[c][j] * s;
                s2 += w[c][j] * s * s;
            }
            out[j] = mean(count, sw, sw2, s1, s2);
        }
        return out;
    }

    /**
     * The mean of sums: m = Σwx/Σw; sd² = (Σwx² − Σw·m²)/Σw · n'/(n' − 1) with n' = (Σw)²/Σw² (the sample variance
     * when unweighted).
     */
    static MeanScore mean(int count, double sw, double sw2, double s1, double s2) {
        if (count == 0 || !(sw > 0)) {
            return null;
        }
        double m = s1 / sw;
        double effective = sw * sw / sw2;
        double variance = Math.max(0, (s2 - sw * m * m) / sw);
        double sd = effective > 1 ? Math.sqrt(variance * effective / (effective - 1)) : Double.NaN;
        return new MeanScore(m, sd, count, sw, effective);
    }
}
