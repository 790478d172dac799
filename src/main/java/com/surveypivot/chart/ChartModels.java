package com.surveypivot.chart;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the {@link BandChartModel} of a crosstab for each {@link ChartKind}, and holds what the kinds share:
 * labels in the report language, the order of the bars, value texts with the chosen decimals, the significance
 * and low-base marks.
 */
public final class ChartModels {
    /** The mark of a cell significantly above the rest of its group (the engine's adjusted residual). */
    public static final String UP = "▲";
    /** The mark of a cell significantly below the rest of its group. */
    public static final String DOWN = "▼";
    /** The mark of a bar whose unweighted base is under the small base (50): read with caution. */
    public static final String CAUTION = "*";
    /** The mark of a bar whose unweighted base is under the minimum base (30): for reference only. */
    public static final String REFERENCE = "**";

    private ChartModels() {
    }

    /** What every kind's builder needs: the table, the settings, the language and the bars' column order. */
    record Context(Crosstab table, ChartSettings settings, ChartBasis basis, Locale locale, List<Integer> order,
            List<Integer> answers) {
        Question question() {
            return table.question();
        }

        TableRow row(int index) {
            return table.rows().get(index);
        }

        TableColumn column(int index) {
            return table.columns().get(index);
        }

        String value(double v) {
            return valueText(v, settings.decimals());
        }

        /** A count as drawn: whole numbers unless weighted. */
        String count(double v) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            int decimals = table.weighted() ? settings.decimals() : 0;
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            return format.format(v);
        }

        /** "▲", "▼" or "" for a cell (the Total and bases under the minimum have none). */
        String mark(int row, int column) {
            int m = table.residualMark(row, column);
            return m > 0 ? UP : m < 0 ? DOWN : "";
        }

        String columnLabel(int column) {
            TableColumn c = column(column);
            return c.total() ? Messages.get(locale, "chart.total") : c.label();
        }

        String nLabel(int column) {
            return Messages.get(locale, "chart.n",
                    NumberFormat.getIntegerInstance(locale).format(column(column).unweightedBase()));
        }

        /** "Label (n=…)" with the low-base mark, as series are named. */
        String seriesLabel(int column) {
            return columnLabel(column) + " " + nLabel(column) + baseMark(column);
        }

        String baseMark(int column) {
            int n = column(column).unweightedBase();
            return n < table.options().minBase() ? REFERENCE : n < table.options().smallBase() ? CAUTION : "";
        }
    }

    /** The chart of a table as the settings ask, texts in the settings' language (else {@code fallback}). */
    static BandChartModel build(Crosstab table, ChartSettings settings, ChartBasis basis, Locale fallback) {
        Locale locale = settings.languageOr(fallback);
        List<Integer> answers = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            if (!table.rows().get(r).net()) {
                answers.add(r);
            }
        }
        List<Integer> order = settings.kind() == ChartKind.LINE ? ChartOrder.inOrder(table)
                : ChartOrder.columns(table, settings.sortBy(), locale);
        Context c = new Context(table, settings, basis == null ? ChartBasis.NONE : basis, locale, order, answers);
        boolean multi = table.question().isMulti();
        return switch (settings.kind()) {
            case BAND -> multi ? GroupedModel.build(c, true) : StackedModel.build(c, true);
            case COUNTS -> multi ? GroupedModel.build(c, false) : StackedModel.build(c, false);
            case GROUPED -> GroupedModel.build(c, true);
            case TOPBOX -> TopBoxModel.build(c);
            case LINE -> LineModel.build(c);
        };
    }

    /**
     * Whether a kind can draw this table: top-box bars need a scale with a top box, lines an ordered single-choice
     * attribute; the other kinds draw any table.
     */
    public static boolean fits(ChartKind kind, Crosstab table) {
        if (table == null) {
            return true;
        }
        return switch (kind) {
            case TOPBOX -> ChartOrder.topBox(table) >= 0 || com.surveypivot.analysis.TopBox.applies(table.question());
            case LINE -> table.by() != null && table.by().isOrdered() && !table.by().isMulti();
            default -> true;
        };
    }

    /** The value label with 0–2 decimals. */
    static String valueText(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    /** The axis end for bars: the next multiple of 10 above the largest value (at least 10, at most 100). */
    static double niceMax(double max) {
        return Math.min(100, Math.max(10, Math.ceil((max + 0.5) / 10) * 10));
    }

    /** The axis end for counts: 1, 2, 2.5 or 5 × a power of ten, at or above the largest value. */
    static double niceCountMax(double max) {
        if (!(max > 0)) {
            return 10;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
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

    static String subtitle(Crosstab table, Locale locale) {
        String by = table.by() == null ? "" : Messages.get(locale, "chart.by", title(table.by()));
        if (!table.weighted()) {
            return by;
        }
        String weighted = Messages.get(locale, "chart.weighted");
        return by.isEmpty() ? weighted : by + " " + weighted;
    }

    /** The model with its parts and the notes under it (base, filter, weight; what the marks mean). */
    static BandChartModel model(Context c, BandChartModel.Layout layout, List<BandChartModel.LegendEntry> legend,
            List<BandChartModel.Bar> bars, List<BandChartModel.BarGroup> groups, double axisMax,
            List<BandChartModel.LineSeries> lines, boolean percent, boolean marked) {
        List<String> notes = ChartNotes.lines(c, marked);
        return new BandChartModel(layout, title(c.question()), subtitle(c.table(), c.locale()), legend, bars, groups,
                axisMax, c.settings().kind(), lines, notes, percent);
    }
}
