package com.surveypivot.ui;

/** What the centre of the window shows: the chart (with its tabs), the grid (with the notes), or both. */
public enum LayoutMode {
    CHART, GRID, BOTH;

    /** The mode of a saved name; BOTH for anything else. */
    static LayoutMode of(String name) {
        for (LayoutMode m : values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return BOTH;
    }
}
