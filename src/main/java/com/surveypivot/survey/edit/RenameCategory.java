package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;

/** Gives one answer (category, option or scale point) of a question a new label; the answers stay. */
public record RenameCategory(String questionId, String oldLabel, String newLabel) implements SurveyEdit {

    public RenameCategory {
        if (newLabel == null || newLabel.isBlank()) {
            throw new IllegalArgumentException("a category label is not blank");
        }
        newLabel = newLabel.strip();
    }

    @Override
    public Survey apply(Survey survey) {
        Question q = SurveyQuestions.require(survey, questionId);
        int at = q.indexOf(oldLabel);
        if (at < 0) {
            throw new IllegalArgumentException(questionId + " has no answer " + oldLabel);
        }
        if (!oldLabel.equals(newLabel) && q.indexOf(newLabel) >= 0) {
            throw new IllegalArgumentException(questionId + " already has an answer " + newLabel);
        }
        List<String> labels = new ArrayList<>(q.categories());
        labels.set(at, newLabel);
        int[] same = new int[labels.size()];
        for (int c = 0; c < same.length; c++) {
            same[c] = c;
        }
        return SurveyQuestions.replace(survey, questionId, SurveyQuestions.withCategories(q, labels, same));
    }

    @Override
    public String targetId() {
        return questionId;
    }

    @Override
    public String description() {
        return "rename answer " + oldLabel + " of " + questionId;
    }
}
