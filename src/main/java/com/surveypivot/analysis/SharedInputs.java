package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import java.util.Arrays;
import java.util.List;

/**
 * What the tables of a book share: the sanitised weights (and their squares) and the banner's keys, computed once
 * for the first table that needs them and reused while later tables have equal weights and the same banner.
 */
final class SharedInputs {
    /**
     * The inputs of the last single tables ({@link CrosstabEngine#compute(TableSpec)}): while the user changes the
     * question, filter or options of a table, its banner and weights stay, and so do their keys and sanitised copy.
     */
    static final SharedInputs RECENT = new SharedInputs();

    private double[] raw;
    private double[] w;
    private double[] w2;
    private BannerKeys keys;
    private List<Question> noKeys;

    /** Sanitised weights {w, w²}: NaN, infinite and negative weights count as 0. */
    synchronized double[][] weights(double[] weights) {
        if (raw == null || !(raw == weights || Arrays.equals(raw, weights))) {
            int n = weights.length;
            double[] sw = new double[n];
            double[] sw2 = new double[n];
            for (int i = 0; i < n; i++) {
                double v = weights[i];
                sw[i] = Double.isFinite(v) && v > 0 ? v : 0;
                sw2[i] = sw[i] * sw[i];
            }
            raw = weights;
            w = sw;
            w2 = sw2;
        }
        return new double[][] {w, w2};
    }

    /** The banner's keys, or null where they do not apply. */
    synchronized BannerKeys keys(List<Question> banner) {
        if (keys != null && keys.isFor(banner)) {
            return keys;
        }
        if (noKeys != null && noKeys.equals(banner)) {
            return null;
        }
        BannerKeys made = BannerKeys.of(banner);
        if (made == null) {
            noKeys = List.copyOf(banner);
        } else {
            keys = made;
        }
        return made;
    }
}
