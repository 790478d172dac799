package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one axis of a segment map measures: the share of respondents who gave one answer of a question, or any of
 * a set of answers (a NET), or the top-2 box of a 4- or 5-point scale.
 *
 * <p>A respondent counts in the share when they are in the question's base ({@link Question#answered()}) and gave
 * at least one of the {@link #answers()} (for a multi-response question: ticked at least one of those options).
 *
 * @param question the question
 * @param kind     one answer, a NET of several, or the top-2 box
 * @param answers  indexes into the question's categories, in category order, no repeats
 */
public record MapMeasure(Question question, Kind kind, List<Integer> answers) {

    /** How the measure was chosen. */
    public enum Kind { ANSWER, NET, TOP_TWO }

    public MapMeasure {
        answers = List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a measure needs at least one answer");
        }
    }

    /**
     * The default measure of a question: the top-2 box of a 4- or 5-point scale ({@link TopBox#applies}), else
     * the first answer.
     *
     * @throws IllegalArgumentException (translated message) for a question that cannot be crossed
     */
    public static MapMeasure defaultFor(Question question) {
        check(question);
        if (TopBox.applies(question)) {
            return new MapMeasure(question, Kind.TOP_TWO, List.of(0, 1));
        }
        return new MapMeasure(question, Kind.ANSWER, List.of(0));
    }

    /**
     * The measure for answers named by their labels (exactly as in {@link Question#categories()}) or, where no
     * label is equal, by their 1-based position; no answers means {@link #defaultFor}. One answer is
     * {@link Kind#ANSWER}, several are a {@link Kind#NET}.
     *
     * @throws IllegalArgumentException (translated message) for an unknown answer or a question that cannot be
     *                                  crossed
     */
    public static MapMeasure of(Question question, List<String> answerNames) {
        if (answerNames == null || answerNames.isEmpty()) {
            return defaultFor(question);
        }
        check(question);
        Set<Integer> chosen = new LinkedHashSet<>();
        for (String name : answerNames) {
            chosen.add(resolve(question, name.strip()));
        }
        List<Integer> sorted = new ArrayList<>(chosen);
        sorted.sort(null);
        return new MapMeasure(question, sorted.size() == 1 ? Kind.ANSWER : Kind.NET, sorted);
    }

    /** The labels of the measured answers, in category order. */
    public List<String> answerLabels() {
        return answers.stream().map(a -> question.categories().get(a)).toList();
    }

    /** The respondents in the question's base who gave one of the measured answers. */
    public RespondentSet hits() {
        RespondentSet hits = new RespondentSet(question.respondentCount());
        for (int a : answers) {
            hits = hits.or(question.members(a));
        }
        return hits.and(question.answered());
    }

    private static int resolve(Question question, String name) {
        int index = question.indexOf(name);
        if (index >= 0) {
            return index;
        }
        if (name.matches("\\d{1,4}")) {
            int position = Integer.parseInt(name);
            if (position >= 1 && position <= question.categoryCount()) {
                return position - 1;
            }
        }
        throw new IllegalArgumentException(Messages.get("chart.map.error.answer", name, question.id()));
    }

    private static void check(Question question) {
        if (question.type() == QuestionType.GRID || !question.isCrossable()) {
            throw new IllegalArgumentException(Messages.get("chart.map.error.question", question.id()));
        }
    }
}
