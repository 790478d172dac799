package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.List;

/**
 * Assigns a code to the answers of some respondents (row indices, 0-based), or takes it off them; their other
 * codes stay. Every respondent named must have written an answer.
 */
public record AssignCode(String textQuestionId, String code, List<Integer> respondents, boolean assigned)
        implements SurveyEdit {

    public AssignCode {
        respondents = List.copyOf(respondents);
    }

    @Override
    public Survey apply(Survey survey) {
        Question text = TextCodes.textQuestion(survey, textQuestionId);
        Question coded = TextCodes.requireCode(survey, textQuestionId, code);
        int at = coded.indexOf(code);
        List<RespondentSet> ticks = TextCodes.ticks(coded);
        RespondentSet set = ticks.get(at);
        for (int r : respondents) {
            if (r < 0 || r >= survey.respondents() || !text.answered().contains(r)) {
                throw new IllegalArgumentException("respondent " + r + " has no answer to " + textQuestionId);
            }
            if (assigned) {
                set.add(r);
            } else {
                set.remove(r);
            }
        }
        return TextCodes.withCodes(survey, text, coded.categories(), ticks);
    }

    @Override
    public String targetId() {
        return textQuestionId;
    }

    @Override
    public String description() {
        return (assigned ? "assign " : "unassign ") + code + " to " + respondents.size() + " answers of "
                + textQuestionId;
    }
}
