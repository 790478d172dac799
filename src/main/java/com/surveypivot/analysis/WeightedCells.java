package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.Arrays;
import java.util.List;

/**
 * Respondent counts, Σw and Σw² per answer × column (and per answer × banner group) of a table whose question has
 * one code per respondent. Unweighted: one popcount of an intersection per cell. Weighted: one pass over the
 * respondents for the whole table (a single-choice attribute's column comes from its code, a multi-response
 * attribute's columns from membership tests), instead of one pass per cell.
 */
final class WeightedCells {
    final int[][] n;
    final double[][] w;
    final double[][] w2;
    final double[][] groupW;
    final double[][] groupW2;

    WeightedCells(int cats, int k, int groups) {
        n = new int[cats][k];
        w = new double[cats][k];
        w2 = new double[cats][k];
        groupW = new double[cats][groups];
        groupW2 = new double[cats][groups];
    }

    /** Unweighted cells: counts, with Σw = Σw² = the count. */
    static WeightedCells unweighted(Question question, List<RespondentSet> columnSets, List<RespondentSet> groupBases) {
        int cats = question.categoryCount();
        int k = columnSets.size();
        WeightedCells cells = new WeightedCells(cats, k, groupBases.size());
        RespondentSet total = columnSets.get(0);
        for (int c = 0; c < cats; c++) {
            RespondentSet members = question.members(c);
            for (int j = 0; j < k; j++) {
                int count = RespondentSet.countBoth(members, columnSets.get(j));
                cells.n[c][j] = count;
                cells.w[c][j] = count;
                cells.w2[c][j] = count;
            }
            for (int g = 0; g < groupBases.size(); g++) {
                double count = groupBases.get(g).equals(total) ? cells.n[c][0]
                        : RespondentSet.countBoth(members, groupBases.get(g));
                cells.groupW[c][g] = count;
                cells.groupW2[c][g] = count;
            }
        }
        return cells;
    }

    /**
     * Weighted cells in one pass over the Total's respondents.
     *
     * @param columnSets   Total first, then the groups' columns
     * @param groupBases   each group's respondents
     * @param groupFrom    index of each group's first column
     * @param groupColumns for each group, the attribute category of each of its columns
     * @param attributes   each group's attribute (its columns' categories)
     */
    static WeightedCells weighted(Question question, double[] weights, List<RespondentSet> columnSets,
            List<RespondentSet> groupBases, int[] groupFrom, List<int[]> groupColumns, List<Question> attributes) {
        int cats = question.categoryCount();
        int k = columnSets.size();
        int groups = groupBases.size();
        WeightedCells cells = new WeightedCells(cats, k, groups);
        int[][] columnOf = new int[groups][];
        boolean[] coded = new boolean[groups];
        RespondentSet[][] multiColumns = new RespondentSet[groups][];
        for (int g = 0; g < groups; g++) {
            Question attribute = attributes.get(g);
            coded[g] = attribute.hasCodes();
            columnOf[g] = new int[attribute.categoryCount()];
            Arrays.fill(columnOf[g], -1);
            int[] categories = groupColumns.get(g);
            multiColumns[g] = new RespondentSet[categories.length];
            for (int i = 0; i < categories.length; i++) {
                columnOf[g][categories[i]] = groupFrom[g] + i;
                multiColumns[g][i] = columnSets.get(groupFrom[g] + i);
            }
        }
        RespondentSet total = columnSets.get(0);
        int[] n0 = new int[cats];
        double[] w0 = new double[cats];
        double[] w20 = new double[cats];
        RespondentSet[] bases = groupBases.toArray(new RespondentSet[0]);
        int[][] attributeCodes = new int[groups][];
        for (int g = 0; g < groups; g++) {
            attributeCodes[g] = coded[g] ? attributes.get(g).codes() : null;
        }
        cells.pass(question.codes(), weights, total, bases, attributeCodes, columnOf, multiColumns, groupFrom, n0, w0,
                w20);
        for (int c = 0; c < cats; c++) {
            cells.n[c][0] = n0[c];
            cells.w[c][0] = w0[c];
            cells.w2[c][0] = w20[c];
        }
        return cells;
    }

    /** The one pass: every respondent of the Total adds to its answer's cells in each group it belongs to. */
    private void pass(int[] codes, double[] weights, RespondentSet total, RespondentSet[] bases,
            int[][] attributeCodes, int[][] columnOf, RespondentSet[][] multiColumns, int[] groupFrom, int[] n0,
            double[] w0, double[] w20) {
        int groups = bases.length;
        for (int r = 0; r < codes.length; r++) {
            if (!total.contains(r)) {
                continue;
            }
            int c = codes[r];
            double wr = weights[r];
            double sq = wr * wr;
            n0[c]++;
            w0[c] += wr;
            w20[c] += sq;
            double[] cw = w[c];
            double[] cw2 = w2[c];
            int[] cn = n[c];
            double[] gw = groupW[c];
            double[] gw2 = groupW2[c];
            for (int g = 0; g < groups; g++) {
                if (!bases[g].contains(r)) {
                    continue;
                }
                gw[g] += wr;
                gw2[g] += sq;
                int[] ac = attributeCodes[g];
                if (ac != null) {
                    int j = columnOf[g][ac[r]];
                    if (j >= 0) {
                        cn[j]++;
                        cw[j] += wr;
                        cw2[j] += sq;
                    }
                } else {
                    RespondentSet[] sets = multiColumns[g];
                    for (int i = 0; i < sets.length; i++) {
                        if (sets[i].contains(r)) {
                            int j = groupFrom[g] + i;
                            cn[j]++;
                            cw[j] += wr;
                            cw2[j] += sq;
                        }
                    }
                }
            }
        }
    }
}
