package com.surveypivot.analysis;

import com.surveypivot.survey.RespondentSet;

/** Sums over one set of respondents. */
record RespondentSums(int n, double w, double w2) {
    double effective() {
        return w2 > 0 ? w * w / w2 : 0;
    }

    /** The sums over the respondents in both {@code a} and {@code b}; {@code w} null for unweighted. */
    static RespondentSums of(RespondentSet a, RespondentSet b, double[] w, double[] w2) {
        int count = RespondentSet.countBoth(a, b);
        if (w == null) {
            return new RespondentSums(count, count, count);
        }
        return new RespondentSums(count, RespondentSet.weightBoth(a, b, w), RespondentSet.weightBoth(a, b, w2));
    }

    static RespondentSums ofCells(int count, double[][] sum, double[][] sum2, int column) {
        double a = 0;
        double b = 0;
        for (int c = 0; c < sum.length; c++) {
            a += sum[c][column];
            b += sum2[c][column];
        }
        return new RespondentSums(count, a, b);
    }
}
