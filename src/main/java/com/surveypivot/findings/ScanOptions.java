package com.surveypivot.findings;

import com.surveypivot.analysis.Filter;
import com.surveypivot.survey.Question;
import java.util.List;

/**
 * What a scan covers and how findings are chosen.
 *
 * @param questions     the questions to cross (empty: every single-choice, scale and multi-response question and
 *                      every grid item)
 * @param attributes    the attributes to cross them by (empty: every single-choice, scale or multi-response question
 *                      with {@code minCategories}…{@code maxCategories} categories)
 * @param weights       one weight per respondent, or null
 * @param weight        the question the weights come from (never a question or attribute of the scan), or null
 * @param minCategories the fewest categories a default attribute has
 * @param maxCategories the most categories a default attribute has
 * @param minGap        findings on cells need a gap to the Total of at least this many points
 * @param alpha         the false discovery rate (Benjamini–Hochberg) the findings are held to
 * @param filter        who is scanned (as a table's filter), or null for everyone
 */
public record ScanOptions(List<Question> questions, List<Question> attributes, double[] weights, Question weight,
        int minCategories, int maxCategories, double minGap, double alpha, Filter filter) {

    /** Below this base (unweighted, and effective when weighted) a segment is never tested. */
    public static final int MIN_BASE = 30;
    /** Below this base a finding is hedged. */
    public static final int HEDGE_BASE = 50;

    public ScanOptions {
        questions = questions == null ? List.of() : List.copyOf(questions);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        weights = weights == null ? null : weights.clone();
        if (minCategories < 2 || maxCategories < minCategories) {
            throw new IllegalArgumentException("categories: need 2 ≤ min ≤ max");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1)");
        }
        minGap = Double.isFinite(minGap) ? Math.max(0, minGap) : 0;
    }

    /** Everything by every attribute with 2–15 categories, unweighted, FDR 5%, no minimum gap. */
    public static ScanOptions defaults() {
        return new ScanOptions(List.of(), List.of(), null, null, 2, 15, 0, 0.05, null);
    }

    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    double[] weightsArray() {
        return weights;
    }

    public ScanOptions withQuestions(List<Question> chosen) {
        return new ScanOptions(chosen, attributes, weights, weight, minCategories, maxCategories, minGap, alpha, filter);
    }

    public ScanOptions withAttributes(List<Question> chosen) {
        return new ScanOptions(questions, chosen, weights, weight, minCategories, maxCategories, minGap, alpha, filter);
    }

    /** Weighted by a number question's values (null: unweighted). */
    public ScanOptions withWeight(Question question) {
        return new ScanOptions(questions, attributes, question == null ? null : question.numbers(), question,
                minCategories, maxCategories, minGap, alpha, filter);
    }

    /** Only the respondents a filter keeps (null: everyone). */
    public ScanOptions withFilter(Filter kept) {
        return new ScanOptions(questions, attributes, weights, weight, minCategories, maxCategories, minGap, alpha,
                kept);
    }

    public ScanOptions withMinGap(double points) {
        return new ScanOptions(questions, attributes, weights, weight, minCategories, maxCategories, points, alpha, filter);
    }
}
