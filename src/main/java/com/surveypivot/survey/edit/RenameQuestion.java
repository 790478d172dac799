package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;

/** Gives a question a new text; its id stays, so later edits and tables still find it. */
public record RenameQuestion(String questionId, String newText) implements SurveyEdit {

    public RenameQuestion {
        if (newText == null || newText.isBlank()) {
            throw new IllegalArgumentException("a question text is not blank");
        }
        newText = newText.strip();
    }

    @Override
    public Survey apply(Survey survey) {
        Question q = SurveyQuestions.require(survey, questionId);
        return SurveyQuestions.replace(survey, questionId, q.withLabels(q.id(), newText, q.type(), q.isOrdered()));
    }

    @Override
    public String targetId() {
        return questionId;
    }

    @Override
    public String description() {
        return "rename " + questionId;
    }
}
