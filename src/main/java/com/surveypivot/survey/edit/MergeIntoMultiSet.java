package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns several one-column questions into one multi-response set, in the place of the first of them. Each source
 * becomes an option:
 * <ul>
 * <li>a 0/1 column (or yes/no, Y/N, true/false): ticked where it holds the ticked value; a respondent with only
 * unticked values ticked nothing and is in the base;</li>
 * <li>a 1/blank or option-text-or-blank column (one answer): ticked where it is not blank; the option is the
 * question's text for a tick mark, else the answer text.</li>
 * </ul>
 * Who is in the base (issue 4): whoever answered at least one source column; a respondent blank in all of them
 * did not answer, unless {@code blanksInBase} says that blank means "not ticked" (then everyone is in the base).
 */
public record MergeIntoMultiSet(String setId, String setText, List<String> questionIds, boolean blanksInBase)
        implements SurveyEdit {
    private static final Set<String> TICKED = Set.of("1", "y", "yes", "true", "はい", "○", "〇", "●", "✓", "✔", "x",
            "選択", "該当");
    private static final Set<String> NOT_TICKED = Set.of("0", "n", "no", "false", "いいえ", "×", "非選択", "非該当");

    public MergeIntoMultiSet {
        questionIds = List.copyOf(questionIds);
        if (questionIds.size() < 2 || new HashSet<>(questionIds).size() != questionIds.size()) {
            throw new IllegalArgumentException("a set is made of two or more different questions");
        }
        if (setId == null || setId.isBlank()) {
            throw new IllegalArgumentException("a set has an id");
        }
        setId = setId.strip();
        setText = setText == null || setText.isBlank() ? setId : setText.strip();
    }

    @Override
    public Survey apply(Survey survey) {
        for (Question q : survey.questions()) {
            if (q.id().equals(setId) && !questionIds.contains(setId)) {
                throw new IllegalArgumentException("there is already a question " + setId);
            }
        }
        int n = survey.respondents();
        List<String> options = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<RespondentSet> ticks = new ArrayList<>();
        RespondentSet answered = blanksInBase ? RespondentSet.all(n) : new RespondentSet(n);
        int first = Integer.MAX_VALUE;
        for (String id : questionIds) {
            Question q = SurveyQuestions.require(survey, id);
            first = Math.min(first, SurveyQuestions.indexOf(survey, id));
            ticks.add(ticked(q));
            options.add(optionLabel(q));
            columns.add(q.columns().isEmpty() ? q.id() : q.columns().get(0));
            answered = answered.or(q.answered());
        }
        if (new HashSet<>(options).size() != options.size()) {
            throw new IllegalArgumentException("the options of " + setId + " are not all different");
        }
        Question set = Question.multi(setId, setText, options, columns, ticks, answered);
        List<Question> list = new ArrayList<>();
        for (int i = 0; i < survey.questions().size(); i++) {
            Question q = survey.questions().get(i);
            if (i == first) {
                list.add(set);
            }
            if (!questionIds.contains(q.id())) {
                list.add(q);
            }
        }
        return SurveyQuestions.with(survey, list);
    }

    private static RespondentSet ticked(Question q) {
        if (!q.hasCodes() || q.isMulti()) {
            throw new IllegalArgumentException(q.id() + " is not a one-column question with answers");
        }
        if (q.categoryCount() == 1) {
            return q.answered().copy();
        }
        if (q.categoryCount() == 2) {
            int tick = tickIndex(q);
            if (tick >= 0) {
                return q.members(tick).copy();
            }
        }
        throw new IllegalArgumentException(q.id() + " does not hold ticks (0/1, 1/blank or option/blank)");
    }

    /** Which of two answers means "ticked": the one that is a tick while the other is not. */
    private static int tickIndex(Question q) {
        String a = key(q.categories().get(0));
        String b = key(q.categories().get(1));
        if (TICKED.contains(a) && NOT_TICKED.contains(b)) {
            return 0;
        }
        if (TICKED.contains(b) && NOT_TICKED.contains(a)) {
            return 1;
        }
        return -1;
    }

    private static String optionLabel(Question q) {
        if (q.categoryCount() == 1 && !TICKED.contains(key(q.categories().get(0)))) {
            return q.categories().get(0);
        }
        return q.text().isBlank() ? q.id() : q.text();
    }

    private static String key(String label) {
        String s = label.strip().toLowerCase(Locale.ROOT);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    @Override
    public String targetId() {
        return setId;
    }

    @Override
    public String description() {
        return "merge " + String.join(", ", questionIds) + " into " + setId;
    }
}
