package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Adds (or replaces) a weight column: a number question holding one weight per respondent (NaN = no weight, which
 * every table counts as 0), usable wherever weights are picked. {@code rakedBy} names the attributes the weights
 * were raked on (empty for weights from elsewhere), so that the design-based test can be given for them. The
 * weights themselves are kept, so the edit replays on the same data without the targets.
 */
public record AddWeightColumn(String id, String text, double[] weights, List<String> rakedBy) implements SurveyEdit {
    /** Bins of the weight column's categorical view. */
    static final int BINS = 5;

    public AddWeightColumn {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a weight column has a name");
        }
        id = id.strip();
        text = text == null || text.isBlank() ? id : text.strip();
        weights = weights.clone();
        rakedBy = List.copyOf(rakedBy);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public Survey apply(Survey survey) {
        if (weights.length != survey.respondents()) {
            throw new IllegalArgumentException(weights.length + " weights for " + survey.respondents()
                    + " respondents");
        }
        NumberBins.Binned binned = NumberBins.quantiles(weights, BINS);
        Question column = Question.number(id, text, id, weights, binned.labels(), binned.codes());
        if (SurveyQuestions.indexOf(survey, id) >= 0) {
            return SurveyQuestions.replace(survey, id, column);
        }
        return survey.withQuestion(column);
    }

    @Override
    public String targetId() {
        return id;
    }

    @Override
    public String description() {
        return "weight column " + id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddWeightColumn a && a.id.equals(id) && a.text.equals(text)
                && Arrays.equals(a.weights, weights) && a.rakedBy.equals(rakedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text, rakedBy) * 31 + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "AddWeightColumn[" + id + ", " + weights.length + " weights, raked by " + rakedBy + "]";
    }
}
