package com.surveypivot.workspace;

/**
 * What the chart shows beyond the table (the chart itself draws them).
 *
 * @param kind           the chart kind: {@code band} (100% band chart, the default), or a kind the chart offers
 * @param decimals       decimals of the values on the chart, 0–2
 * @param reportLanguage the language of the chart's own words ("ja", "en"), or "" to follow the window's
 */
public record ChartSettings(String kind, int decimals, String reportLanguage) {
    public static final ChartSettings DEFAULT = new ChartSettings("band", 1, "");

    public ChartSettings {
        kind = kind == null || kind.isBlank() ? "band" : kind;
        if (decimals < 0 || decimals > 2) {
            throw new IllegalArgumentException("decimals must be 0, 1 or 2");
        }
        reportLanguage = reportLanguage == null ? "" : reportLanguage;
    }
}
