package com.surveypivot.workspace;

/**
 * What the crosstab grid shows.
 *
 * @param counts     counts instead of percents
 * @param transposed the banner layout (answers down, segments across)
 */
public record GridSettings(boolean counts, boolean transposed) {
    public static final GridSettings DEFAULT = new GridSettings(false, false);
}
