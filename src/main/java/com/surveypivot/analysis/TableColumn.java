package com.surveypivot.analysis;

/**
 * A column of a crosstab: the Total or one category of the attribute (the banner).
 *
 * @param label          the category label, or "Total"
 * @param base           the (weighted) number of respondents in the column; percents are of this
 * @param unweightedBase the unweighted number of respondents in the column
 * @param total          true for the Total column (always the first)
 */
public record TableColumn(String label, double base, int unweightedBase, boolean total) {
}
