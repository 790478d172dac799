package com.surveypivot.analysis;

/**
 * The mean of a scale's scores or of a number question's values in one column.
 *
 * @param mean          the (weighted) mean
 * @param sd            the standard deviation: the sample sd (n − 1) unweighted; weighted, the weighted variance
 *                      Σw(x − m)²/Σw times n/(n − 1) with n the effective base; NaN where n ≤ 1
 * @param n             the unweighted number of respondents with a score
 * @param weightedN     Σw over them
 * @param effectiveN    their Kish effective base (Σw)²/Σw²
 */
public record MeanScore(double mean, double sd, int n, double weightedN, double effectiveN) {
}
