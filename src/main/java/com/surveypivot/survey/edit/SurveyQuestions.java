package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;

/** Shared steps of the edits: finding a question, putting new ones in its place, rebuilding categories. */
final class SurveyQuestions {
    private SurveyQuestions() {
    }

    static Question require(Survey survey, String id) {
        for (Question q : survey.questions()) {
            if (q.id().equals(id)) {
                return q;
            }
        }
        throw new IllegalArgumentException("no question " + id);
    }

    static int indexOf(Survey survey, String id) {
        List<Question> list = survey.questions();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The survey with question {@code id} replaced, in its place, by {@code replacements}. */
    static Survey replace(Survey survey, String id, Question... replacements) {
        List<Question> list = new ArrayList<>(survey.questions());
        int at = indexOf(survey, id);
        if (at < 0) {
            throw new IllegalArgumentException("no question " + id);
        }
        list.remove(at);
        list.addAll(at, List.of(replacements));
        return with(survey, list);
    }

    static Survey with(Survey survey, List<Question> questions) {
        return survey.withQuestions(questions);
    }

    /**
     * The question with categories relabelled and reordered: category {@code c} of {@code q} becomes category
     * {@code newIndex[c]}, labelled {@code labels.get(newIndex[c])}. Codes, members and (for a multi-response set
     * with one column per option) the columns follow.
     */
    static Question withCategories(Question q, List<String> labels, int[] newIndex) {
        int k = q.categoryCount();
        if (labels.size() != k || newIndex.length != k) {
            throw new IllegalArgumentException("one label per category of " + q.id());
        }
        switch (q.type()) {
            case MULTI -> {
                List<RespondentSet> ticks = new ArrayList<>(java.util.Collections.nCopies(k, (RespondentSet) null));
                for (int c = 0; c < k; c++) {
                    ticks.set(newIndex[c], q.members(c));
                }
                List<String> columns = q.columns();
                if (columns.size() == k) {
                    List<String> moved = new ArrayList<>(java.util.Collections.nCopies(k, ""));
                    for (int c = 0; c < k; c++) {
                        moved.set(newIndex[c], columns.get(c));
                    }
                    columns = moved;
                }
                return Question.multi(q.id(), q.text(), labels, columns, ticks, q.answered());
            }
            case GRID -> {
                List<Question> items = new ArrayList<>();
                for (Question item : q.items()) {
                    items.add(withCategories(item, labels, newIndex));
                }
                return Question.grid(q.id(), q.text(), items);
            }
            case SINGLE, SCALE, NUMBER, DATE -> {
                int[] codes = q.codes();
                for (int r = 0; r < codes.length; r++) {
                    if (codes[r] >= 0) {
                        codes[r] = newIndex[codes[r]];
                    }
                }
                if (q.type() == QuestionType.NUMBER) {
                    return Question.number(q.id(), q.text(), q.columns().get(0), q.numbers(), labels, codes);
                }
                if (q.type() == QuestionType.DATE) {
                    return Question.date(q.id(), q.text(), q.columns().get(0), q.numbers(), labels, codes);
                }
                return Question.categorical(q.id(), q.text(), q.type(), q.isOrdered(), labels, q.columns(), codes);
            }
            default -> throw new IllegalArgumentException(q.id() + " has no categories");
        }
    }
}
