package com.surveypivot.chart;

import java.util.Locale;

/**
 * What a chart of a question by an attribute shows.
 *
 * <ul>
 * <li>{@link #BAND}: 100% bands (帯グラフ), the Total first, then one bar per segment; a multi-response question,
 * whose answers sum past 100%, is drawn as grouped bars instead;</li>
 * <li>{@link #TOPBOX}: one bar per segment with the scale's top box (top-2 of a 4- or 5-point scale, top-3 of a
 * 7-point one): the share who gave one of its top answers;</li>
 * <li>{@link #GROUPED}: one group per answer, in it one bar per series (Total, then the segments);</li>
 * <li>{@link #COUNTS}: stacked bars of respondent counts (weighted counts when weighted);</li>
 * <li>{@link #LINE}: one line per answer across the categories of an ordered attribute, the Total apart.</li>
 * </ul>
 */
public enum ChartKind {
    BAND, TOPBOX, GROUPED, COUNTS, LINE;

    /** The command line's name: band, topbox, grouped, counts, line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a command-line name (any case); null when unknown. */
    public static ChartKind parse(String name) {
        for (ChartKind kind : values()) {
            if (kind.cliName().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return kind;
            }
        }
        return null;
    }

    /** The bundle key of the kind's name in the window ({@code chart.kind.band} …). */
    public String key() {
        return "chart.kind." + cliName();
    }
}
