package com.surveypivot.survey.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each edit on a six-respondent survey whose answers are written out here, so every expected count is worked by
 * hand from this table (r0 … r5; "." = blank):
 * <pre>
 *        Q1  Q2(営業) Q3(開発) Q4(メール) Q5      T
 *  r0    A   1        0        1          .       x
 *  r1    B   0        0        1          .       .
 *  r2    C   1        1        .          .       y
 *  r3    A   .        .        .          .       .
 *  r4    .   0        1        .          その他  z
 *  r5    B   .        .        .          .       .
 * </pre>
 */
class SurveyEditTest {

    static Survey survey() {
        Question q1 = Question.categorical("Q1", "好きな案", QuestionType.SINGLE, false, List.of("A", "B", "C"),
                List.of("Q1 好きな案"), new int[] {0, 1, 2, 0, -1, 1});
        Question q2 = Question.categorical("Q2", "営業", QuestionType.SINGLE, false, List.of("0", "1"),
                List.of("Q2 営業"), new int[] {1, 0, 1, -1, 0, -1});
        Question q3 = Question.categorical("Q3", "開発", QuestionType.SINGLE, false, List.of("0", "1"),
                List.of("Q3 開発"), new int[] {0, 0, 1, -1, 1, -1});
        Question q4 = Question.categorical("Q4", "メール", QuestionType.SINGLE, false, List.of("1"),
                List.of("Q4 メール"), new int[] {0, 0, -1, -1, -1, -1});
        Question q5 = Question.categorical("Q5", "手段", QuestionType.SINGLE, false, List.of("その他"),
                List.of("Q5 手段"), new int[] {-1, -1, -1, -1, 0, -1});
        Question t = Question.text("T", "自由回答", QuestionType.TEXT, "T 自由回答",
                new String[] {"x", null, "y", null, "z", null});
        return new Survey("test", "Sheet1", 1, 1, "generic", 6, List.of(q1, q2, q3, q4, q5, t));
    }

    private static List<String> ids(Survey s) {
        return s.questions().stream().map(Question::id).toList();
    }

    @Test
    void renameQuestionKeepsIdPlaceAndAnswers() {
        Survey before = survey();
        Survey after = new RenameQuestion("Q1", "  好きな案はどれ  ").apply(before);
        Question q = after.find("Q1").orElseThrow();
        assertEquals("好きな案はどれ", q.text());
        assertEquals(ids(before), ids(after));
        assertEquals(2, q.count(0));
        assertEquals("好きな案", before.find("Q1").orElseThrow().text(), "the old survey is unchanged");
    }

    @Test
    void reorderCategoriesRecodesCodesAndMembers() {
        Survey after = new ReorderCategories("Q1", List.of("C", "A", "B")).apply(survey());
        Question q = after.find("Q1").orElseThrow();
        assertEquals(List.of("C", "A", "B"), q.categories());
        // A→1, B→2, C→0
        assertArrayEquals(new int[] {1, 2, 0, 1, -1, 2}, q.codes());
        assertEquals(1, q.count(0));
        assertEquals(2, q.count(1));
        assertEquals(2, q.count(2));
        assertTrue(q.members(0).contains(2));
        assertEquals(5, q.answered().count());
    }

    @Test
    void reorderMustListEachAnswerOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReorderCategories("Q1", List.of("C", "A", "A")).apply(survey()));
        assertThrows(IllegalArgumentException.class,
                () -> new ReorderCategories("Q1", List.of("C", "A")).apply(survey()));
    }

    @Test
    void renameCategoryKeepsCounts() {
        Question q = new RenameCategory("Q1", "B", "Bee").apply(survey()).find("Q1").orElseThrow();
        assertEquals(List.of("A", "Bee", "C"), q.categories());
        assertEquals(2, q.count(1));
        assertTrue(q.members(1).contains(5));
        assertThrows(IllegalArgumentException.class, () -> new RenameCategory("Q1", "B", "A").apply(survey()));
        assertThrows(IllegalArgumentException.class, () -> new RenameCategory("Q1", "Z", "Y").apply(survey()));
    }

    @Test
    void changeTypeBetweenSingleScaleTextAndBack() {
        Question scale = new ChangeQuestionType("Q1", QuestionType.SCALE, true).apply(survey()).find("Q1")
                .orElseThrow();
        assertEquals(QuestionType.SCALE, scale.type());
        assertTrue(scale.isOrdered());
        assertEquals(2, scale.count(0));

        Survey excluded = new ChangeQuestionType("Q1", QuestionType.TEXT, false).apply(survey());
        Question text = excluded.find("Q1").orElseThrow();
        assertEquals(QuestionType.TEXT, text.type());
        assertFalse(text.isCrossable());
        assertEquals(List.of("A", "B", "C", "A"), text.texts().subList(0, 4));
        assertNull(text.texts().get(4));
        assertEquals(4, excluded.crossableQuestions().size(), "Q1 out of the tables");

        Question back = new ChangeQuestionType("Q1", QuestionType.SINGLE, false).apply(excluded).find("Q1")
                .orElseThrow();
        assertEquals(List.of("A", "B", "C"), back.categories(), "first appearance");
        assertArrayEquals(new int[] {0, 1, 2, 0, -1, 1}, back.codes());

        Question single = new ChangeQuestionType("T", QuestionType.SINGLE, false).apply(survey()).find("T")
                .orElseThrow();
        assertEquals(List.of("x", "y", "z"), single.categories());
        assertEquals(3, single.answered().count());
    }

    @Test
    void mergeZeroOneColumnsKeepsAllZeroInBaseAndAllBlankOut() {
        Survey after = new MergeIntoMultiSet("Q9", "部門", List.of("Q2", "Q3"), false).apply(survey());
        assertEquals(List.of("Q1", "Q9", "Q4", "Q5", "T"), ids(after), "the set takes Q2's place");
        Question set = after.find("Q9").orElseThrow();
        assertEquals(QuestionType.MULTI, set.type());
        assertEquals("部門", set.text());
        assertEquals(List.of("営業", "開発"), set.categories());
        assertEquals(List.of("Q2 営業", "Q3 開発"), set.columns());
        // 営業 ticked by r0, r2; 開発 by r2, r4; r1 all 0 is in the base; r3, r5 all blank are not
        assertEquals(2, set.count(0));
        assertEquals(2, set.count(1));
        assertTrue(set.members(0).contains(0) && set.members(0).contains(2));
        assertTrue(set.members(1).contains(2) && set.members(1).contains(4));
        assertEquals(4, set.answered().count());
        assertTrue(set.answered().contains(1));
        assertFalse(set.answered().contains(3));
    }

    @Test
    void mergeTickOrBlankColumnsBaseIsWhoTickedUnlessBlanksCount() {
        Question set = new MergeIntoMultiSet("M", "連絡手段", List.of("Q4", "Q5"), false).apply(survey()).find("M")
                .orElseThrow();
        assertEquals(List.of("メール", "その他"), set.categories(), "a 1 column is named by its text");
        assertEquals(2, set.count(0));
        assertEquals(1, set.count(1));
        assertEquals(3, set.answered().count());
        Question everyone = new MergeIntoMultiSet("M", "連絡手段", List.of("Q4", "Q5"), true).apply(survey())
                .find("M").orElseThrow();
        assertEquals(6, everyone.answered().count());
    }

    @Test
    void mergeRefusesColumnsThatAreNotTicks() {
        assertThrows(IllegalArgumentException.class,
                () -> new MergeIntoMultiSet("M", "", List.of("Q1", "Q2"), false).apply(survey()));
        assertThrows(IllegalArgumentException.class,
                () -> new MergeIntoMultiSet("M", "", List.of("T", "Q2"), false).apply(survey()));
        assertThrows(IllegalArgumentException.class,
                () -> new MergeIntoMultiSet("Q1", "", List.of("Q2", "Q3"), false).apply(survey()));
    }

    @Test
    void splitGivesOneTickedNotTickedQuestionPerOption() {
        Survey merged = new MergeIntoMultiSet("Q9", "部門", List.of("Q2", "Q3"), false).apply(survey());
        Survey split = new SplitMultiSet("Q9", "ticked", "not ticked").apply(merged);
        assertEquals(List.of("Q1", "Q9_1", "Q9_2", "Q4", "Q5", "T"), ids(split));
        Question sales = split.find("Q9_1").orElseThrow();
        assertEquals("営業", sales.text());
        assertEquals(List.of("ticked", "not ticked"), sales.categories());
        assertEquals(List.of("Q2 営業"), sales.columns());
        assertArrayEquals(new int[] {0, 1, 0, -1, 1, -1}, sales.codes());
        Question dev = split.find("Q9_2").orElseThrow();
        assertArrayEquals(new int[] {1, 1, 0, -1, 0, -1}, dev.codes());
        assertThrows(IllegalArgumentException.class, () -> new SplitMultiSet("Q1", "a", "b").apply(survey()));
    }

    @Test
    void reorderOptionsOfASetMovesTicksAndColumns() {
        Survey merged = new MergeIntoMultiSet("Q9", "部門", List.of("Q2", "Q3"), false).apply(survey());
        Question set = new ReorderCategories("Q9", List.of("開発", "営業")).apply(merged).find("Q9").orElseThrow();
        assertEquals(List.of("Q3 開発", "Q2 営業"), set.columns());
        assertTrue(set.members(0).contains(4));
        assertFalse(set.members(0).contains(0));
        assertEquals(4, set.answered().count());
    }

    @Test
    void combinedEditAppliesInOrder() {
        SurveyEdit edit = new CombinedEdit(List.of(new RenameCategory("Q1", "C", "See"),
                new ReorderCategories("Q1", List.of("See", "B", "A"))));
        Question q = edit.apply(survey()).find("Q1").orElseThrow();
        assertEquals(List.of("See", "B", "A"), q.categories());
        assertArrayEquals(new int[] {2, 1, 0, 2, -1, 1}, q.codes());
    }

    @Test
    void editsLeaveTheSurveyTheyApplyToAndFailWithoutAChange() {
        Survey start = survey();
        String before = start.find("Q1").orElseThrow().text();
        Survey s1 = new RenameQuestion("Q1", "新しい").apply(start);
        assertEquals("新しい", s1.find("Q1").orElseThrow().text());
        assertEquals(before, start.find("Q1").orElseThrow().text(), "the survey before the edit is kept as it was");
        assertEquals("rename Q1", new RenameQuestion("Q1", "新しい").description());
        assertThrows(IllegalArgumentException.class, () -> new RenameQuestion("NO", "x").apply(s1));
    }
}
