package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.List;

/**
 * Recomputes a number question's categories from its values, so that it can be crossed in other bins: the
 * values stay, the categories and codes are new (earlier renames of its bins are replaced).
 * <ul>
 * <li>{@link Binning#QUANTILES}: {@code count} bins of about equal size; equal values always share a bin, so
 * heavy ties can give fewer bins (R: {@code cut(x, unique(quantile(x, 0:k/k)), include.lowest = TRUE)});
 * labelled by the smallest and largest value inside ({@code 10–19}, {@code 0.60–0.79});</li>
 * <li>{@link Binning#EQUAL_WIDTH}: {@code count} bins of equal width from the smallest to the largest value,
 * labelled by their bounds at the data's precision;</li>
 * <li>{@link Binning#CUT_POINTS}: a bin below the first cut point ({@code ≤ 9}), one from each cut point up to
 * the next ({@code 10–19}) and one from the last ({@code 80 ≤});</li>
 * <li>{@link Binning#DISTINCT_VALUES}: one category per value, for at most {@value #MAX_DISTINCT} values.</li>
 * </ul>
 * Bins that nobody falls into are left out. A plain record (id, enum, number, list) so a project file can store it.
 *
 * @param questionId the NUMBER question
 * @param binning    how to bin
 * @param count      how many bins for QUANTILES and EQUAL_WIDTH (2 … {@value #MAX_BINS}); 0 otherwise
 * @param cutPoints  the cut points for CUT_POINTS (any order, each once); empty otherwise
 */
public record RebinNumbers(String questionId, Binning binning, int count, List<Double> cutPoints)
        implements SurveyEdit {
    /** Most bins for quantiles and equal width. */
    public static final int MAX_BINS = 20;
    /** Most distinct values that can each be a category. */
    public static final int MAX_DISTINCT = 30;

    /** How the values are put into bins. */
    public enum Binning { QUANTILES, EQUAL_WIDTH, CUT_POINTS, DISTINCT_VALUES }

    public RebinNumbers {
        if (questionId == null || binning == null) {
            throw new IllegalArgumentException("a question and a binning");
        }
        cutPoints = cutPoints == null ? List.of() : List.copyOf(cutPoints);
        switch (binning) {
            case QUANTILES, EQUAL_WIDTH -> {
                if (count < 2 || count > MAX_BINS) {
                    throw new IllegalArgumentException("2 to " + MAX_BINS + " bins");
                }
                if (!cutPoints.isEmpty()) {
                    throw new IllegalArgumentException("cut points only with CUT_POINTS");
                }
            }
            case CUT_POINTS -> {
                if (cutPoints.isEmpty() || cutPoints.size() >= MAX_BINS
                        || cutPoints.stream().anyMatch(c -> c.isNaN() || c.isInfinite())
                        || cutPoints.stream().distinct().count() != cutPoints.size()) {
                    throw new IllegalArgumentException("1 to " + (MAX_BINS - 1) + " different finite cut points");
                }
                count = 0;
            }
            case DISTINCT_VALUES -> {
                if (!cutPoints.isEmpty()) {
                    throw new IllegalArgumentException("cut points only with CUT_POINTS");
                }
                count = 0;
            }
            default -> throw new IllegalArgumentException(binning.name());
        }
    }

    public static RebinNumbers quantiles(String questionId, int bins) {
        return new RebinNumbers(questionId, Binning.QUANTILES, bins, List.of());
    }

    public static RebinNumbers equalWidth(String questionId, int bins) {
        return new RebinNumbers(questionId, Binning.EQUAL_WIDTH, bins, List.of());
    }

    public static RebinNumbers cutPoints(String questionId, List<Double> cutPoints) {
        return new RebinNumbers(questionId, Binning.CUT_POINTS, 0, cutPoints);
    }

    public static RebinNumbers distinctValues(String questionId) {
        return new RebinNumbers(questionId, Binning.DISTINCT_VALUES, 0, List.of());
    }

    /** How many different values a question holds (NaN ignored), to offer DISTINCT_VALUES only where it fits. */
    public static int distinctValues(Question question) {
        double[] values = question.numbers();
        return values == null ? 0 : NumberBins.distinctCount(values);
    }

    @Override
    public Survey apply(Survey survey) {
        Question q = SurveyQuestions.require(survey, questionId);
        double[] values = q.numbers();
        if (q.type() != QuestionType.NUMBER || values == null) {
            throw new IllegalArgumentException(questionId + " is not a number question");
        }
        NumberBins.Binned binned = switch (binning) {
            case QUANTILES -> NumberBins.quantiles(values, count);
            case EQUAL_WIDTH -> NumberBins.equalWidth(values, count);
            case CUT_POINTS -> NumberBins.cutPoints(values, cutPoints);
            case DISTINCT_VALUES -> {
                if (NumberBins.distinctCount(values) > MAX_DISTINCT) {
                    throw new IllegalArgumentException(questionId + " has more than " + MAX_DISTINCT + " values");
                }
                yield NumberBins.distinctValues(values);
            }
        };
        Question rebinned = Question.number(q.id(), q.text(), q.columns().get(0), values, binned.labels(),
                binned.codes());
        return SurveyQuestions.replace(survey, questionId, rebinned);
    }

    @Override
    public String targetId() {
        return questionId;
    }

    @Override
    public String description() {
        return "bin " + questionId + " by " + binning.name().toLowerCase(java.util.Locale.ROOT);
    }
}
