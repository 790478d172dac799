package com.surveypivot.chart;

import java.util.Locale;

/**
 * How a chart is drawn, apart from the table it shows: an immutable value the window, the command line and saved
 * tables share.
 *
 * @param kind      what the chart shows (100% band by default)
 * @param decimals  decimals of the value labels, 0–2 (1 by default, as Japanese reports print %)
 * @param sortBy    the answer, NET or {@link #SORT_TOP_BOX} whose % orders the segments, highest first; null keeps
 *                  the attribute's category order (the Total always stays first)
 * @param language  the report language of the chart's own texts (全体 / Total, "by", the notes under it); null
 *                  follows the window's language
 */
public record ChartSettings(ChartKind kind, int decimals, String sortBy, Locale language) {
    /** {@link #sortBy()} keyword: order by the scale's top box (the first automatic NET). */
    public static final String SORT_TOP_BOX = "topbox";
    public static final int MAX_DECIMALS = 2;

    public ChartSettings {
        kind = kind == null ? ChartKind.BAND : kind;
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0 to " + MAX_DECIMALS + ": " + decimals);
        }
        sortBy = sortBy == null || sortBy.isBlank() ? null : sortBy.strip();
    }

    /** A 100% band chart, one decimal, category order, the window's language. */
    public static ChartSettings defaults() {
        return new ChartSettings(ChartKind.BAND, 1, null, null);
    }

    public ChartSettings withKind(ChartKind newKind) {
        return new ChartSettings(newKind, decimals, sortBy, language);
    }

    public ChartSettings withDecimals(int newDecimals) {
        return new ChartSettings(kind, newDecimals, sortBy, language);
    }

    public ChartSettings withSortBy(String newSortBy) {
        return new ChartSettings(kind, decimals, newSortBy, language);
    }

    public ChartSettings withLanguage(Locale newLanguage) {
        return new ChartSettings(kind, decimals, sortBy, newLanguage);
    }

    /** The language of the chart's texts: the report language, else {@code fallback} (the window's). */
    public Locale languageOr(Locale fallback) {
        return language != null ? language : fallback;
    }
}
