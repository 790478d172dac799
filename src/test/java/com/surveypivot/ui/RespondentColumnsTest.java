package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Data tab's cell text of each kind of question, for a hand-made survey of three respondents. */
class RespondentColumnsTest {

    @Test
    void everyKindOfAnswerAsText() {
        Question single = Question.categorical("S", "S", QuestionType.SINGLE, false, List.of("a", "b"), List.of("S"),
                new int[] {1, -1, 0});
        RespondentSet x = new RespondentSet(3);
        x.add(0);
        x.add(2);
        RespondentSet y = new RespondentSet(3);
        y.add(2);
        Question multi = Question.multi("M", "M", List.of("x", "y"), List.of("M_1", "M_2"), List.of(x, y),
                RespondentSet.all(3));
        Question number = Question.number("N", "N", "N", new double[] {3, 2.5, Double.NaN}, List.of("2.5", "3"),
                new int[] {1, 0, -1});
        Question date = Question.date("D", "D", "D", new double[] {19_700, 19_700.5, Double.NaN}, List.of("d"),
                new int[] {0, 0, -1});
        Question text = Question.text("T", "T", QuestionType.TEXT, "T", new String[] {"good", null, "  "});
        Question item1 = Question.categorical("G_1", "G1", QuestionType.SCALE, true, List.of("hi", "lo"),
                List.of("G_1"), new int[] {0, 1, 1});
        Question item2 = Question.categorical("G_2", "G2", QuestionType.SCALE, true, List.of("hi", "lo"),
                List.of("G_2"), new int[] {1, 1, 0});
        Question grid = Question.grid("G", "G", List.of(item1, item2));
        Survey survey = new Survey("t", "t", 1, 1, "generic", 3, List.of(single, multi, number, date, text, grid));

        RespondentColumns columns = RespondentColumns.of(survey);
        assertEquals(List.of("S", "M", "N", "D", "T", "G_1", "G_2"),
                columns.columns().stream().map(RespondentColumns.Column::header).toList());
        assertEquals(List.of("b", "", "a"), values(columns, "S"));
        assertEquals(List.of("x", "", "x; y"), values(columns, "M"));
        assertEquals(List.of("3", "2.5", ""), values(columns, "N"));
        // 19,700 days after 1970-01-01 is 2023-12-09; .5 is noon
        assertEquals(List.of("2023-12-09", "2023-12-09 12:00", ""), values(columns, "D"));
        assertEquals(List.of("good", "", "  "), values(columns, "T"));
        assertEquals(List.of("hi", "lo", "lo"), values(columns, "G_1"));
        assertEquals(List.of("lo", "lo", "hi"), values(columns, "G_2"));
    }

    private static List<String> values(RespondentColumns columns, String id) {
        RespondentColumns.Column c = columns.column(id);
        return List.of(c.value(0), c.value(1), c.value(2));
    }
}
