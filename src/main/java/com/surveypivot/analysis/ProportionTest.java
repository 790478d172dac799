package com.surveypivot.analysis;

/**
 * A pooled two-proportion z-test (two-sided), as R's {@code prop.test(correct = FALSE)} whose chi-square is z².
 *
 * @param z      (p1 − p2) / √(p(1−p)(1/n1 + 1/n2)), p the pooled proportion; positive when the first is higher
 * @param pValue two-sided p, precise far into the tail (erfc)
 */
public record ProportionTest(double z, double pValue) {
}
