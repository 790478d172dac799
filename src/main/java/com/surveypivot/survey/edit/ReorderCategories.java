package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.HashSet;
import java.util.List;

/**
 * Puts a question's answers in a new order (all its labels, each once): codes and members are recoded so that
 * every respondent keeps the answer they gave.
 */
public record ReorderCategories(String questionId, List<String> order) implements SurveyEdit {

    public ReorderCategories {
        order = List.copyOf(order);
    }

    @Override
    public Survey apply(Survey survey) {
        Question q = SurveyQuestions.require(survey, questionId);
        if (order.size() != q.categoryCount() || new HashSet<>(order).size() != order.size()
                || !new HashSet<>(order).equals(new HashSet<>(q.categories()))) {
            throw new IllegalArgumentException("the new order of " + questionId + " lists each answer once");
        }
        int[] newIndex = new int[order.size()];
        for (int c = 0; c < newIndex.length; c++) {
            newIndex[c] = order.indexOf(q.categories().get(c));
        }
        return SurveyQuestions.replace(survey, questionId, SurveyQuestions.withCategories(q, order, newIndex));
    }

    @Override
    public String targetId() {
        return questionId;
    }

    @Override
    public String description() {
        return "reorder answers of " + questionId;
    }
}
