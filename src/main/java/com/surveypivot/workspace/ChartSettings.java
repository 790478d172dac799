package com.surveypivot.workspace;

/**
 * What the chart shows beyond the table (the chart itself draws them).
 *
 * @param kind           the chart kind: {@code band} (100% band chart, the default), or a kind the chart offers
 * @param decimals       decimals of the values on the chart, 0–2
 * @param reportLanguage the language of the chart's own words ("ja", "en"), or "" to follow the window's
 * @param sortBy         the answer, NET or "topbox" whose share orders the segments, or "" for category order
 */
public record ChartSettings(String kind, int decimals, String reportLanguage, String sortBy) {
    public static final ChartSettings DEFAULT = new ChartSettings("band", 1, "", "");

    /** Settings in category order. */
    public ChartSettings(String kind, int decimals, String reportLanguage) {
        this(kind, decimals, reportLanguage, "");
    }

    public ChartSettings {
        kind = kind == null || kind.isBlank() ? "band" : kind;
        if (decimals < 0 || decimals > 2) {
            throw new IllegalArgumentException("decimals must be 0, 1 or 2");
        }
        reportLanguage = reportLanguage == null ? "" : reportLanguage;
        sortBy = sortBy == null ? "" : sortBy.strip();
    }
}
