package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;

/** Adds a code (with no answers yet) to the code frame of a free-text question; the first code creates the frame. */
public record AddCode(String textQuestionId, String code) implements SurveyEdit {

    public AddCode {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a code has a name");
        }
        code = code.strip();
    }

    @Override
    public Survey apply(Survey survey) {
        Question text = TextCodes.textQuestion(survey, textQuestionId);
        if (survey.find(TextCodes.codedId(textQuestionId)).filter(q -> !q.isMulti()).isPresent()) {
            throw new IllegalArgumentException("there is already a question " + TextCodes.codedId(textQuestionId));
        }
        List<String> codes = new ArrayList<>();
        List<RespondentSet> ticks = new ArrayList<>();
        TextCodes.coded(survey, textQuestionId).ifPresent(coded -> {
            codes.addAll(coded.categories());
            ticks.addAll(TextCodes.ticks(coded));
        });
        if (codes.contains(code)) {
            throw new IllegalArgumentException(textQuestionId + " already has a code " + code);
        }
        codes.add(code);
        ticks.add(new RespondentSet(survey.respondents()));
        return TextCodes.withCodes(survey, text, codes, ticks);
    }

    @Override
    public String targetId() {
        return textQuestionId;
    }

    @Override
    public String description() {
        return "add code " + code + " to " + textQuestionId;
    }
}
