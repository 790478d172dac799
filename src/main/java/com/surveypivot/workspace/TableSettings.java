package com.surveypivot.workspace;

/**
 * How the table is tested and which automatic rows it has.
 *
 * @param significance what the grid marks: {@code OFF}, {@code P95} or {@code P99}
 * @param autoNets     automatic top-2/bottom-2 boxes for scales
 */
public record TableSettings(String significance, boolean autoNets) {
    public static final TableSettings DEFAULT = new TableSettings("P95", true);

    public TableSettings {
        significance = significance == null ? "P95" : significance;
    }
}
