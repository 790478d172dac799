package com.surveypivot.notes;

/**
 * One finding about a crosstab or a segment map, with its evidence, before it is put into words. Every generated
 * sentence comes from exactly one claim, so a test (or the notes pane on hover) can check what the sentence says.
 *
 * @param kind    what is claimed, one of the kind constants below
 * @param segment the attribute category the claim is about; null for claims about the whole table
 * @param answer  the answer label, or a NET name ({@code TOP2} for a scale's top-2 box); null for a whole-table test
 * @param measure {@link #SHARE} (% of the column's base) or {@link #MEAN} (scale points)
 * @param value   the segment's share in % (0–100) or mean; for whole-table claims the Total's; null where none applies
 * @param total   the Total's share in % (0–100) or mean; null where none applies
 * @param base    the unweighted base of the segment (of the table for whole-table claims and tests)
 * @param test    {@link #CHI_SQUARE}, {@link #ADJUSTED_RESIDUAL}, {@link #VS_REST} or {@link #T_TEST}; null when
 *                no test backs the claim
 * @param pValue  the test's p-value; null when no test backs the claim
 */
public record Claim(String kind, String segment, String answer, String measure, Double value, Double total,
        Integer base, String test, Double pValue) {

    /** The Total's picture: the most common answer, the measured answer or NET, the mean of a scale. */
    public static final String OVERALL = "overall";
    /** A multi-response question's next most chosen options after the most chosen one. */
    public static final String LEADING = "leading";
    /** The most chosen option is also the most chosen in every segment with a base of 30 or more. */
    public static final String LEADING_EVERYWHERE = "leading-everywhere";
    /** A segment (base of 30 or more) where another option than the Total's most chosen one is most chosen. */
    public static final String SEGMENT_LEADING = "segment-leading";
    /** The most chosen option is the most chosen in every other segment with a base of 30 or more. */
    public static final String LEADING_ELSEWHERE = "leading-elsewhere";
    public static final String ABOVE_TOTAL = "above-total";
    public static final String BELOW_TOTAL = "below-total";
    /** Ranking of segments on the measure: the highest, the next two, the lowest. */
    public static final String HIGHEST = "highest";
    public static final String RANKING = "ranking";
    public static final String LOWEST = "lowest";
    /** An option of a multi-response question on which segments differ significantly. */
    public static final String OPTION_DIFFERS = "option-differs";
    public static final String TEST = "test";
    public static final String NO_DIFFERENCE = "no-difference";
    public static final String SMALL_BASE = "small-base";
    /**
     * One of the table's strongest differences, on any answer (not only the measure): the {@value
     * StrongestDifferences#COUNT} largest gaps among the cells significant after Holm's correction over every answer
     * of every segment; {@code pValue} is Holm-adjusted.
     */
    public static final String STRONGEST = "strongest";
    /** A segment's mean score significantly above / below the Total's (Welch t against the rest, Holm-adjusted p). */
    public static final String MEAN_ABOVE = "mean-above";
    public static final String MEAN_BELOW = "mean-below";
    /**
     * How the segment claims of the table were corrected for multiplicity (Holm): {@code base} is the number of
     * segments compared, {@code value} the number of cells behind the strongest differences.
     */
    public static final String CORRECTION = "correction";
    /** A segment map is unweighted although the tables are weighted; {@code answer} is the weight's id. */
    public static final String UNWEIGHTED = "unweighted";
    /** A weighted table: its tests use the Kish effective base (value: the Total's effective base). */
    public static final String WEIGHTED = "weighted";
    /** A segment's quadrant on a segment map (value/total: the X axis; both gaps significant). */
    public static final String QUADRANT = "quadrant";

    public static final String SHARE = "share";
    public static final String MEAN = "mean";

    /** Pearson chi-square of the table (single-choice attribute) or of one option's row. */
    public static final String CHI_SQUARE = "chi-square";
    /** Adjusted standardised residual of a cell (single-choice attribute). */
    public static final String ADJUSTED_RESIDUAL = "adjusted-residual";
    /** Two-proportion z-test of a segment against the respondents in the Total outside it. */
    public static final String VS_REST = "vs-rest";
    /** Welch t-test of a segment's mean against the rest. */
    public static final String T_TEST = "t-test";

    /** The NET name of a scale's top-2 box. */
    public static final String TOP2 = "TOP2";

    /** The significance level a claimed difference must beat. */
    public static final double ALPHA = 0.05;

    /** The gap to the Total (value − total), or null. */
    public Double gap() {
        return value == null || total == null ? null : value - total;
    }

    /** True when a test backs this claim at {@link #ALPHA}. */
    public boolean isSignificant() {
        return pValue != null && pValue < ALPHA;
    }
}
