package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a multi-response set back into one single-choice question per option, in its place: answers
 * {@code tickedLabel} (ticked) and {@code notTickedLabel} (in the set's base, not ticked); respondents outside the
 * base did not answer. The new questions are {@code <setId>_1 … <setId>_k} and read as the option's text.
 */
public record SplitMultiSet(String setId, String tickedLabel, String notTickedLabel) implements SurveyEdit {

    public SplitMultiSet {
        if (tickedLabel == null || notTickedLabel == null || tickedLabel.isBlank()
                || tickedLabel.strip().equals(notTickedLabel.strip()) || notTickedLabel.isBlank()) {
            throw new IllegalArgumentException("two different labels for ticked and not ticked");
        }
        tickedLabel = tickedLabel.strip();
        notTickedLabel = notTickedLabel.strip();
    }

    @Override
    public Survey apply(Survey survey) {
        Question set = SurveyQuestions.require(survey, setId);
        if (set.type() != QuestionType.MULTI) {
            throw new IllegalArgumentException(setId + " is not a multi-response set");
        }
        Set<String> taken = new HashSet<>();
        survey.questions().forEach(q -> taken.add(q.id()));
        int k = set.categoryCount();
        Question[] parts = new Question[k];
        RespondentSet base = set.answered();
        for (int c = 0; c < k; c++) {
            RespondentSet ticked = set.members(c);
            int[] codes = new int[set.respondentCount()];
            for (int r = 0; r < codes.length; r++) {
                codes[r] = ticked.contains(r) ? 0 : base.contains(r) ? 1 : -1;
            }
            String id = setId + "_" + (c + 1);
            for (int extra = 2; taken.contains(id); extra++) {
                id = setId + "_" + (c + 1) + "_" + extra;
            }
            taken.add(id);
            String column = set.columns().size() == k ? set.columns().get(c)
                    : set.columns().isEmpty() ? setId : set.columns().get(0);
            parts[c] = Question.categorical(id, set.categories().get(c), QuestionType.SINGLE, false,
                    List.of(tickedLabel, notTickedLabel), List.of(column), codes);
        }
        return SurveyQuestions.replace(survey, setId, parts);
    }

    @Override
    public String targetId() {
        return setId;
    }

    @Override
    public String description() {
        return "split " + setId;
    }
}
