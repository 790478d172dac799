package com.surveypivot.analysis.weighting;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rim weighting (raking): iterative proportional fitting of one weight per respondent so that the weighted shares
 * of up to {@link #MAX_ATTRIBUTES} single-choice attributes match their targets, as R's {@code survey::rake()}.
 * Weights start at 1; each pass multiplies, attribute by attribute, every respondent's weight by target share /
 * current weighted share of their answer; with caps, weights are then kept within [low, high] × the mean weight.
 * The sum of the weights stays the number of respondents weighted (mean 1). Respondents without an answer on a
 * weighting attribute are not weighted: their weight is blank (NaN), which every table counts as 0.
 */
public final class Raking {
    public static final int MAX_ATTRIBUTES = 6;
    /** How far the shares of one attribute may sum from 100% (0.1 percentage points, for rounded targets). */
    public static final double SUM_TOLERANCE = 0.001;

    private Raking() {
    }

    public static RakeReport rake(Survey survey, List<RakeTarget> targets, RakeOptions options) throws RakeException {
        if (targets.isEmpty() || targets.size() > MAX_ATTRIBUTES) {
            throw new RakeException("weighting.error.attributes", MAX_ATTRIBUTES);
        }
        int n = survey.respondents();
        List<Margin> margins = new ArrayList<>();
        for (RakeTarget t : targets) {
            margins.add(margin(survey, t));
        }
        boolean[] in = new boolean[n];
        int weighted = 0;
        for (int r = 0; r < n; r++) {
            boolean all = true;
            for (Margin m : margins) {
                all &= m.codes[r] >= 0;
            }
            in[r] = all;
            weighted += all ? 1 : 0;
        }
        for (Margin m : margins) {
            m.checkReachable(in);
        }
        double[] w = new double[n];
        for (int r = 0; r < n; r++) {
            w[r] = in[r] ? 1.0 : Double.NaN;
        }
        int iterations = 0;
        boolean converged = false;
        while (iterations < options.maxIterations() && !converged) {
            iterations++;
            for (Margin m : margins) {
                m.adjust(w, in);
            }
            if (options.capped()) {
                cap(w, in, weighted, options.capLow(), options.capHigh());
            }
            converged = true;
            for (Margin m : margins) {
                converged &= m.worstGap(w, in) <= options.tolerance();
            }
        }
        return report(w, in, weighted, iterations, converged, margins);
    }

    private static void cap(double[] w, boolean[] in, int weighted, double low, double high) {
        double sum = 0;
        for (int r = 0; r < w.length; r++) {
            if (in[r]) {
                sum += w[r];
            }
        }
        double mean = sum / weighted;
        for (int r = 0; r < w.length; r++) {
            if (in[r]) {
                w[r] = Math.min(high * mean, Math.max(low * mean, w[r]));
            }
        }
    }

    private static RakeReport report(double[] w, boolean[] in, int weighted, int iterations, boolean converged,
            List<Margin> margins) {
        double sum = 0;
        double sumSq = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < w.length; r++) {
            if (in[r]) {
                sum += w[r];
                sumSq += w[r] * w[r];
                min = Math.min(min, w[r]);
                max = Math.max(max, w[r]);
            }
        }
        double deff = weighted * sumSq / (sum * sum);
        List<RakeReport.TargetCheck> checks = new ArrayList<>();
        for (Margin m : margins) {
            m.checks(w, in, checks);
        }
        return new RakeReport(w, iterations, converged, min, max, deff, 1 / deff, sum * sum / sumSq, checks);
    }

    private static Margin margin(Survey survey, RakeTarget t) throws RakeException {
        Question q = survey.find(t.attribute())
                .orElseThrow(() -> new RakeException("weighting.error.unknownAttribute", t.attribute()));
        if (!q.hasCodes() || q.isMulti() || !q.isCrossable()) {
            throw new RakeException("weighting.error.notSingle", q.id());
        }
        double[] target = new double[q.categoryCount()];
        boolean[] given = new boolean[q.categoryCount()];
        double sum = 0;
        for (Map.Entry<String, Double> e : t.shares().entrySet()) {
            int c = q.indexOf(e.getKey());
            if (c < 0) {
                throw new RakeException("weighting.error.unknownAnswer", q.id(), e.getKey(),
                        String.join(" | ", q.categories()));
            }
            double share = e.getValue() == null ? Double.NaN : e.getValue();
            if (!(share >= 0) || share > 1) {
                throw new RakeException("weighting.error.badShare", q.id(), e.getKey());
            }
            target[c] = share;
            given[c] = true;
            sum += share;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new RakeException("weighting.error.sum", q.id(), String.format(java.util.Locale.ROOT, "%.2f",
                    sum * 100));
        }
        for (int c = 0; c < target.length; c++) {
            target[c] /= sum;
        }
        return new Margin(q, q.codes(), target, given);
    }

    /** One attribute's codes, target shares and the work on them. */
    private static final class Margin {
        final Question question;
        final int[] codes;
        final double[] target;
        final boolean[] given;
        final double[] sums;

        Margin(Question question, int[] codes, double[] target, boolean[] given) {
            this.question = question;
            this.codes = codes;
            this.target = target;
            this.given = given;
            this.sums = new double[target.length];
        }

        void checkReachable(boolean[] in) throws RakeException {
            int[] counts = new int[target.length];
            for (int r = 0; r < codes.length; r++) {
                if (in[r]) {
                    counts[codes[r]]++;
                }
            }
            for (int c = 0; c < target.length; c++) {
                String label = question.categories().get(c);
                if (counts[c] == 0 && target[c] > 0) {
                    throw new RakeException("weighting.error.emptyCategory", question.id(), label);
                }
                if (counts[c] > 0 && !(target[c] > 0)) {
                    throw new RakeException(given[c] ? "weighting.error.zeroTarget" : "weighting.error.noTarget",
                            question.id(), label);
                }
            }
        }

        private double sums(double[] w, boolean[] in) {
            java.util.Arrays.fill(sums, 0);
            for (int r = 0; r < codes.length; r++) {
                if (in[r]) {
                    sums[codes[r]] += w[r];
                }
            }
            double total = 0;
            for (double s : sums) {
                total += s;
            }
            return total;
        }

        void adjust(double[] w, boolean[] in) {
            double total = sums(w, in);
            double[] factor = new double[target.length];
            for (int c = 0; c < target.length; c++) {
                factor[c] = sums[c] > 0 ? target[c] * total / sums[c] : 0;
            }
            for (int r = 0; r < codes.length; r++) {
                if (in[r]) {
                    w[r] *= factor[codes[r]];
                }
            }
        }

        double worstGap(double[] w, boolean[] in) {
            double total = sums(w, in);
            double worst = 0;
            for (int c = 0; c < target.length; c++) {
                worst = Math.max(worst, Math.abs(sums[c] / total - target[c]));
            }
            return worst;
        }

        void checks(double[] w, boolean[] in, List<RakeReport.TargetCheck> out) {
            double[] ones = new double[w.length];
            java.util.Arrays.fill(ones, 1);
            double n = sums(ones, in);
            double[] sample = sums.clone();
            double total = sums(w, in);
            for (int c = 0; c < target.length; c++) {
                if (given[c] || sample[c] > 0) {
                    out.add(new RakeReport.TargetCheck(question.id(), question.categories().get(c), sample[c] / n,
                            target[c], sums[c] / total));
                }
            }
        }
    }
}
