package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Personal-data columns, offered tick runs and the default missing answers. */
class PersonalDataAndSetsTest {
    @TempDir
    Path dir;

    @Test
    void emailNamePhoneAndIpColumnsAreNotQuestions() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"氏名", "連絡先", "電話番号", "IP", "Q1 満足度", "Channels: Phone"});
        String[] names = {"山田 太郎", "佐藤 花子", "鈴木 一郎"};
        for (int i = 0; i < 15; i++) {
            rows.add(new Object[] {names[i % 3] + (char) ('ア' + i), "taro" + i + "@example.jp",
                "090-1234-" + (5600 + i), "203.0.113." + i, i % 2 == 0 ? "満足" : "不満", i % 2});
        }
        Survey s = SurveyReader.read(Fixtures.sheet(dir.resolve("personal.xlsx"), "data", rows));
        List<String> columns = s.questions().stream().flatMap(q -> q.columns().stream()).toList();
        assertEquals(List.of("Q1 満足度", "Channels: Phone"), columns); // a 0/1 column about phones is an answer
        assertTrue(s.find("氏名").isEmpty());
    }

    @Test
    void runOfTickColumnsIsOfferedNamedByTheirCommonPrefixAndDeclaredSetsOverride() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Media: TV", "Media: Radio", "Media: Web", "Sex"});
        for (int i = 0; i < 20; i++) {
            rows.add(new Object[] {i % 2 == 0 ? "Media: TV" : null, i % 4 == 0 ? "Media: Radio" : null,
                i % 5 == 0 ? "Media: Web" : null, i % 2 == 0 ? "F" : "M"});
        }
        Path file = Fixtures.sheet(dir.resolve("runs.xlsx"), "data", rows);
        Survey s = SurveyReader.read(file);
        Question media = s.find("Media").orElseThrow();
        assertEquals(QuestionType.MULTI, media.type());
        assertEquals(List.of("Media: TV", "Media: Radio", "Media: Web"), media.categories());
        assertEquals(List.of(10, 5, 4), List.of(media.count(0), media.count(1), media.count(2)));
        assertEquals(12, media.answered().count()); // option-or-blank: all-blank rows (i % 10 in 1,3,7,9) are out
        assertTrue(s.find("Media: TV").isPresent()); // the columns stay questions too
        assertEquals(5, s.questions().size());

        Survey declared = SurveyReader.read(file,
                ReadOptions.defaults().withMultiSet("M", List.of("Media: TV", "Media: Radio")), ReadProgress.NONE);
        assertTrue(declared.find("Media").isEmpty()); // only one tick column left: no run to offer
        assertEquals(QuestionType.MULTI, declared.find("M").orElseThrow().type());
        assertFalse(declared.find("Media: TV").isPresent());
    }

    @Test
    void defaultMissingAnswersAndTheEditableList() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Q1 評価"});
        String[] answers = {"良い", "悪い", "無回答", "N/A", "#N/A", "-", "不明"};
        for (int i = 0; i < 14; i++) {
            rows.add(new Object[] {answers[i % 7]});
        }
        Path file = Fixtures.sheet(dir.resolve("missing.xlsx"), "data", rows);
        Question q = SurveyReader.read(file).find("Q1").orElseThrow();
        assertEquals(List.of("良い", "悪い", "不明"), q.categories());
        assertEquals(6, q.answered().count());
        Question edited = SurveyReader.read(file, ReadOptions.defaults().withMissing(List.of("不明")),
                ReadProgress.NONE).find("Q1").orElseThrow();
        assertEquals(List.of("良い", "悪い"), edited.categories());
        assertEquals(4, edited.answered().count());
    }
}
