package com.surveypivot.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The significance tests of a table: chi-square per banner group, each column against the rest of its group, and
 * SPSS-style column letters.
 */
final class ColumnSignificance {
    private final CellOptions options;
    private final boolean weighted;

    ColumnSignificance(CellOptions options, boolean weighted) {
        this.options = options;
        this.weighted = weighted;
    }

    /**
     * Per banner group, Pearson's chi-square of the answers by its columns (a single-response question) or of each
     * answer row (a multi-response one, added to {@code rowChi}), on counts rescaled to the effective base.
     */
    List<ColumnGroup> chiSquares(List<BannerGroup> groups, RespondentSums[] groupSums, RespondentSums[] colSums,
            List<DraftRow> rows, int answerRows, boolean singleQuestion, List<List<ChiSquare>> rowChi) {
        List<ColumnGroup> columnGroups = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            BannerGroup group = groups.get(g);
            double scale = chiScale(groupSums[g]);
            ChiSquare chi = null;
            List<ChiSquare> perRow = new ArrayList<>();
            boolean singleBy = !group.attribute.isMulti() && (group.outer == null || !group.outer.isMulti());
            if (singleBy && singleQuestion && group.to - group.from > 0) {
                double[][] observed = new double[answerRows][group.to - group.from];
                for (int r = 0; r < answerRows; r++) {
                    for (int j = group.from; j < group.to; j++) {
                        observed[r][j - group.from] = rows.get(r).counts[j] * scale;
                    }
                }
                chi = answerRows > 0 ? SignificanceTests.pearson(observed) : null;
            }
            for (DraftRow row : rows) {
                ChiSquare rc = null;
                if (!singleQuestion && singleBy && row.answer && group.to - group.from >= 2) {
                    double[][] observed = new double[2][group.to - group.from];
                    for (int j = group.from; j < group.to; j++) {
                        observed[0][j - group.from] = row.counts[j] * scale;
                        observed[1][j - group.from] = Math.max(0, colSums[j].w() - row.counts[j]) * scale;
                    }
                    rc = SignificanceTests.pearson(observed);
                }
                perRow.add(rc);
            }
            rowChi.add(perRow);
            columnGroups.add(new ColumnGroup(group.name, group.attribute, group.outer, group.from, group.to,
                    groupSums[g].w(), groupSums[g].n(), chi, singleQuestion ? List.of() : perRow));
        }
        return columnGroups;
    }

    /** Weighted counts are rescaled so that the group's total is its Kish effective base. */
    private double chiScale(RespondentSums group) {
        return !weighted || !(group.w() > 0) ? 1 : group.effective() / group.w();
    }

    /** Each column against the rest of its group: z (the adjusted residual) and its two-sided p. */
    void vsRest(DraftRow row, BannerGroup g, int gi, RespondentSums groupSums, RespondentSums[] colSums,
            double[] residuals, double[] vsRest) {
        for (int j = g.from; j < g.to; j++) {
            RespondentSums col = colSums[j];
            double restW = groupSums.w() - col.w();
            double restW2 = groupSums.w2() - col.w2();
            if (!(col.w() > 0) || !(restW > 1e-12 * groupSums.w()) || !(restW2 > 0)) {
                continue;
            }
            double p1 = clamp(row.counts[j] / col.w());
            double p2 = clamp((row.groupCounts[gi] - row.counts[j]) / restW);
            double z = ColumnTests.proportionZ(p1, col.effective(), p2, restW * restW / restW2);
            residuals[j] = z;
            vsRest[j] = ColumnTests.normalP(z);
        }
    }

    /** SPSS-style column letters: a cell gets the letter of every column of its group it is significantly above. */
    void columnLetters(DraftRow row, BannerGroup g, RespondentSums[] colSums, String[] letters) {
        int eligible = 0;
        for (int j = g.from; j < g.to; j++) {
            if (colSums[j].n() >= options.minBase() && colSums[j].w() > 0) {
                eligible++;
            }
        }
        double comparisons = options.bonferroni() ? eligible * (eligible - 1) / 2.0 : 1;
        StringBuilder[] out = new StringBuilder[g.to - g.from];
        for (int a = g.from; a < g.to; a++) {
            out[a - g.from] = new StringBuilder();
        }
        for (int a = g.from; a < g.to; a++) {
            for (int b = g.from; b < g.to; b++) {
                if (a == b || colSums[a].n() < options.minBase() || colSums[b].n() < options.minBase()
                        || !(colSums[a].w() > 0) || !(colSums[b].w() > 0)) {
                    continue;
                }
                double pa = row.counts[a] / colSums[a].w();
                double pb = row.counts[b] / colSums[b].w();
                if (!(pa > pb) || isZeroOrOne(pa) || isZeroOrOne(pb)) {
                    continue;
                }
                double z = ColumnTests.proportionZ(pa, colSums[a].effective(), pb, colSums[b].effective());
                mark(out[a - g.from], ColumnTests.normalP(z) * comparisons, b - g.from);
            }
        }
        for (int a = g.from; a < g.to; a++) {
            letters[a] = out[a - g.from].toString();
        }
    }

    void meanLetters(BannerGroup g, MeanScore[] means, String[] letters) {
        int eligible = 0;
        for (int j = g.from; j < g.to; j++) {
            if (means[j] != null && means[j].n() >= options.minBase()) {
                eligible++;
            }
        }
        double comparisons = options.bonferroni() ? eligible * (eligible - 1) / 2.0 : 1;
        for (int a = g.from; a < g.to; a++) {
            StringBuilder sb = new StringBuilder();
            for (int b = g.from; b < g.to; b++) {
                MeanScore ma = means[a];
                MeanScore mb = means[b];
                if (a == b || ma == null || mb == null || ma.n() < options.minBase() || mb.n() < options.minBase()
                        || !(ma.mean() > mb.mean())) {
                    continue;
                }
                double[] t = ColumnTests.meanT(ma.mean(), ma.sd(), ma.effectiveN(), mb.mean(), mb.sd(),
                        mb.effectiveN());
                if (t != null) {
                    mark(sb, ColumnTests.studentP(t[0], t[1]) * comparisons, b - g.from);
                }
            }
            letters[a] = sb.toString();
        }
    }

    private void mark(StringBuilder sb, double p, int other) {
        if (Double.isNaN(p)) {
            return;
        }
        String letter = ColumnTests.letter(other);
        if (p < 1 - options.strictLevel()) {
            sb.append(letter);
        } else if (p < 1 - options.level()) {
            sb.append(letter.toLowerCase(Locale.ROOT));
        }
    }

    private static boolean isZeroOrOne(double p) {
        return p <= 1e-12 || p >= 1 - 1e-12;
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
