package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The window's state without a window: default table, pivot, user notes per table, image name. */
class MainViewModelTest {

    /** 40 respondents: an id, a gender attribute, a scale question Q1 and a single-choice Q2. */
    private static Survey survey() {
        int n = 40;
        int[] gender = new int[n];
        int[] q1 = new int[n];
        int[] q2 = new int[n];
        String[] ids = new String[n];
        for (int r = 0; r < n; r++) {
            gender[r] = r % 2;
            q1[r] = r % 5;
            q2[r] = r % 3 == 0 ? -1 : r % 4;
            ids[r] = "R" + r;
        }
        return new Survey("fixture", "data", 1, 1, "generic", n, List.of(
                Question.text("ID", "ID", QuestionType.ID, "ID", ids),
                Question.categorical("性別", "性別", QuestionType.SINGLE, false, List.of("男性", "女性"),
                        List.of("性別"), gender),
                Question.categorical("Q1", "満足度", QuestionType.SCALE, true,
                        List.of("とても満足", "満足", "どちらともいえない", "不満", "とても不満"), List.of("Q1 満足度"), q1),
                Question.categorical("Q2", "利用頻度", QuestionType.SINGLE, false, List.of("毎日", "毎週", "毎月", "それ以下"),
                        List.of("Q2 利用頻度"), q2)));
    }

    private static MainViewModel model() {
        MainViewModel model = new MainViewModel(task -> {
            throw new AssertionError("no background work expected");
        });
        model.localeProperty().set(Locale.ENGLISH);
        model.setSurvey(survey());
        return model;
    }

    @Test
    void opensOnTheFirstCodedQuestionByTheQuestionBeforeIt() {
        MainViewModel model = model();
        assertEquals("Q1", model.questionProperty().get().id());
        assertEquals("性別", model.attributeProperty().get().id());
        assertEquals(3, model.questions().size(), "ids are not crossable");
        assertNotNull(model.chartModelProperty().get());
        assertEquals(3, model.gridProperty().get().rows().size(), "Total and two genders");
        assertFalse(model.statusProperty().get().isBlank());
    }

    @Test
    void swapPivotsTheTable() {
        MainViewModel model = model();
        model.swap();
        assertEquals("性別", model.questionProperty().get().id());
        assertEquals("Q1", model.attributeProperty().get().id());
        assertEquals(List.of("男性", "女性", "n"), model.gridProperty().get().headers());
    }

    @Test
    void userNoteIsKeptPerQuestionAndAttribute() {
        MainViewModel model = model();
        Survey s = model.surveyProperty().get();
        model.userNoteProperty().set("women are more satisfied");
        model.questionProperty().set(s.find("Q2").orElseThrow());
        assertEquals("", model.userNoteProperty().get());
        model.userNoteProperty().set("frequency note");
        model.attributeProperty().set(s.find("Q1").orElseThrow());
        assertEquals("", model.userNoteProperty().get());
        model.attributeProperty().set(s.find("性別").orElseThrow());
        assertEquals("frequency note", model.userNoteProperty().get());
        model.questionProperty().set(s.find("Q1").orElseThrow());
        assertEquals("women are more satisfied", model.userNoteProperty().get());
    }

    @Test
    void imageNameIsQuestionByAttribute() {
        MainViewModel model = model();
        assertEquals("Q1_by_性別.png", model.defaultImageName());
    }

    @Test
    void countsAndTransposeRelayTheGrid() {
        MainViewModel model = model();
        model.transposedProperty().set(true);
        assertEquals(List.of("Total", "男性", "女性"), model.gridProperty().get().headers());
        model.showCountsProperty().set(true);
        // Q1 code 0 (r % 5 == 0): r = 0, 5, ..., 35 → 8 respondents; even r of those (男性): 0, 10, 20, 30 → 4
        assertEquals(List.of("8", "4", "4"), model.gridProperty().get().rows().get(0).cells());
    }
}
