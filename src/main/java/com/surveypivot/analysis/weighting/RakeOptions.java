package com.surveypivot.analysis.weighting;

/**
 * How to rake: stop when every achieved share is within {@code tolerance} (a fraction, e.g. 1e-6) of its target,
 * or after {@code maxIterations} full passes over the attributes; optionally keep each weight within
 * [{@code capLow}, {@code capHigh}] times the mean weight (NaN for no cap).
 */
public record RakeOptions(double tolerance, int maxIterations, double capLow, double capHigh) {
    public static final double DEFAULT_TOLERANCE = 1e-6;
    public static final int DEFAULT_MAX_ITERATIONS = 100;

    public RakeOptions {
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("tolerance > 0 and at least one iteration");
        }
        if (!Double.isNaN(capLow) && !(capLow > 0 && capHigh > capLow)) {
            throw new IllegalArgumentException("caps: 0 < low < high");
        }
    }

    public static RakeOptions defaults() {
        return new RakeOptions(DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, Double.NaN, Double.NaN);
    }

    public RakeOptions withCaps(double low, double high) {
        return new RakeOptions(tolerance, maxIterations, low, high);
    }

    public RakeOptions withTolerance(double newTolerance) {
        return new RakeOptions(newTolerance, maxIterations, capLow, capHigh);
    }

    public RakeOptions withMaxIterations(int iterations) {
        return new RakeOptions(tolerance, iterations, capLow, capHigh);
    }

    public boolean capped() {
        return !Double.isNaN(capLow);
    }
}
