package com.surveypivot.analysis.bench;

import com.surveypivot.analysis.ColumnTests;
import com.surveypivot.analysis.SignificanceTests;
import com.surveypivot.survey.Question;
import java.util.List;

/**
 * The straightforward implementation the benchmark compares with: one pass over the respondents per table,
 * looking up each respondent's answer and attribute categories and adding to a count matrix, then the same
 * statistics (chi-square per group, column-vs-rest z, letters) from the matrix. Single-choice question only;
 * attributes single-choice or multi-response.
 */
final class RowByRowCrosstab {
    private RowByRowCrosstab() {
    }

    /** Returns a checksum so that the JIT cannot drop the work. */
    static double table(Question question, List<Question> banner, double[] weights) {
        int n = question.respondentCount();
        int rows = question.categoryCount();
        int groups = banner.size();
        int[] offsets = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            offsets[g + 1] = offsets[g] + banner.get(g).categoryCount();
        }
        int k = offsets[groups] + 1;
        double[][] counts = new double[rows][k];
        double[][] groupCounts = new double[rows][groups];
        double[] colW = new double[k];
        double[] colW2 = new double[k];
        int[] colN = new int[k];
        double[] groupW = new double[groups];
        double[] groupW2 = new double[groups];
        for (int r = 0; r < n; r++) {
            int code = question.code(r);
            if (code < 0) {
                continue;
            }
            double w = weights == null ? 1 : weights[r];
            boolean inTotal = false;
            for (int g = 0; g < groups; g++) {
                Question by = banner.get(g);
                boolean inGroup = false;
                if (by.isMulti()) {
                    for (int c = 0; c < by.categoryCount(); c++) {
                        if (by.members(c).contains(r)) {
                            int j = 1 + offsets[g] + c;
                            counts[code][j] += w;
                            colW[j] += w;
                            colW2[j] += w * w;
                            colN[j]++;
                            inGroup = true;
                        }
                    }
                } else if (by.code(r) >= 0) {
                    int j = 1 + offsets[g] + by.code(r);
                    counts[code][j] += w;
                    colW[j] += w;
                    colW2[j] += w * w;
                    colN[j]++;
                    inGroup = true;
                }
                if (inGroup) {
                    groupCounts[code][g] += w;
                    groupW[g] += w;
                    groupW2[g] += w * w;
                    inTotal = true;
                }
            }
            if (inTotal) {
                counts[code][0] += w;
                colW[0] += w;
                colW2[0] += w * w;
                colN[0]++;
            }
        }
        double checksum = 0;
        for (int g = 0; g < groups; g++) {
            int from = 1 + offsets[g];
            int to = 1 + offsets[g + 1];
            double eff = groupW2[g] > 0 ? groupW[g] * groupW[g] / groupW2[g] : 0;
            double scale = groupW[g] > 0 ? eff / groupW[g] : 1;
            if (!banner.get(g).isMulti()) {
                double[][] observed = new double[rows][to - from];
                for (int q = 0; q < rows; q++) {
                    for (int j = from; j < to; j++) {
                        observed[q][j - from] = counts[q][j] * scale;
                    }
                }
                var chi = SignificanceTests.pearson(observed);
                checksum += chi == null ? 0 : chi.statistic();
            }
            for (int q = 0; q < rows; q++) {
                for (int j = from; j < to; j++) {
                    double effJ = colW2[j] > 0 ? colW[j] * colW[j] / colW2[j] : 0;
                    double restW = groupW[g] - colW[j];
                    double restW2 = groupW2[g] - colW2[j];
                    if (colW[j] > 0 && restW > 0 && restW2 > 0) {
                        double z = ColumnTests.proportionZ(counts[q][j] / colW[j], effJ,
                                (groupCounts[q][g] - counts[q][j]) / restW, restW * restW / restW2);
                        checksum += Double.isNaN(z) ? 0 : ColumnTests.normalP(z);
                    }
                    for (int b = from; b < to; b++) {
                        if (b == j || colN[j] < 30 || colN[b] < 30) {
                            continue;
                        }
                        double effB = colW[b] * colW[b] / colW2[b];
                        double z = ColumnTests.proportionZ(counts[q][j] / colW[j], effJ, counts[q][b] / colW[b], effB);
                        checksum += Double.isNaN(z) ? 0 : ColumnTests.normalP(z);
                    }
                }
            }
        }
        return checksum + counts[0][0];
    }
}
