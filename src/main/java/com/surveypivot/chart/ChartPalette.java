package com.surveypivot.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colours for chart series, as "#RRGGBB" strings (the chart description stays free of JavaFX types).
 *
 * <ul>
 * <li>{@link #diverging}: ordered scales, from the positive/top end (strong blue) through a neutral grey middle to
 * the negative end (strong orange-red);</li>
 * <li>{@link #sequential}: other ordered answers (size bands, years), light to dark blue;</li>
 * <li>{@link #qualitative}: unordered answers, distinct hues that stay apart in print and for colour-blind
 * readers (after Okabe and Ito);</li>
 * <li>{@link #DONT_KNOW}: trailing "don't know" / "no answer" categories, light grey.</li>
 * </ul>
 */
public final class ChartPalette {
    /** Light grey for "don't know"-like answers. */
    public static final String DONT_KNOW = "#C9C9C9";
    /** Dark grey for the Total series of a grouped bar chart. */
    public static final String TOTAL = "#595959";

    private static final int[][] DIVERGING_STOPS = {
        {0x1B, 0x4F, 0x9C}, {0x6E, 0x9B, 0xD3}, {0xD6, 0xD6, 0xD6}, {0xF2, 0xA2, 0x72}, {0xCC, 0x42, 0x24}};
    private static final int[][] SEQUENTIAL_STOPS = {{0xBC, 0xD4, 0xEE}, {0x5B, 0x8F, 0xCB}, {0x13, 0x3E, 0x7C}};
    private static final String[] QUALITATIVE = {
        "#1F5FA8", "#E69F00", "#009E73", "#56B4E9", "#D55E00", "#CC79A7", "#8C6D31", "#F0D442", "#6A51A3",
        "#7FA33A", "#9E9AC8", "#B15928"};
    private static final Pattern DONT_KNOW_LABEL = Pattern.compile(
            "わからない|分からない|判らない|知らない|答えたくない|回答したくない|無回答|該当しない|該当なし|特にない|"
                    + "don'?t know|do not know|not sure|no answer|no opinion|prefer not|refused|not applicable|^n/?a$",
            Pattern.CASE_INSENSITIVE);

    private ChartPalette() {
    }

    /** True for answers such as わからない, 無回答, Don't know, Prefer not to say. */
    public static boolean isDontKnow(String label) {
        return DONT_KNOW_LABEL.matcher(label.strip().toLowerCase(Locale.ROOT)).find();
    }

    /** How many categories at the end of the list are "don't know"-like (never all of them). */
    public static int trailingDontKnows(List<String> labels) {
        int n = 0;
        for (int i = labels.size() - 1; i > 0 && isDontKnow(labels.get(i)); i--) {
            n++;
        }
        return n;
    }

    /** {@code count} colours from strong blue (first) through grey (middle) to strong orange-red (last). */
    public static List<String> diverging(int count) {
        return ramp(DIVERGING_STOPS, count);
    }

    /** {@code count} colours from light to dark blue. */
    public static List<String> sequential(int count) {
        return ramp(SEQUENTIAL_STOPS, count);
    }

    /** {@code count} distinct colours, repeating after twelve. */
    public static List<String> qualitative(int count) {
        List<String> colours = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            colours.add(QUALITATIVE[i % QUALITATIVE.length]);
        }
        return colours;
    }

    /**
     * Colours for the answers of a question: a diverging ramp for a scale, a sequential ramp for other ordered
     * answers, a qualitative palette otherwise; trailing "don't know" answers light grey in every case.
     */
    public static List<String> forAnswers(List<String> labels, boolean scale, boolean ordered) {
        int dontKnows = trailingDontKnows(labels);
        int body = labels.size() - dontKnows;
        List<String> colours = new ArrayList<>(scale ? diverging(body) : ordered ? sequential(body)
                : qualitative(body));
        for (int i = 0; i < dontKnows; i++) {
            colours.add(DONT_KNOW);
        }
        return colours;
    }

    /** Relative luminance (0 dark … 1 light) of a "#RRGGBB" colour, to pick a readable text colour on it. */
    public static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double r = channel((rgb >> 16) & 0xFF);
        double g = channel((rgb >> 8) & 0xFF);
        double b = channel(rgb & 0xFF);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static List<String> ramp(int[][] stops, int count) {
        List<String> colours = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double t = count == 1 ? 0 : (double) i / (count - 1);
            double pos = t * (stops.length - 1);
            int lo = Math.min((int) Math.floor(pos), stops.length - 2);
            double f = pos - lo;
            int[] a = stops[lo];
            int[] b = stops[lo + 1];
            colours.add(String.format(Locale.ROOT, "#%02X%02X%02X", mix(a[0], b[0], f), mix(a[1], b[1], f),
                    mix(a[2], b[2], f)));
        }
        return colours;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
