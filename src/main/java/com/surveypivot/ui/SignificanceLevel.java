package com.surveypivot.ui;

import com.surveypivot.analysis.CellOptions;

/** What the grid marks as significant: nothing, or residual arrows and column letters at 95% or 99%. */
public enum SignificanceLevel {
    /** No tests shown. */
    OFF("grid.significance.off"),
    /** Arrows and lower-case letters at 95%, upper-case letters at 99%. */
    P95("grid.significance.p95"),
    /** Arrows and letters at 99% only. */
    P99("grid.significance.p99");

    private final String key;

    SignificanceLevel(String key) {
        this.key = key;
    }

    /** The ui bundle key of its name. */
    String key() {
        return key;
    }

    /** The cell options for this level, on top of the given ones. */
    CellOptions apply(CellOptions options) {
        return switch (this) {
            case OFF -> options.withStatistics(false);
            case P95 -> options.withStatistics(true).withLevels(0.95, 0.99);
            case P99 -> options.withStatistics(true).withLevels(0.99, 0.99);
        };
    }
}
