package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TopBoxTest {
    static final List<String> WORRY = List.of("とても悩んでいる", "悩んでいる", "どちらともいえない", "あまり悩んでいない",
            "まったく悩んでいない", "わからない");

    static Question scale(List<String> categories, int... codes) {
        return Question.categorical("Q3", "worry", QuestionType.SCALE, true, categories, List.of("Q3"), codes);
    }

    @Test
    void appliesToFourAndFivePointScales() {
        assertEquals(5, TopBox.points(scale(WORRY, 0)));
        assertTrue(TopBox.applies(scale(WORRY, 0)));
        assertTrue(TopBox.applies(scale(List.of("Agree", "Somewhat agree", "Somewhat disagree", "Disagree",
                "Don't know"), 0)));
        assertFalse(TopBox.applies(scale(List.of("Yes", "No", "Don't know"), 0)), "2 points");
        assertFalse(TopBox.applies(scale(List.of("1", "2", "3", "4", "5", "6", "7"), 0)), "7 points");
        assertFalse(TopBox.applies(Question.categorical("S", "s", QuestionType.SINGLE, false, WORRY.subList(0, 5),
                List.of("S"), new int[] {0})), "not a scale");
    }

    /*
     * 7 respondents, worry scale by G (A, B):
     *   r0 とても A | r1 悩んでいる A | r2 どちらとも A | r3 まったく B | r4 悩んでいる B | r5 わからない B | r6 - A
     * In the table: r0..r5. Total 6: top-2 = r0, r1, r4 = 3 (50%). A {r0,r1,r2}: 2 of 3 (66.67%).
     * B {r3,r4,r5}: 1 of 3 (33.33%) — "don't know" stays in the base, as in the table.
     */
    @Test
    void topTwoSharePerColumn() {
        Question q = scale(WORRY, 0, 1, 2, 4, 1, 5, -1);
        Question g = Question.categorical("G", "G", QuestionType.SINGLE, false, List.of("A", "B"), List.of("G"),
                new int[] {0, 0, 0, 1, 1, 1, 0});
        Crosstab t = CrosstabEngine.crosstab(q, g);
        TableRow top = TopBox.topTwo(t, Locale.ENGLISH);
        assertArrayEquals(new double[] {3, 2, 1}, top.counts());
        assertArrayEquals(new double[] {50, 200.0 / 3, 100.0 / 3}, top.percents(), 1e-12);
        assertEquals("Top 2 (とても悩んでいる + 悩んでいる)", top.label());
        assertEquals("TOP2（とても悩んでいる＋悩んでいる）", TopBox.topTwo(t, Locale.JAPANESE).label());
        assertNull(top.chiSquare());
        assertNull(TopBox.topTwo(CrosstabEngine.crosstab(g, q)), "G is not a scale");
    }
}
