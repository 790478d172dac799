package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.List;

/**
 * Σw and Σw² per answer × column (and per answer × banner group) of a weighted table whose question has one code
 * per respondent, in one pass over each group's respondents instead of one pass per cell: a single-choice
 * attribute's columns come from its codes, a multi-response attribute's columns from one pass over each column.
 */
final class WeightedCells {
    final double[][] w;
    final double[][] w2;
    final int[][] n;
    final double[][] groupW;
    final double[][] groupW2;

    /**
     * @param columnSets   Total first, then the groups' columns
     * @param groupBases   each group's respondents
     * @param groupFrom    index of each group's first column
     * @param groupColumns for each group, the attribute category of each of its columns
     * @param attributes   each group's attribute (its columns' categories)
     */
    WeightedCells(Question question, double[] weights, List<RespondentSet> columnSets, List<RespondentSet> groupBases,
            int[] groupFrom, List<int[]> groupColumns, List<Question> attributes) {
        int cats = question.categoryCount();
        int k = columnSets.size();
        int groups = groupBases.size();
        w = new double[cats][k];
        w2 = new double[cats][k];
        n = new int[cats][k];
        groupW = new double[cats][groups];
        groupW2 = new double[cats][groups];
        accumulate(question, weights, columnSets.get(0), w, w2, n, 0);
        for (int g = 0; g < groups; g++) {
            Question attribute = attributes.get(g);
            int[] columnOf = new int[attribute.categoryCount()];
            java.util.Arrays.fill(columnOf, -1);
            int[] categories = groupColumns.get(g);
            for (int i = 0; i < categories.length; i++) {
                columnOf[categories[i]] = groupFrom[g] + i;
            }
            if (attribute.hasCodes()) {
                byCodes(question, attribute, weights, groupBases.get(g), columnOf, g);
            } else {
                accumulate(question, weights, groupBases.get(g), groupW, groupW2, null, g);
                for (int i = 0; i < categories.length; i++) {
                    accumulate(question, weights, columnSets.get(groupFrom[g] + i), w, w2, n, groupFrom[g] + i);
                }
            }
        }
    }

    private void byCodes(Question question, Question attribute, double[] weights, RespondentSet base, int[] columnOf,
            int g) {
        eachRespondent(base, r -> {
            int c = question.code(r);
            double wr = weights[r];
            double sq = wr * wr;
            groupW[c][g] += wr;
            groupW2[c][g] += sq;
            int j = columnOf[attribute.code(r)];
            if (j >= 0) {
                w[c][j] += wr;
                w2[c][j] += sq;
                n[c][j]++;
            }
        });
    }

    private static void accumulate(Question question, double[] weights, RespondentSet set, double[][] sum,
            double[][] sum2, int[][] count, int column) {
        eachRespondent(set, r -> {
            int c = question.code(r);
            double wr = weights[r];
            sum[c][column] += wr;
            sum2[c][column] += wr * wr;
            if (count != null) {
                count[c][column]++;
            }
        });
    }

    private static void eachRespondent(RespondentSet set, java.util.function.IntConsumer action) {
        set.forEach(action);
    }
}
