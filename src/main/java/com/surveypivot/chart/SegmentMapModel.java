package com.surveypivot.chart;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.analysis.SegmentMapData;
import com.surveypivot.analysis.SignificanceTests;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain description of a two-question segment map, built from {@link SegmentMapData}; {@link SegmentMap} draws
 * it and tests read it. Values are in % (0–100).
 *
 * @param title      "Q2 … × Q3 …"
 * @param subtitle   the attribute, e.g. "Q1 担当業務（複数回答）別"
 * @param xTitle     the horizontal axis: question and measure, "(%)"
 * @param yTitle     the vertical axis likewise
 * @param xAxis      the horizontal axis range and tick step
 * @param yAxis      the vertical axis range and tick step
 * @param totalX     the Total's share on X (the vertical cross-line)
 * @param totalY     the Total's share on Y (the horizontal cross-line)
 * @param totalLabel "全体 (n=1,000)", the label at the crossing of the Total lines
 * @param totalXText "全体 35.2%", the label of the vertical Total line
 * @param totalYText the label of the horizontal Total line
 * @param points     one per segment, in the attribute's category order
 * @param quadrants  the four corner captions: high X/high Y (top right), low X/high Y (top left), low X/low Y
 *                   (bottom left), high X/low Y (bottom right)
 * @param key        the texts of the key under the plot
 */
public record SegmentMapModel(String title, String subtitle, String xTitle, String yTitle, AxisRange xAxis,
        AxisRange yAxis, double totalX, double totalY, String totalLabel, String totalXText, String totalYText,
        List<MapPoint> points, QuadrantCaptions quadrants, Key key) {

    public SegmentMapModel {
        points = List.copyOf(points);
    }

    /** The key under the plot: one text per {@link Emphasis}, what the circle size means, the base rule. */
    public record Key(String significant, String plain, String smallBase, String size, String base) {
    }

    /** How a point is drawn. */
    public enum Emphasis {
        /** both gaps significant, both bases ≥ 30: strong colour */
        SIGNIFICANT,
        /** base ≥ 30 but not significant on both axes: light colour */
        PLAIN,
        /** a base under 30: hollow, muted label */
        SMALL_BASE
    }

    /** An axis from {@code min} to {@code max} % with a tick every {@code step}. */
    public record AxisRange(double min, double max, double step) {
        /** A range in whole steps around all the values, with some margin, within 0–100. */
        static AxisRange around(double low, double high) {
            double span = high - low;
            double step = span > 60 ? 20 : span > 16 ? 10 : 5;
            double min = Math.max(0, Math.floor((low - step * 0.4) / step) * step);
            double max = Math.min(100, Math.ceil((high + step * 0.4) / step) * step);
            if (max - min < 2 * step) {
                max = Math.min(100, min + 2 * step);
                min = Math.max(0, max - 2 * step);
            }
            return new AxisRange(min, max, step);
        }
    }

    /** The corner captions, named by the side of each Total line. */
    public record QuadrantCaptions(String highXHighY, String lowXHighY, String lowXLowY, String highXLowY) {
    }

    /**
     * One segment.
     *
     * @param label    the segment
     * @param nLabel   "(n=245)"
     * @param x        share on X (%)
     * @param y        share on Y (%)
     * @param base     the smaller of the two bases (the circle's area shows it)
     * @param emphasis how it is drawn
     */
    public record MapPoint(String label, String nLabel, double x, double y, int base, Emphasis emphasis) {
        /** The point's label text: "営業・営業企画 (n=245)". */
        public String fullLabel() {
            return label + " " + nLabel;
        }
    }

    /** Builds the map description; texts in the given locale. */
    public static SegmentMapModel from(SegmentMapData data, Locale locale) {
        List<MapPoint> points = new ArrayList<>();
        double lowX = data.totalX().percent();
        double highX = lowX;
        double lowY = data.totalY().percent();
        double highY = lowY;
        for (SegmentMapData.Point p : data.segments()) {
            Emphasis emphasis = p.base() < SignificanceTests.MIN_BASE ? Emphasis.SMALL_BASE
                    : p.significant() ? Emphasis.SIGNIFICANT : Emphasis.PLAIN;
            points.add(new MapPoint(p.label(), nLabel(p.base(), locale), p.x().percent(), p.y().percent(), p.base(),
                    emphasis));
            lowX = Math.min(lowX, p.x().percent());
            highX = Math.max(highX, p.x().percent());
            lowY = Math.min(lowY, p.y().percent());
            highY = Math.max(highY, p.y().percent());
        }
        Question qx = data.x().question();
        Question qy = data.y().question();
        String x = qx.id();
        String y = qy.id();
        QuadrantCaptions quadrants = new QuadrantCaptions(
                Messages.get(locale, "chart.map.quadrant.highHigh", x, y),
                Messages.get(locale, "chart.map.quadrant.lowHigh", x, y),
                Messages.get(locale, "chart.map.quadrant.lowLow", x, y),
                Messages.get(locale, "chart.map.quadrant.highLow", x, y));
        Key key = new Key(Messages.get(locale, "chart.map.legend.significant"),
                Messages.get(locale, "chart.map.legend.notSignificant"),
                Messages.get(locale, "chart.map.legend.smallBase"),
                Messages.get(locale, "chart.map.legend.size"),
                Messages.get(locale, "chart.map.legend.base", data.by().id()));
        int totalBase = Math.min(data.totalX().base(), data.totalY().base());
        return new SegmentMapModel(
                Messages.get(locale, "chart.map.title", ChartModels.title(qx), ChartModels.title(qy)),
                Messages.get(locale, "chart.map.by", ChartModels.title(data.by())),
                Messages.get(locale, "chart.map.axis", x, measureLabel(data.x(), locale)),
                Messages.get(locale, "chart.map.axis", y, measureLabel(data.y(), locale)),
                AxisRange.around(lowX, highX), AxisRange.around(lowY, highY),
                data.totalX().percent(), data.totalY().percent(),
                Messages.get(locale, "chart.total") + " " + nLabel(totalBase, locale),
                totalLineLabel(data.totalX().percent(), locale), totalLineLabel(data.totalY().percent(), locale),
                points, quadrants, key);
    }

    /** The same map with other corner captions (for example the plain-words readings of the notes). */
    public SegmentMapModel withQuadrants(QuadrantCaptions captions) {
        return new SegmentMapModel(title, subtitle, xTitle, yTitle, xAxis, yAxis, totalX, totalY, totalLabel, totalXText,
                totalYText, points, captions, key);
    }

    /** "Total 35.2%" for the cross-line at {@code percent}. */
    static String totalLineLabel(double percent, Locale locale) {
        return Messages.get(locale, "chart.map.totalLine", ChartModels.valueText(percent, 1));
    }

    /** The answer, NET or top-2 box an axis measures, e.g. "上位2（とても悩んでいる＋悩んでいる）". */
    static String measureLabel(MapMeasure measure, Locale locale) {
        List<String> labels = measure.answerLabels();
        if (measure.kind() == MapMeasure.Kind.NET && String.join("", labels).length() > NET_TITLE_LENGTH) {
            labels = labels.stream().map(SegmentMapModel::shorten).toList();
        }
        return switch (measure.kind()) {
            case ANSWER -> labels.get(0);
            case TOP_TWO -> Messages.get(locale, "chart.map.measure.topTwo", labels.get(0), labels.get(1));
            case NET -> Messages.get(locale, "chart.map.measure.net",
                    String.join(Messages.get(locale, "chart.map.measure.netSeparator"), labels));
        };
    }

    /** A NET's answers longer than this together are each cut to {@link #NET_ANSWER_LENGTH} in the axis title. */
    static final int NET_TITLE_LENGTH = 48;
    static final int NET_ANSWER_LENGTH = 16;

    /** A long answer cut at its first comma (、 or ,) when that comes early enough, else at the length limit. */
    private static String shorten(String label) {
        if (label.length() <= NET_ANSWER_LENGTH) {
            return label;
        }
        for (int i = 4; i < NET_ANSWER_LENGTH; i++) {
            char c = label.charAt(i);
            if (c == '、' || c == ',' || c == '，') {
                return label.substring(0, i).stripTrailing() + TextFit.ELLIPSIS;
            }
        }
        return label.substring(0, NET_ANSWER_LENGTH - 1).stripTrailing() + TextFit.ELLIPSIS;
    }

    private static String nLabel(int base, Locale locale) {
        return Messages.get(locale, "chart.n", NumberFormat.getIntegerInstance(locale).format(base));
    }
}
