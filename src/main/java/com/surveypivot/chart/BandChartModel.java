package com.surveypivot.chart;

import com.surveypivot.analysis.Crosstab;
import java.util.List;
import java.util.Locale;

/**
 * A plain description of a chart of a question by an attribute, built from a crosstab; {@link BandChart} draws it
 * and UI tests read it. {@link ChartModels} builds it for each {@link ChartKind}.
 *
 * <p>{@link Layout#STACKED} (100% bands, or stacked counts): one bar per {@link #bars() bar}, the Total (全体)
 * first, then one per attribute category (in category order, or sorted by an answer); each bar's segments are the
 * question's answers in answer order; the legend lists the answers.
 *
 * <p>{@link Layout#GROUPED} (a multi-response question, or grouped bars): one {@link #groups() group} per answer in
 * answer order, in each one bar per series (Total first, then the segments); the legend lists the series.
 *
 * <p>{@link Layout#BARS} (top box): one bar per {@link #bars() bar} with a single segment, its value at the end.
 *
 * <p>{@link Layout#LINE}: the {@link #bars() bars} name the points (the Total, then the ordered categories, with no
 * segments), and each of the {@link #lines() lines} is an answer with a value per point.
 *
 * @param layout   how the values are drawn
 * @param title    question id and text, e.g. "Q2 部門間の業務連携状況"
 * @param subtitle the attribute the bars break down by (with a weighting note), or "" for Total only
 * @param legend   legend entries in order: the answers (stacked, line), the series (grouped) or the box (bars)
 * @param bars     the bars (stacked, bars) or the points (line), Total first; empty for a grouped chart
 * @param groups   the answer groups of a grouped chart; empty otherwise
 * @param axisMax  the value at the right (top) end of the axis: 100 for bands, a round number otherwise
 * @param kind     the kind asked for
 * @param lines    the lines of a line chart; empty otherwise
 * @param notes    the lines under the chart: the base (n, filter, weight), then what the marks mean
 * @param percent  true when values are %, false for counts
 */
public record BandChartModel(Layout layout, String title, String subtitle, List<LegendEntry> legend, List<Bar> bars,
        List<BarGroup> groups, double axisMax, ChartKind kind, List<LineSeries> lines, List<String> notes,
        boolean percent) {

    /** Segments narrower than this (in % of their bar) carry no value label. */
    public static final double MIN_LABEL_PERCENT = 3.0;

    public BandChartModel {
        legend = List.copyOf(legend);
        bars = List.copyOf(bars);
        groups = List.copyOf(groups);
        lines = lines == null ? List.of() : List.copyOf(lines);
        notes = notes == null ? List.of() : List.copyOf(notes);
        kind = kind == null ? ChartKind.BAND : kind;
    }

    /** How the values are drawn. */
    public enum Layout { STACKED, GROUPED, BARS, LINE }

    /** A legend swatch: its label and colour ("#RRGGBB"). */
    public record LegendEntry(String label, String color) {
    }

    /**
     * One bar (or one point of a line chart).
     *
     * @param label    the category label (or 全体 / Total)
     * @param base     the unweighted number of respondents in the bar
     * @param nLabel   "(n=1,000)"
     * @param total    true for the Total bar
     * @param segments one per answer, in answer order (one for a top-box bar, none for a line chart's point)
     * @param baseMark "" or the low-base mark: {@link ChartModels#CAUTION} under the small base (50),
     *                 {@link ChartModels#REFERENCE} under the minimum base (30)
     */
    public record Bar(String label, int base, String nLabel, boolean total, List<Segment> segments,
            String baseMark) {
        public Bar {
            segments = List.copyOf(segments);
            baseMark = baseMark == null ? "" : baseMark;
        }

        /** The label with its base and low-base mark, e.g. "全体 (n=1,000)", "その他 (n=23)**". */
        public String fullLabel() {
            return label + " " + nLabel + baseMark;
        }
    }

    /**
     * One answer's part of a bar.
     *
     * @param label        the answer
     * @param percent      % of the bar's base (0 where the base is 0)
     * @param color        "#RRGGBB"
     * @param valueText    the value label, e.g. "45.3" (a count for stacked counts)
     * @param labelVisible whether the segment is wide enough (by its share of the bar) to carry its value label
     * @param value        the length drawn, in axis units: the % or the (weighted) count
     * @param mark         "▲" or "▼" where the engine finds the cell significantly above or below the rest, else ""
     */
    public record Segment(String label, double percent, String color, String valueText, boolean labelVisible,
            double value, String mark) {
        public Segment {
            mark = mark == null ? "" : mark;
        }

        /** The value with its significance mark, as drawn: "45.3▲". */
        public String labelText() {
            return valueText + mark;
        }
    }

    /** One answer of a grouped chart with a bar per series. */
    public record BarGroup(String label, List<GroupBar> bars) {
        public BarGroup {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One series' bar within an answer group.
     *
     * @param series    the series label with its base, e.g. "全体 (n=1,000)"
     * @param percent   % of the series' respondents who gave the answer
     * @param color     "#RRGGBB"
     * @param valueText the value label at the bar's end, e.g. "45.3"
     * @param value     the length drawn, in axis units (the % or the count)
     * @param mark      "▲", "▼" or ""
     */
    public record GroupBar(String series, double percent, String color, String valueText, double value, String mark) {
        public GroupBar {
            mark = mark == null ? "" : mark;
        }

        /** The value with its significance mark, as drawn. */
        public String labelText() {
            return valueText + mark;
        }
    }

    /**
     * One answer of a line chart: a value per point of {@link #bars()} (the Total first).
     *
     * @param label      the answer
     * @param color      "#RRGGBB"
     * @param values     % per point
     * @param valueTexts the value labels per point
     * @param marks      "▲", "▼" or "" per point
     */
    public record LineSeries(String label, String color, List<Double> values, List<String> valueTexts,
            List<String> marks) {
        public LineSeries {
            values = List.copyOf(values);
            valueTexts = List.copyOf(valueTexts);
            marks = List.copyOf(marks);
        }
    }

    /** The 100% band chart of a crosstab (default settings); labels (全体 / Total) in the given locale. */
    public static BandChartModel from(Crosstab table, Locale locale) {
        return ChartModels.build(table, ChartSettings.defaults(), ChartBasis.NONE, locale);
    }

    /** The chart of a crosstab as the settings ask; the texts in the settings' language, else {@code locale}. */
    public static BandChartModel from(Crosstab table, ChartSettings settings, ChartBasis basis, Locale locale) {
        return ChartModels.build(table, settings, basis, locale);
    }
}
