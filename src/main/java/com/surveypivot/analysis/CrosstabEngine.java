package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Crosses a question (rows: its answers or options) by an attribute (columns: Total, then the attribute's
 * categories) in R's orientation, with column percentages.
 *
 * <p>Who counts: a respondent is in the table when they answered the question ({@link Question#answered()}; for a
 * multi-response question that includes those who ticked nothing) and the attribute (for a multi-response
 * attribute: in its {@code answered()} set and ticked at least one option). The Total is over those respondents,
 * each counted once. A multi-response attribute gives one column per option and a respondent counts in every
 * option ticked; a multi-response question gives % of respondents per option. Answers and attribute categories
 * with no respondents in the table are left out.
 *
 * <p>Weights: one per respondent. A weight that is NaN, infinite or negative counts as 0: the respondent stays in
 * the table and its unweighted bases but adds nothing to weighted counts and bases. The chi-square of a weighted
 * table is computed on the weighted counts rescaled to the table's Kish effective base (Σw)²/Σw², the one rule of
 * every weighted test (as {@link #compute} does), so that it depends neither on the scale of the weights nor
 * overstates the evidence of an unevenly weighted sample.
 *
 * <p>Every cell is a popcount of bit-set intersections, so a table on a million respondents takes milliseconds.
 */
public final class CrosstabEngine {
    /** The label of the Total column. */
    public static final String TOTAL = "Total";

    private CrosstabEngine() {
    }

    /** An unweighted table; {@code by} may be null (Total column only). */
    public static Crosstab crosstab(Question question, Question by) {
        return crosstab(question, by, null);
    }

    /**
     * A table, weighted when {@code weights} is not null.
     *
     * @param question the rows; single, scale, number, date or multi (a grid: cross its {@link Question#items()})
     * @param by       the columns; any crossable question but a grid, or null for the Total column only
     * @param weights  one weight per respondent, or null
     * @throws IllegalArgumentException for a grid, a text/id question, or weights of the wrong length
     */
    public static Crosstab crosstab(Question question, Question by, double[] weights) {
        check(question);
        if (by != null) {
            check(by);
            if (by.respondentCount() != question.respondentCount()) {
                throw new IllegalArgumentException("question and attribute come from surveys of different sizes");
            }
        }
        double[] w = weights == null ? null : sanitize(weights, question.respondentCount());

        RespondentSet base = question.answered();
        if (by != null) {
            base = base.and(attributeBase(by));
        }

        List<RespondentSet> columnSets = new ArrayList<>();
        List<String> columnLabels = new ArrayList<>();
        columnSets.add(base);
        columnLabels.add(TOTAL);
        if (by != null) {
            for (int c = 0; c < by.categoryCount(); c++) {
                RespondentSet segment = by.members(c).and(base);
                if (!segment.isEmpty()) {
                    columnSets.add(segment);
                    columnLabels.add(by.categories().get(c));
                }
            }
        }
        int k = columnSets.size();

        List<TableColumn> columns = new ArrayList<>(k);
        int[] unweightedBases = new int[k];
        double[] bases = new double[k];
        for (int j = 0; j < k; j++) {
            RespondentSet set = columnSets.get(j);
            unweightedBases[j] = set.count();
            bases[j] = w == null ? unweightedBases[j] : RespondentSet.weightBoth(set, set, w);
            columns.add(new TableColumn(columnLabels.get(j), bases[j], unweightedBases[j], j == 0));
        }

        boolean singleValuedBy = by != null && !by.isMulti();
        double scale = w == null || !(bases[0] > 0) ? 1 : effectiveBase(columnSets.get(0), w) / bases[0];
        List<TableRow> rows = new ArrayList<>();
        List<double[]> rowCounts = new ArrayList<>();
        for (int c = 0; c < question.categoryCount(); c++) {
            RespondentSet members = question.members(c);
            int unweightedTotal = RespondentSet.countBoth(members, base);
            if (unweightedTotal == 0) {
                continue;
            }
            double[] counts = new double[k];
            for (int j = 0; j < k; j++) {
                counts[j] = w == null ? RespondentSet.countBoth(members, columnSets.get(j))
                        : RespondentSet.weightBoth(members, columnSets.get(j), w);
            }
            ChiSquare rowTest = null;
            if (question.isMulti() && singleValuedBy) {
                rowTest = tickedByColumn(counts, bases, scale);
            }
            rows.add(new TableRow(question.categories().get(c), counts, percents(counts, bases), rowTest));
            rowCounts.add(counts);
        }

        ChiSquare chiSquare = null;
        if (!question.isMulti() && singleValuedBy) {
            double[][] observed = new double[rowCounts.size()][k - 1];
            for (int r = 0; r < observed.length; r++) {
                for (int j = 1; j < k; j++) {
                    observed[r][j - 1] = rowCounts.get(r)[j] * scale;
                }
            }
            chiSquare = SignificanceTests.pearson(observed);
        }
        return new Crosstab(question, by, columns, rows, chiSquare, w != null);
    }

    /** Kish's effective base (Σw)²/Σw² of a set of respondents. */
    static double effectiveBase(RespondentSet set, double[] w) {
        double[] sum = new double[2];
        set.forEach(r -> {
            sum[0] += w[r];
            sum[1] += w[r] * w[r];
        });
        return sum[1] > 0 ? sum[0] * sum[0] / sum[1] : 0;
    }

    /** Who answered an attribute: for a multi-response one, in its base and ticked at least one option. */
    static RespondentSet attributeBase(Question by) {
        if (!by.isMulti()) {
            return by.answered();
        }
        RespondentSet ticked = new RespondentSet(by.respondentCount());
        for (int c = 0; c < by.categoryCount(); c++) {
            ticked = ticked.or(by.members(c));
        }
        return ticked.and(by.answered());
    }

    /** Ticked / not ticked × the segment columns (column 0, the Total, is left out). */
    private static ChiSquare tickedByColumn(double[] counts, double[] bases, double scale) {
        int k = counts.length;
        if (k < 3) {
            return null;
        }
        double[][] observed = new double[2][k - 1];
        for (int j = 1; j < k; j++) {
            observed[0][j - 1] = counts[j] * scale;
            observed[1][j - 1] = Math.max(0, bases[j] - counts[j]) * scale;
        }
        return SignificanceTests.pearson(observed);
    }

    private static double[] percents(double[] counts, double[] bases) {
        double[] out = new double[counts.length];
        for (int j = 0; j < counts.length; j++) {
            out[j] = bases[j] > 0 ? 100.0 * counts[j] / bases[j] : Double.NaN;
        }
        return out;
    }

    /**
     * The issue-3 table: a question by a banner of attributes (side by side, the first optionally nested by a
     * second), filtered, weighted, with NETs, means and column statistics. For one attribute, no filter, weights or
     * NETs its counts, percents and chi-square are those of {@link #crosstab(Question, Question, double[])}: a
     * weighted chi-square is on the counts rescaled to the Kish effective base (Σw)²/Σw² in both.
     *
     * <p>Who counts: respondents the filter keeps who answered the question and at least one banner attribute; a
     * group's columns and tests are over those who also answered that group's attribute. Column tests, residuals and
     * segment-vs-rest tests use effective bases; letters stay within a group and are not given where a column's
     * unweighted base is under {@link CellOptions#minBase()}.
     *
     * @throws IllegalArgumentException (translated message) for a grid, a text/id question, weights of the wrong
     *                                  length, a NET answer the question does not have
     */
    public static Crosstab compute(TableSpec spec) {
        return compute(spec, com.surveypivot.i18n.Messages.locale());
    }

    /**
     * As {@link #compute(TableSpec)}, with the automatic NETs' labels ("TOP2（上位2段階）", "Top 2 box") in the
     * given language: a file's report language, whatever the window's or the command line's language is.
     */
    public static Crosstab compute(TableSpec spec, java.util.Locale labels) {
        return new TableComputation(spec, labels, SharedInputs.RECENT).compute();
    }

    static void check(Question q) {
        if (q.type() == QuestionType.GRID) {
            throw new IllegalArgumentException(Messages.get("analysis.error.grid", q.id()));
        }
        if (!q.type().isCrossable()) {
            throw new IllegalArgumentException(Messages.get("analysis.error.notCrossable", q.id()));
        }
    }

    private static double[] sanitize(double[] weights, int respondents) {
        if (weights.length != respondents) {
            throw new IllegalArgumentException(
                    "weights: " + weights.length + " values for " + respondents + " respondents");
        }
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            double v = weights[i];
            out[i] = Double.isFinite(v) && v > 0 ? v : 0;
        }
        return out;
    }
}
