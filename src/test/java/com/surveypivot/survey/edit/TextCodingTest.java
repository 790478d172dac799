package com.surveypivot.survey.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coding free answers: codes, assignments (several codes per answer), the coded question crossed both ways, undo
 * and redo. The survey, by hand:
 * <pre>
 * respondent  0    1    2    3    4    5    6    7
 * 部門        営業 営業 営業 営業 販促 販促 販促 販促
 * T           a    b    c    d    -    f    g    -      (- = blank)
 * KPI         x         x    x
 * リード                x              x
 * </pre>
 * Coded question T_codes by 部門: base 営業 4 (0–3), 販促 2 (5, 6), Total 6; KPI 3 / 0 / 3, リード 1 / 1 / 2; uncoded: 1, 6.
 */
class TextCodingTest {

    private static Survey survey() {
        Question dept = Question.categorical("部門", "部門", QuestionType.SINGLE, false, List.of("営業", "販促"),
                List.of("部門"), new int[] {0, 0, 0, 0, 1, 1, 1, 1});
        Question text = Question.text("T", "ご意見", QuestionType.TEXT, "T ご意見",
                new String[] {"KPIがばらばら", "特になし", "KPIとリード", "KPIの定義", null, "リードの質", "会議が多い", " "});
        return new Survey("t", "s", 1, 1, "generic", 8, List.of(dept, text));
    }

    /** The four coding edits, each applied to the survey the one before gave; {@code steps} gets every survey. */
    private static Survey coded(List<Survey> steps) {
        Survey s = survey();
        steps.add(s);
        for (SurveyEdit edit : List.of(new AddCode("T", "KPI"), new AddCode("T", "リード"),
                new AssignCode("T", "KPI", List.of(0, 2, 3), true), new AssignCode("T", "リード", List.of(2, 5), true))) {
            s = edit.apply(s);
            steps.add(s);
        }
        return s;
    }

    @Test
    void codedQuestionCrossesByAnAttributeAsCountedByHand() {
        Survey s = coded(new java.util.ArrayList<>());
        Question coded = s.find("T_codes").orElseThrow();
        assertEquals(QuestionType.MULTI, coded.type());
        assertEquals(List.of("KPI", "リード"), coded.categories());
        assertEquals(List.of("部門", "T", "T_codes"), s.questions().stream().map(Question::id).toList());

        Crosstab table = CrosstabEngine.crosstab(coded, s.find("部門").orElseThrow());
        assertEquals(6, table.total().base(), 0);
        assertEquals(4, table.columns().get(1).base(), 0);
        assertEquals(2, table.columns().get(2).base(), 0);
        assertEquals("KPI", table.rows().get(0).label());
        assertEquals(3, table.rows().get(0).count(0), 0);
        assertEquals(3, table.rows().get(0).count(1), 0);
        assertEquals(0, table.rows().get(0).count(2), 0);
        assertEquals(2, table.rows().get(1).count(0), 0);
        assertEquals(1, table.rows().get(1).count(1), 0);
        assertEquals(1, table.rows().get(1).count(2), 0);
        assertEquals(50.0, table.rows().get(0).percent(0), 1e-9);
        assertEquals(75.0, table.rows().get(0).percent(1), 1e-9);

        // as the attribute: 部門 by the codes (KPI: 3 営業; リード: 1 営業, 1 販促)
        Crosstab reverse = CrosstabEngine.crosstab(s.find("部門").orElseThrow(), coded);
        assertEquals(3, reverse.columns().get(1).base(), 0);
        assertEquals(2, reverse.columns().get(2).base(), 0);
        assertEquals(3, reverse.rows().get(0).count(1), 0);
        assertEquals(1, reverse.rows().get(1).count(2), 0);

        assertEquals(List.of(1, 6), members(TextCodes.uncoded(s, "T")));
    }

    @Test
    void eachStepLeavesTheSurveyBeforeItAsItWas() {
        // undo in the window shows the survey before a step again: that survey must be unchanged by the step
        List<Survey> steps = new java.util.ArrayList<>();
        Survey done = coded(steps);
        Survey oneBack = steps.get(3);
        assertEquals(List.of(0, 2, 3), members(oneBack.find("T_codes").orElseThrow().members(0)));
        assertEquals(List.of(), members(oneBack.find("T_codes").orElseThrow().members(1)));
        assertEquals(List.of(0, 2, 3), members(done.find("T_codes").orElseThrow().members(0)));
        assertEquals(List.of(2, 5), members(done.find("T_codes").orElseThrow().members(1)));
        assertFalse(steps.get(0).find("T_codes").isPresent(), "no codes before the first");
        assertEquals(List.of("KPI"), steps.get(1).find("T_codes").orElseThrow().categories());
        assertEquals(5, steps.size());
    }

    @Test
    void codesComeOffRenameAndGo() {
        Survey s = coded(new java.util.ArrayList<>());
        s = new AssignCode("T", "KPI", List.of(2), false).apply(s);
        assertEquals(List.of(0, 3), members(s.find("T_codes").orElseThrow().members(0)));
        assertEquals(List.of(2, 5), members(s.find("T_codes").orElseThrow().members(1)), "other codes stay");
        s = new RenameCategory("T_codes", "リード", "リード・引き継ぎ").apply(s);
        assertEquals(List.of("KPI", "リード・引き継ぎ"), s.find("T_codes").orElseThrow().categories());
        s = new RemoveCode("T", "KPI").apply(s);
        assertEquals(List.of("リード・引き継ぎ"), s.find("T_codes").orElseThrow().categories());
        assertEquals(List.of(0, 1, 3, 6), members(TextCodes.uncoded(s, "T")));
        s = new RemoveCode("T", "リード・引き継ぎ").apply(s);
        assertFalse(s.find("T_codes").isPresent());
    }

    @Test
    void editsThatDoNotFitAreRefused() {
        Survey s = coded(new java.util.ArrayList<>());
        assertThrows(IllegalArgumentException.class, () -> new AddCode("T", "KPI").apply(survey().questions()
                .isEmpty() ? null : new AddCode("T", "KPI").apply(survey())));
        assertThrows(IllegalArgumentException.class, () -> new AssignCode("T", "KPI", List.of(4), true).apply(s),
                "respondent 4 wrote nothing");
        assertThrows(IllegalArgumentException.class, () -> new AssignCode("T", "なし", List.of(0), true).apply(s));
        assertThrows(IllegalArgumentException.class, () -> new AddCode("部門", "KPI").apply(s), "not a text question");
        assertThrows(IllegalArgumentException.class, () -> new AddCode("T", " "));
    }

    private static List<Integer> members(com.surveypivot.survey.RespondentSet set) {
        List<Integer> list = new java.util.ArrayList<>();
        set.forEach(list::add);
        assertTrue(list.stream().allMatch(r -> r >= 0));
        return list;
    }
}
