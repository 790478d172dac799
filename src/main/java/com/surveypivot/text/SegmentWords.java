package com.surveypivot.text;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The characteristic words of one segment (a category of an attribute) against the other answers of the base.
 *
 * @param segment the segment's label
 * @param answers how many answers the segment's respondents in the base wrote
 * @param words   its characteristic words, most significant first
 */
public record SegmentWords(String segment, int answers, List<CharacteristicWord> words) {
    public SegmentWords {
        words = List.copyOf(words);
    }

    /** Every segment of {@code by} (its categories, in order) against the rest of the base (null: everyone). */
    public static List<SegmentWords> of(TextAnswers answers, RespondentSet base, Question by) {
        List<SegmentWords> list = new ArrayList<>();
        for (int c = 0; c < by.categoryCount(); c++) {
            RespondentSet members = by.members(c);
            RespondentSet inBase = base == null ? members : base.and(members);
            list.add(new SegmentWords(by.categories().get(c), WordCounts.answers(answers, inBase),
                    CharacteristicWords.of(answers, base, members)));
        }
        return list;
    }
}
