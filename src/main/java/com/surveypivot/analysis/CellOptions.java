package com.surveypivot.analysis;

import java.util.Map;

/**
 * How a table is computed: statistics, significance levels, minimum bases, NETs, scores, sorting and hiding.
 *
 * @param statistics       compute residuals, column letters, segment-vs-rest p and mean t-tests
 * @param level            the looser confidence level (lower-case letters, residual arrows), default 0.95
 * @param strictLevel      the stricter level (upper-case letters), default 0.99
 * @param bonferroni       adjust column-test p-values by the number of pairwise comparisons within a group
 * @param minBase          below this unweighted base a column gets no letters and no marks (default 30)
 * @param smallBase        below this unweighted base a column is flagged (default 50)
 * @param autoNets         add top/bottom boxes for 5- and 7-point scales and NPS rows for 0–10 scales
 * @param scores           score per answer label for means, overriding the defaults (NaN excludes the answer)
 * @param sort             row or column order
 * @param hideEmptyRows    leave out answers with no respondents in the table
 * @param hideEmptyColumns leave out attribute categories with no respondents in the table
 * @param multiBase        the base of a multi-response question's percentages (default: % of respondents)
 */
public record CellOptions(boolean statistics, double level, double strictLevel, boolean bonferroni, int minBase,
        int smallBase, boolean autoNets, Map<String, Double> scores, Sort sort, boolean hideEmptyRows,
        boolean hideEmptyColumns, MultiBase multiBase) {

    /**
     * What a multi-response question's column percentages are of. The columns' bases ({@link TableColumn#base()})
     * and every significance test stay on the respondents in the column; only the percents change.
     */
    public enum MultiBase {
        /** % of respondents: all respondents in the column, including those who ticked nothing (sums exceed 100). */
        RESPONDENTS,
        /** % of respondents answering: the respondents in the column who ticked at least one option. */
        ANSWERING,
        /** % of mentions: the total (weighted) number of ticks in the column (options sum to 100). */
        MENTIONS
    }

    /** Row and column order. */
    public enum Sort {
        /** Answers in their order, columns in category order. */
        NONE,
        /** Answer rows by their Total count, largest first ("don't know"-style answers and NETs stay last). */
        TOTAL,
        /** Columns within each group by their top box (the first automatic NET), highest first. */
        TOP_BOX
    }

    public CellOptions {
        if (!(level > 0 && level < 1) || !(strictLevel > 0 && strictLevel < 1) || strictLevel < level) {
            throw new IllegalArgumentException("levels must be in (0, 1) with strictLevel ≥ level");
        }
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        sort = sort == null ? Sort.NONE : sort;
        multiBase = multiBase == null ? MultiBase.RESPONDENTS : multiBase;
    }

    /** Options with % of respondents as the base of multi-response questions. */
    public CellOptions(boolean statistics, double level, double strictLevel, boolean bonferroni, int minBase,
            int smallBase, boolean autoNets, Map<String, Double> scores, Sort sort, boolean hideEmptyRows,
            boolean hideEmptyColumns) {
        this(statistics, level, strictLevel, bonferroni, minBase, smallBase, autoNets, scores, sort, hideEmptyRows,
                hideEmptyColumns, MultiBase.RESPONDENTS);
    }

    public CellOptions withMultiBase(MultiBase base) {
        return new CellOptions(statistics, level, strictLevel, bonferroni, minBase, smallBase, autoNets, scores,
                sort, hideEmptyRows, hideEmptyColumns, base);
    }

    /** Statistics on, 95% / 99%, no Bonferroni, minimum base 30, small base 50, automatic NETs, no sorting. */
    public static CellOptions defaults() {
        return new CellOptions(true, 0.95, 0.99, false, SignificanceTests.MIN_BASE, 50, true, Map.of(), Sort.NONE,
                true, true, MultiBase.RESPONDENTS);
    }

    public CellOptions withStatistics(boolean on) {
        return new CellOptions(on, level, strictLevel, bonferroni, minBase, smallBase, autoNets, scores, sort,
                hideEmptyRows, hideEmptyColumns, multiBase);
    }

    public CellOptions withLevels(double looser, double stricter) {
        return new CellOptions(statistics, looser, stricter, bonferroni, minBase, smallBase, autoNets, scores, sort,
                hideEmptyRows, hideEmptyColumns, multiBase);
    }

    public CellOptions withBonferroni(boolean on) {
        return new CellOptions(statistics, level, strictLevel, on, minBase, smallBase, autoNets, scores, sort,
                hideEmptyRows, hideEmptyColumns, multiBase);
    }

    public CellOptions withMinBase(int min) {
        return new CellOptions(statistics, level, strictLevel, bonferroni, min, smallBase, autoNets, scores, sort,
                hideEmptyRows, hideEmptyColumns, multiBase);
    }

    public CellOptions withSmallBase(int small) {
        return new CellOptions(statistics, level, strictLevel, bonferroni, minBase, small, autoNets, scores, sort,
                hideEmptyRows, hideEmptyColumns, multiBase);
    }

    public CellOptions withAutoNets(boolean on) {
        return new CellOptions(statistics, level, strictLevel, bonferroni, minBase, smallBase, on, scores, sort,
                hideEmptyRows, hideEmptyColumns, multiBase);
    }

    public CellOptions withScores(Map<String, Double> newScores) {
        return new CellOptions(statistics, level, strictLevel, bonferroni, minBase, smallBase, autoNets, newScores,
                sort, hideEmptyRows, hideEmptyColumns, multiBase);
    }

    public CellOptions withSort(Sort newSort) {
        return new CellOptions(statistics, level, strictLevel, bonferroni, minBase, smallBase, autoNets, scores,
                newSort, hideEmptyRows, hideEmptyColumns, multiBase);
    }

    public CellOptions withHideEmpty(boolean rows, boolean columns) {
        return new CellOptions(statistics, level, strictLevel, bonferroni, minBase, smallBase, autoNets, scores,
                sort, rows, columns, multiBase);
    }
}
