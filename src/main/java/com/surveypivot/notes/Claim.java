package com.surveypivot.notes;

/**
 * One finding about a crosstab, with its evidence, before it is put into words. Every generated sentence
 * comes from exactly one claim, so a test (or the notes pane on hover) can check what the sentence says.
 *
 * @param kind    what is claimed: {@link #OVERALL}, {@link #HIGHEST}, {@link #LOWEST}, {@link #ABOVE_TOTAL},
 *                {@link #BELOW_TOTAL}, {@link #TEST}, {@link #NO_DIFFERENCE} or {@link #SMALL_BASE}
 * @param segment the attribute category the claim is about; null for claims about the whole table
 * @param answer  the answer label, or the NET name of a top-2 box ({@code "A + B"}); null for a whole-table test
 * @param measure {@link #SHARE} (% of the column's base)
 * @param value   the segment's share in % (0–100), or the Total's for {@link #OVERALL}; null where none applies
 * @param total   the Total's share in % (0–100); null where none applies
 * @param base    the unweighted base of the segment (of the table for {@link #OVERALL} and tests)
 * @param test    {@link #CHI_SQUARE} or {@link #VS_REST}; null when no test backs the claim
 * @param pValue  the test's p-value; null when no test backs the claim
 */
public record Claim(String kind, String segment, String answer, String measure, Double value, Double total,
        Integer base, String test, Double pValue) {

    public static final String OVERALL = "overall";
    public static final String HIGHEST = "highest";
    public static final String LOWEST = "lowest";
    public static final String ABOVE_TOTAL = "above-total";
    public static final String BELOW_TOTAL = "below-total";
    public static final String TEST = "test";
    public static final String NO_DIFFERENCE = "no-difference";
    public static final String SMALL_BASE = "small-base";

    public static final String SHARE = "share";

    /** Pearson chi-square of the table (single-choice attribute). */
    public static final String CHI_SQUARE = "chi-square";
    /** Two-proportion z-test of a segment against the respondents in the Total outside it. */
    public static final String VS_REST = "vs-rest";

    /** The significance level a claimed difference must beat. */
    public static final double ALPHA = 0.05;

    /** The gap to the Total in points (value − total), or null. */
    public Double gap() {
        return value == null || total == null ? null : value - total;
    }

    /** True when a test backs this claim at {@link #ALPHA}. */
    public boolean isSignificant() {
        return pValue != null && pValue < ALPHA;
    }
}
