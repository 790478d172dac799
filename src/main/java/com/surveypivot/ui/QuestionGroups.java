package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.Comparator;
import java.util.List;

/** The question list's grouping: by type (single, multi, scales, grids, numbers, dates, text, ids), then survey order. */
final class QuestionGroups {
    private static final List<QuestionType> ORDER = List.of(QuestionType.SINGLE, QuestionType.MULTI,
            QuestionType.SCALE, QuestionType.GRID, QuestionType.NUMBER, QuestionType.DATE, QuestionType.TEXT,
            QuestionType.ID);

    private QuestionGroups() {
    }

    /** The questions grouped by type; within a group in survey order. */
    static List<Question> sorted(List<Question> questions) {
        List<Question> copy = new java.util.ArrayList<>(questions);
        copy.sort(Comparator.comparingInt(q -> ORDER.indexOf(q.type())));
        return copy;
    }

    /** The icon of a type: one glyph, drawn in the type's colour by the style sheet. */
    static String icon(QuestionType type) {
        return switch (type) {
            case SINGLE -> "○";
            case MULTI -> "□";
            case SCALE -> "≡";
            case GRID -> "■";
            case NUMBER -> "#";
            case DATE -> "◇";
            case TEXT -> "¶";
            case ID -> "※";
        };
    }
}
