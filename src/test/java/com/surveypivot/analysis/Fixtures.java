package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.ArrayList;
import java.util.List;

/** Builds respondent-level questions from a table of counts, so that fixtures can be written as tables. */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * A question and an attribute whose crosstab is {@code counts} (rows = question categories, columns =
     * attribute categories): counts[r][c] respondents answer r and c, in row-major order.
     */
    static Question[] crossed(QuestionType type, List<String> rows, List<String> columns, int[][] counts) {
        List<Integer> q = new ArrayList<>();
        List<Integer> g = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                for (int i = 0; i < counts[r][c]; i++) {
                    q.add(r);
                    g.add(c);
                }
            }
        }
        return new Question[] {
            Question.categorical("Q", "Q", type, type == QuestionType.SCALE, rows, List.of("Q"), toArray(q)),
            Question.categorical("G", "G", QuestionType.SINGLE, false, columns, List.of("G"), toArray(g))};
    }

    static Question single(String id, List<String> categories, int... codes) {
        return Question.categorical(id, id, QuestionType.SINGLE, false, categories, List.of(id), codes);
    }

    static Question scale(String id, List<String> categories, int... codes) {
        return Question.categorical(id, id, QuestionType.SCALE, true, categories, List.of(id), codes);
    }

    static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    static int[] repeat(int... valueCountPairs) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < valueCountPairs.length; i += 2) {
            for (int k = 0; k < valueCountPairs[i + 1]; k++) {
                out.add(valueCountPairs[i]);
            }
        }
        return toArray(out);
    }
}
