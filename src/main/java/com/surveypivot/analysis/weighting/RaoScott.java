package com.surveypivot.analysis.weighting;

import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.SignificanceTests;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Gamma;

/**
 * The Rao–Scott first-order corrected Pearson chi-square of a single-choice × single-choice table on a raked
 * sample, as R's {@code svychisq(~q + by, design, statistic = "Chisq")} after {@code rake()}: Pearson's X² of the
 * weighted table rescaled to the design's n, divided by the mean of the generalised design effects δ (the
 * eigenvalues of Δ = (C'D⁻¹C/n)⁻¹ C'D⁻¹VD⁻¹C, C the interaction contrasts, D the cell proportions, V their
 * design-based covariance), on (r−1)(c−1) degrees of freedom. V is the linearisation variance with the influence
 * values projected off the raking margins (ten passes over the margins, as the survey package does), so it
 * accounts for the raking. Respondents outside the table (no answer, filtered out) stay in the design with zero
 * contribution, as a subset of a calibrated design does in R.
 */
public final class RaoScott {
    /** Passes over the margins when the influence values are projected (survey's svyrecvar uses 10). */
    static final int PROJECTION_PASSES = 10;

    /**
     * The corrected statistic X²/mean(δ), its degrees of freedom, its upper-tail p, and Pearson's X² itself (what
     * {@code svychisq} prints as X-squared; its p-value is the corrected one).
     */
    public record Result(double statistic, int df, double pValue, double pearson, double meanDelta) {
    }

    private RaoScott() {
    }

    /**
     * The test, or null where it does not apply (a multi-response or unanswered question or attribute, fewer than
     * two answers or segments with respondents in the table).
     *
     * @param keep the respondents a filter keeps, or null for all
     */
    public static Result test(RakedDesign design, Question question, Question by, RespondentSet keep) {
        if (question == null || by == null || !question.hasCodes() || !by.hasCodes()) {
            return null;
        }
        int[] qc = question.codes();
        int[] bc = by.codes();
        int size = qc.length;
        int[] rowIndex = dense(qc, bc, design, keep, true);
        int[] colIndex = dense(qc, bc, design, keep, false);
        int nr = max(rowIndex);
        int nc = max(colIndex);
        if (nr < 2 || nc < 2) {
            return null;
        }
        int k = nr * nc;
        int[] rows = new int[size];
        int n = 0;
        double total = 0;
        double[] cell = new double[k];
        for (int r = 0; r < size; r++) {
            rows[r] = -1;
            if (!design.inDesign()[r]) {
                continue;
            }
            n++;
            if (inTable(r, qc, bc, design, keep)) {
                rows[r] = rowIndex[qc[r]] + nr * colIndex[bc[r]];
                cell[rows[r]] += design.weight(r);
                total += design.weight(r);
            }
        }
        double[][] scaled = new double[nr][nc];
        double[] p = new double[k];
        for (int c = 0; c < k; c++) {
            p[c] = cell[c] / total;
            scaled[c % nr][c / nr] = cell[c] * n / total;
        }
        ChiSquare pearson = SignificanceTests.pearson(scaled);
        double[][] v = covariance(design, rows, p, total, n);
        double meanDelta = meanDelta(v, p, nr, nc, n);
        int df = (nr - 1) * (nc - 1);
        double statistic = pearson.statistic() / meanDelta;
        return new Result(statistic, df, Gamma.regularizedGammaQ(df / 2.0, statistic / 2.0), pearson.statistic(),
                meanDelta);
    }

    private static boolean inTable(int r, int[] qc, int[] bc, RakedDesign design, RespondentSet keep) {
        return qc[r] >= 0 && bc[r] >= 0 && (keep == null || keep.contains(r)) && design.inDesign()[r];
    }

    /** Dense 0-based indices of the question's (or attribute's) categories present in the table, else -1. */
    private static int[] dense(int[] qc, int[] bc, RakedDesign design, RespondentSet keep, boolean forRows) {
        int[] codes = forRows ? qc : bc;
        int max = 0;
        for (int c : codes) {
            max = Math.max(max, c + 1);
        }
        boolean[] present = new boolean[max];
        for (int r = 0; r < codes.length; r++) {
            if (inTable(r, qc, bc, design, keep)) {
                present[codes[r]] = true;
            }
        }
        int[] index = new int[max];
        int next = 0;
        for (int c = 0; c < max; c++) {
            index[c] = present[c] ? next++ : -1;
        }
        return index;
    }

    private static int max(int[] index) {
        int m = 0;
        for (int i : index) {
            m = Math.max(m, i + 1);
        }
        return m;
    }

    /** The covariance of the cell proportions: influence values projected off the raking margins. */
    private static double[][] covariance(RakedDesign design, int[] rows, double[] p, double total, int n) {
        int k = p.length;
        int size = rows.length;
        int[] members = new int[n];
        int m = 0;
        for (int r = 0; r < size; r++) {
            if (design.inDesign()[r]) {
                members[m++] = r;
            }
        }
        double[] w = new double[n];
        double[][] z = new double[k][n];
        for (int i = 0; i < n; i++) {
            int r = members[i];
            w[i] = design.weight(r);
            if (rows[r] >= 0) {
                for (int c = 0; c < k; c++) {
                    z[c][i] = ((rows[r] == c ? 1 : 0) - p[c]) * w[i] / total;
                }
            }
        }
        List<int[]> groups = new ArrayList<>();
        List<Integer> groupCounts = new ArrayList<>();
        for (int[] margin : design.margins()) {
            int[] g = new int[n];
            int levels = 0;
            for (int i = 0; i < n; i++) {
                g[i] = margin[members[i]];
                levels = Math.max(levels, g[i] + 1);
            }
            groups.add(g);
            groupCounts.add(levels);
        }
        for (int pass = 0; pass < PROJECTION_PASSES; pass++) {
            for (int mi = 0; mi < groups.size(); mi++) {
                int[] g = groups.get(mi);
                int levels = groupCounts.get(mi);
                int[] count = new int[levels];
                for (int i = 0; i < n; i++) {
                    count[g[i]]++;
                }
                for (int c = 0; c < k; c++) {
                    double[] zc = z[c];
                    double[] mean = new double[levels];
                    for (int i = 0; i < n; i++) {
                        mean[g[i]] += zc[i] / w[i];
                    }
                    for (int l = 0; l < levels; l++) {
                        mean[l] = count[l] > 0 ? mean[l] / count[l] : 0;
                    }
                    for (int i = 0; i < n; i++) {
                        zc[i] -= w[i] * mean[g[i]];
                    }
                }
            }
        }
        double[] avg = new double[k];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < n; i++) {
                avg[c] += z[c][i];
            }
            avg[c] /= n;
        }
        double[][] v = new double[k][k];
        double scale = n / (n - 1.0);
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += (z[a][i] - avg[a]) * (z[b][i] - avg[b]);
                }
                v[a][b] = s * scale;
                v[b][a] = v[a][b];
            }
        }
        return v;
    }

    /** mean(diag(Δ)) with Δ = (C'D⁻¹C/n)⁻¹ C'D⁻¹VD⁻¹C. */
    private static double meanDelta(double[][] v, double[] p, int nr, int nc, int n) {
        int k = p.length;
        int df = (nr - 1) * (nc - 1);
        double[][] cm = new double[k][df];
        int col = 0;
        for (int cc = 1; cc < nc; cc++) {
            for (int rr = 1; rr < nr; rr++) {
                for (int c = 0; c < k; c++) {
                    int i = c % nr;
                    int j = c / nr;
                    cm[c][col] = (i == rr && j == cc ? 1 : 0) - (i == rr ? 1.0 / nc : 0) - (j == cc ? 1.0 / nr : 0)
                            + 1.0 / k;
                }
                col++;
            }
        }
        double[] inv = new double[k];
        for (int c = 0; c < k; c++) {
            inv[c] = p[c] == 0 ? 0 : 1 / p[c];
        }
        RealMatrix c = new Array2DRowRealMatrix(cm, false);
        double[][] dc = new double[k][df];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < df; b++) {
                dc[a][b] = inv[a] * cm[a][b];
            }
        }
        RealMatrix idc = new Array2DRowRealMatrix(dc, false);
        RealMatrix denom = c.transpose().multiply(idc).scalarMultiply(1.0 / n);
        RealMatrix numr = idc.transpose().multiply(new Array2DRowRealMatrix(v, false)).multiply(idc);
        RealMatrix delta = new LUDecomposition(denom).getSolver().solve(numr);
        return delta.getTrace() / df;
    }
}
