package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.List;

/**
 * The table shown when a survey opens: the first coded single-choice or scale question (an id with a digit,
 * such as Q2), broken down by the crossable question just before it (often the respondents' attribute);
 * without coded questions, the second crossable question by the first.
 */
final class DefaultPair {
    private DefaultPair() {
    }

    /** {question, attribute}; either may be null when the survey has too few crossable questions. */
    static Question[] choose(List<Question> crossable) {
        for (int i = 1; i < crossable.size(); i++) {
            Question q = crossable.get(i);
            boolean single = q.type() == QuestionType.SINGLE || q.type() == QuestionType.SCALE;
            if (single && hasDigitOnOneLine(q.id())) {
                return new Question[] {q, crossable.get(i - 1)};
            }
        }
        if (crossable.size() >= 2) {
            return new Question[] {crossable.get(1), crossable.get(0)};
        }
        return new Question[] {crossable.isEmpty() ? null : crossable.get(0), null};
    }

    /** The pattern {@code .*\d.*} (matched whole) as one pass: a digit 0-9 and no line break. */
    static boolean hasDigitOnOneLine(String id) {
        boolean digit = false;
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (ch == '\n' || ch == '\r' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029') {
                return false;
            }
            digit |= ch >= '0' && ch <= '9';
        }
        return digit;
    }
}
