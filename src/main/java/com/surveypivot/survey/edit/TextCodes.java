package com.surveypivot.survey.edit;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The code frame of a free-text question: a multi-response question {@code <id>_codes} right after it, whose
 * options are the codes and whose ticks are the answers assigned to each code (several codes per answer allowed).
 * Its base is everyone who wrote an answer, so an answer with no code is in the base with nothing ticked.
 */
public final class TextCodes {
    private TextCodes() {
    }

    /** The id of the coded question of a text question. */
    public static String codedId(String textQuestionId) {
        return textQuestionId + "_codes";
    }

    /** The coded question of a text question, when it has codes. */
    public static Optional<Question> coded(Survey survey, String textQuestionId) {
        String id = codedId(textQuestionId);
        return survey.questions().stream().filter(q -> q.id().equals(id) && q.isMulti()).findFirst();
    }

    /** The answers (respondents who wrote something) with no code yet. */
    public static RespondentSet uncoded(Survey survey, String textQuestionId) {
        Question text = textQuestion(survey, textQuestionId);
        RespondentSet left = text.answered().copy();
        Optional<Question> coded = coded(survey, textQuestionId);
        if (coded.isPresent()) {
            for (int c = 0; c < coded.get().categoryCount(); c++) {
                left = left.andNot(coded.get().members(c));
            }
        }
        return left;
    }

    /** The coded question of a text question, which must have the code; its index is {@code coded.indexOf(code)}. */
    static Question requireCode(Survey survey, String textQuestionId, String code) {
        Question coded = coded(survey, textQuestionId)
                .orElseThrow(() -> new IllegalArgumentException(textQuestionId + " has no codes"));
        if (coded.indexOf(code) < 0) {
            throw new IllegalArgumentException(textQuestionId + " has no code " + code);
        }
        return coded;
    }

    static Question textQuestion(Survey survey, String id) {
        Question q = SurveyQuestions.require(survey, id);
        if (q.type() != QuestionType.TEXT) {
            throw new IllegalArgumentException(id + " is not a free-text question");
        }
        return q;
    }

    /**
     * The survey with the text question's codes set to {@code codes} and their answers to {@code ticks}: the coded
     * question is put right after the text question (replacing the old one), or taken away when no code is left.
     */
    static Survey withCodes(Survey survey, Question text, List<String> codes, List<RespondentSet> ticks) {
        String id = codedId(text.id());
        List<Question> list = new ArrayList<>(survey.questions());
        list.removeIf(q -> q.id().equals(id));
        if (!codes.isEmpty()) {
            Question coded = Question.multi(id, text.text(), codes, text.columns(), ticks, text.answered().copy());
            int at = list.indexOf(text);
            list.add(at + 1, coded);
        }
        return SurveyQuestions.with(survey, list);
    }

    static List<RespondentSet> ticks(Question coded) {
        List<RespondentSet> ticks = new ArrayList<>();
        for (int c = 0; c < coded.categoryCount(); c++) {
            ticks.add(coded.members(c).copy());
        }
        return ticks;
    }
}
