package com.surveypivot.analysis;

/**
 * A column of a crosstab: the Total or one category of an attribute (a banner column).
 *
 * @param label          the category label, or "Total"
 * @param base           the (weighted) number of respondents in the column; percents are of this
 * @param unweightedBase the unweighted number of respondents in the column
 * @param total          true for the Total column (always the first)
 * @param group          the banner group the column belongs to (the attribute's id; for a nested banner the outer
 *                       category); null for the Total
 * @param letter         the column's letter within its group (A, B, …) for column tests; null for the Total
 * @param weightedBase   Σw over the column's respondents (equals {@code base}; kept apart for the json)
 * @param effectiveBase  Kish effective base (Σw)²/Σw² (the unweighted base when there are no weights); NaN
 *                       only for a column made by the foundation constructor, which does not compute it
 * @param mean           mean, sd and n of the question's scores or numbers in this column; null where the
 *                       question has no scores (not a scale or a number) or nobody in the column has one
 * @param meanLetters    letters of the columns whose mean this column's mean is significantly above (t-test);
 *                       "" where none or where tests do not apply
 * @param percentBase    what the column's percents are of: {@code base}, or for a multi-response question with
 *                       another {@link CellOptions.MultiBase} the (weighted) respondents who ticked an option or
 *                       the column's (weighted) ticks
 */
public record TableColumn(String label, double base, int unweightedBase, boolean total, String group, String letter,
        double weightedBase, double effectiveBase, MeanScore mean, String meanLetters, double percentBase) {

    /** A column whose percents are of its base. */
    public TableColumn(String label, double base, int unweightedBase, boolean total, String group, String letter,
            double weightedBase, double effectiveBase, MeanScore mean, String meanLetters) {
        this(label, base, unweightedBase, total, group, letter, weightedBase, effectiveBase, mean, meanLetters, base);
    }

    /** The foundation's column: no group, letter, effective base or mean. */
    public TableColumn(String label, double base, int unweightedBase, boolean total) {
        this(label, base, unweightedBase, total, null, null, base, Double.NaN, null, "");
    }

    /** Whether the unweighted base is under {@code threshold} (for example the 50 of "small base" flags). */
    public boolean baseBelow(int threshold) {
        return unweightedBase < threshold;
    }
}
