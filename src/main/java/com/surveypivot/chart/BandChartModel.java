package com.surveypivot.chart;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain description of a band chart, built from a crosstab; {@link BandChart} draws it and UI tests read it.
 *
 * <p>{@link Layout#STACKED} (a single-choice or scale question): one 100% bar per {@link #bars() bar}, the Total
 * (全体) first, then one per attribute category in category order; each bar's segments are the question's answers
 * in answer order with their % of the bar's base; the legend lists the answers.
 *
 * <p>{@link Layout#GROUPED} (a multi-response question, whose answers sum past 100%): one {@link #groups() group}
 * per option in option order, in each one bar per series (Total first, then the attribute's categories) with the %
 * of respondents who ticked the option; the legend lists the series.
 *
 * @param layout   stacked 100% bars or grouped bars
 * @param title    question id and text, e.g. "Q2 部門間の業務連携状況"
 * @param subtitle the attribute the bars break down by (with a weighting note), or "" for Total only
 * @param legend   legend entries in order: the answers (stacked) or the series (grouped)
 * @param bars     the stacked bars, Total first; empty for a grouped chart
 * @param groups   the option groups of a grouped chart; empty for a stacked chart
 * @param axisMax  the value at the right end of the axis: 100 for stacked bars, a round number for grouped bars
 */
public record BandChartModel(Layout layout, String title, String subtitle, List<LegendEntry> legend, List<Bar> bars,
        List<BarGroup> groups, double axisMax) {

    /** Segments narrower than this (in %) carry no value label. */
    public static final double MIN_LABEL_PERCENT = 3.0;

    public BandChartModel {
        legend = List.copyOf(legend);
        bars = List.copyOf(bars);
        groups = List.copyOf(groups);
    }

    /** How the values are drawn. */
    public enum Layout { STACKED, GROUPED }

    /** A legend swatch: its label and colour ("#RRGGBB"). */
    public record LegendEntry(String label, String color) {
    }

    /**
     * One 100% bar.
     *
     * @param label    the category label (or 全体 / Total)
     * @param base     the unweighted number of respondents in the bar
     * @param nLabel   "(n=1,000)"
     * @param total    true for the Total bar
     * @param segments one per answer, in answer order
     */
    public record Bar(String label, int base, String nLabel, boolean total, List<Segment> segments) {
        public Bar {
            segments = List.copyOf(segments);
        }

        /** The label with its base, e.g. "全体 (n=1,000)". */
        public String fullLabel() {
            return label + " " + nLabel;
        }
    }

    /**
     * One answer's share of a bar.
     *
     * @param label        the answer
     * @param percent      % of the bar's base (0 where the base is 0)
     * @param color        "#RRGGBB"
     * @param valueText    the value label, e.g. "45.3"
     * @param labelVisible whether the segment is wide enough to carry its value label
     */
    public record Segment(String label, double percent, String color, String valueText, boolean labelVisible) {
    }

    /** One option of a multi-response question with a bar per series. */
    public record BarGroup(String label, List<GroupBar> bars) {
        public BarGroup {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One series' bar within an option group.
     *
     * @param series    the series label with its base, e.g. "全体 (n=1,000)"
     * @param percent   % of the series' respondents who ticked the option
     * @param color     "#RRGGBB"
     * @param valueText the value label at the bar's end, e.g. "45.3"
     */
    public record GroupBar(String series, double percent, String color, String valueText) {
    }

    /** Builds the chart description of a crosstab; labels (全体 / Total) in the given locale. */
    public static BandChartModel from(Crosstab table, Locale locale) {
        Question question = table.question();
        String title = title(question);
        String subtitle = subtitle(table, locale);
        return question.isMulti() ? grouped(table, locale, title, subtitle) : stacked(table, locale, title, subtitle);
    }

    private static BandChartModel stacked(Crosstab table, Locale locale, String title, String subtitle) {
        Question question = table.question();
        List<String> answers = table.rows().stream().map(TableRow::label).toList();
        List<String> colours = ChartPalette.forAnswers(answers, question.type() == QuestionType.SCALE,
                question.isOrdered());
        List<LegendEntry> legend = new ArrayList<>();
        for (int a = 0; a < answers.size(); a++) {
            legend.add(new LegendEntry(answers.get(a), colours.get(a)));
        }
        List<Bar> bars = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            TableColumn column = table.columns().get(c);
            List<Segment> segments = new ArrayList<>();
            for (int a = 0; a < answers.size(); a++) {
                double percent = finite(table.rows().get(a).percent(c));
                segments.add(new Segment(answers.get(a), percent, colours.get(a), valueText(percent),
                        percent >= MIN_LABEL_PERCENT));
            }
            bars.add(new Bar(columnLabel(column, locale), column.unweightedBase(),
                    nLabel(column.unweightedBase(), locale), column.total(), segments));
        }
        return new BandChartModel(Layout.STACKED, title, subtitle, legend, bars, List.of(), 100);
    }

    private static BandChartModel grouped(Crosstab table, Locale locale, String title, String subtitle) {
        List<String> colours = new ArrayList<>();
        colours.add(ChartPalette.TOTAL);
        colours.addAll(ChartPalette.qualitative(table.columns().size() - 1));
        List<LegendEntry> legend = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            TableColumn column = table.columns().get(c);
            legend.add(new LegendEntry(columnLabel(column, locale) + " " + nLabel(column.unweightedBase(), locale),
                    colours.get(c)));
        }
        List<BarGroup> groups = new ArrayList<>();
        double max = 0;
        for (TableRow row : table.rows()) {
            List<GroupBar> bars = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                double percent = finite(row.percent(c));
                max = Math.max(max, percent);
                bars.add(new GroupBar(legend.get(c).label(), percent, colours.get(c), valueText(percent)));
            }
            groups.add(new BarGroup(row.label(), bars));
        }
        return new BandChartModel(Layout.GROUPED, title, subtitle, legend, List.of(), groups, niceMax(max));
    }

    /** The axis end for grouped bars: the next multiple of 10 above the largest value (at least 10, at most 100). */
    static double niceMax(double max) {
        return Math.min(100, Math.max(10, Math.ceil((max + 0.5) / 10) * 10));
    }

    /** One decimal, as Japanese research reports print percentages. */
    static String valueText(double percent) {
        return String.format(Locale.ROOT, "%.1f", percent);
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    /** A question as charts title it: "Q2 text", or the text alone when it already starts with the id. */
    static String title(Question question) {
        String id = question.id();
        String text = question.text();
        if (text.isEmpty() || text.equals(id)) {
            return id;
        }
        return text.startsWith(id) ? text : id + " " + text;
    }

    private static String subtitle(Crosstab table, Locale locale) {
        String by = table.by() == null ? "" : Messages.get(locale, "chart.by", title(table.by()));
        if (!table.weighted()) {
            return by;
        }
        String weighted = Messages.get(locale, "chart.weighted");
        return by.isEmpty() ? weighted : by + " " + weighted;
    }

    private static String columnLabel(TableColumn column, Locale locale) {
        return column.total() ? Messages.get(locale, "chart.total") : column.label();
    }

    private static String nLabel(int base, Locale locale) {
        return Messages.get(locale, "chart.n", NumberFormat.getIntegerInstance(locale).format(base));
    }
}
