package com.surveypivot.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample's Q5 tells the story of the tables in words: short and long answers, typos, full-width letters and
 * English among them, and characteristic words that follow job function and worry.
 */
class SampleCommentsStoryTest {
    private static Survey survey;
    private static TextAnswers answers;

    @BeforeAll
    static void read() throws Exception {
        survey = SurveyReader.readSample(ReadOptions.defaults(), null);
        answers = TextAnswers.of(survey.find("Q5").orElseThrow());
    }

    private static List<String> characteristic(String question, String segment, RespondentSet base) {
        Question q = survey.find(question).orElseThrow();
        return CharacteristicWords.of(answers, base, q.members(q.indexOf(segment))).stream()
                .map(CharacteristicWord::word).toList();
    }

    @Test
    void answersAreShortAndLongWithTyposAndMixedScripts() {
        int shortOnes = 0;
        int longOnes = 0;
        int english = 0;
        int fullWidth = 0;
        int typos = 0;
        for (int a = 0; a < answers.size(); a++) {
            String t = answers.text(a);
            shortOnes += t.length() <= 12 ? 1 : 0;
            longOnes += t.length() >= 60 ? 1 : 0;
            english += Language.of(t) == Language.EN ? 1 : 0;
            fullWidth += t.matches(".*[Ａ-Ｚａ-ｚ].*") ? 1 : 0;
            typos += t.matches(".*(連係|共湯|怪儀|シテスム|デ－タ|リ－ド).*") ? 1 : 0;
        }
        assertTrue(answers.size() >= 250 && answers.size() <= 450, "answers: " + answers.size());
        assertTrue(shortOnes >= 30, "short: " + shortOnes);
        assertTrue(longOnes >= 15, "long (60 characters or more): " + longOnes);
        assertTrue(english >= 3, "English: " + english);
        assertTrue(fullWidth >= 1, "full-width letters: " + fullWidth);
        assertTrue(typos >= 3, "typos: " + typos);
    }

    @Test
    void characteristicWordsFollowJobFunction() {
        assertTrue(characteristic("Q1", "広告宣伝・販促", null).contains("KPI"));
        assertTrue(characteristic("Q1", "システム管理・導入", null).contains("データ"));
        List<String> sales = characteristic("Q1", "営業・営業企画", null);
        assertTrue(sales.contains("リード") && sales.contains("引き継ぎ"), sales.toString());
        assertTrue(characteristic("Q1", "カスタマーサービス", null).contains("問い合わせ"));
    }

    @Test
    void worriedRespondentsWriteComplaintsAndTheOthersPraiseOrSuggest() {
        // the top-2 box of Q3 against the rest: complaints about KPIs, tools and data belong to the worried
        Question q3 = survey.find("Q3").orElseThrow();
        RespondentSet worried = q3.members(q3.indexOf("とても悩んでいる")).or(q3.members(q3.indexOf("悩んでいる")));
        List<String> words = CharacteristicWords.of(answers, null, worried).stream().map(CharacteristicWord::word)
                .toList();
        assertTrue(words.contains("データ") || words.contains("KPI") || words.contains("ツール"), words.toString());
        List<String> calm = CharacteristicWords.of(answers, null, answers.answered().andNot(worried)).stream()
                .map(CharacteristicWord::word).toList();
        assertTrue(calm.stream().anyMatch(w -> List.of("共有", "事例", "定例", "回る", "知る").contains(w)), calm.toString());
    }
}
