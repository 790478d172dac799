package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes how a question is read: single choice ↔ ordered scale (and the ordered flag), a one-column question to
 * free text or id (which keeps it out of tables), and free text or id back to single choice (answers in order of
 * first appearance). Multi-response sets and grids keep their type: split a set instead.
 */
public record ChangeQuestionType(String questionId, QuestionType newType, boolean ordered) implements SurveyEdit {

    @Override
    public Survey apply(Survey survey) {
        Question q = SurveyQuestions.require(survey, questionId);
        return SurveyQuestions.replace(survey, questionId, changed(q));
    }

    private Question changed(Question q) {
        if (q.type() == QuestionType.MULTI || q.type() == QuestionType.GRID) {
            throw new IllegalArgumentException(q.id() + " is a " + q.type().jsonName() + " question");
        }
        switch (newType) {
            case SINGLE, SCALE -> {
                if (q.hasCodes()) {
                    if (q.type() == QuestionType.NUMBER || q.type() == QuestionType.DATE) {
                        return Question.categorical(q.id(), q.text(), newType, ordered, q.categories(), q.columns(),
                                q.codes());
                    }
                    return q.withLabels(q.id(), q.text(), newType, ordered);
                }
                return fromTexts(q);
            }
            case TEXT, ID -> {
                if (q.texts() != null) {
                    return Question.text(q.id(), q.text(), newType, q.columns().get(0),
                            q.texts().toArray(new String[0]));
                }
                String[] values = new String[q.respondentCount()];
                for (int r = 0; r < values.length; r++) {
                    int code = q.code(r);
                    values[r] = code < 0 ? null : q.categories().get(code);
                }
                return Question.text(q.id(), q.text(), newType, q.columns().get(0), values);
            }
            default -> throw new IllegalArgumentException(q.id() + " cannot become " + newType.jsonName());
        }
    }

    private Question fromTexts(Question q) {
        List<String> texts = q.texts();
        Map<String, Integer> codeOf = new LinkedHashMap<>();
        int[] codes = new int[texts.size()];
        for (int r = 0; r < codes.length; r++) {
            String value = texts.get(r);
            codes[r] = value == null || value.isBlank() ? -1
                    : codeOf.computeIfAbsent(value.strip(), v -> codeOf.size());
        }
        return Question.categorical(q.id(), q.text(), newType, ordered, new ArrayList<>(codeOf.keySet()),
                q.columns(), codes);
    }

    @Override
    public String targetId() {
        return questionId;
    }

    @Override
    public String description() {
        return "make " + questionId + " " + newType.jsonName();
    }
}
