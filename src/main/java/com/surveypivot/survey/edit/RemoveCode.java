package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;

/** Takes a code and its assignments out of a free-text question's code frame (the last one takes the frame away). */
public record RemoveCode(String textQuestionId, String code) implements SurveyEdit {

    @Override
    public Survey apply(Survey survey) {
        Question text = TextCodes.textQuestion(survey, textQuestionId);
        Question coded = TextCodes.requireCode(survey, textQuestionId, code);
        int at = coded.indexOf(code);
        List<String> codes = new ArrayList<>(coded.categories());
        List<RespondentSet> ticks = TextCodes.ticks(coded);
        codes.remove(at);
        ticks.remove(at);
        return TextCodes.withCodes(survey, text, codes, ticks);
    }

    @Override
    public String targetId() {
        return textQuestionId;
    }

    @Override
    public String description() {
        return "remove code " + code + " from " + textQuestionId;
    }
}
