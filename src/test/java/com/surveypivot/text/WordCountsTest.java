package com.surveypivot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Words counted by respondent, against plain loops over the answers (not the index the code builds). */
class WordCountsTest {

    @Test
    void aWordCountsOncePerRespondentHoweverOftenTheyWriteIt() {
        String[] answers = {"data data data", "data tools", null, "  ", "tools KPI kpi", "データとデータ"};
        TextAnswers index = TextAnswers.of(answers, () -> false);
        assertEquals(4, index.size(), "blank answers are not answers");
        WordTable table = WordCounts.top(index, null, 0);
        Map<String, Integer> counted = new HashMap<>();
        table.words().forEach(w -> counted.put(w.word(), w.respondents()));
        // by hand: data in answers 0 and 1 (3 + 1 occurrences); tools in 1 and 4; KPI (as written) in 4; kpi in 4;
        // データ in 5 (twice)
        assertEquals(Map.of("data", 2, "tools", 2, "KPI", 1, "kpi", 1, "データ", 1), counted);
        assertEquals(2.0 / 4, table.words().get(0).share(), 1e-12);
        assertEquals(List.of("data", "tools"), table.words().subList(0, 2).stream().map(WordFrequency::word).toList());
    }

    @Test
    void sampleCountsMatchAPlainCountPerRespondent() throws Exception {
        Survey survey = SurveyReader.readSample(ReadOptions.defaults(), null);
        Question q5 = survey.find("Q5").orElseThrow();
        Question q1 = survey.find("Q1").orElseThrow();
        RespondentSet keep = q1.members(q1.indexOf("広告宣伝・販促"));
        TextAnswers index = TextAnswers.of(q5);
        WordTable table = WordCounts.top(index, keep, 15);

        WordTokenizer tokenizer = new WordTokenizer();
        Map<String, Integer> plain = new HashMap<>();
        int answers = 0;
        List<String> texts = q5.texts();
        for (int r = 0; r < texts.size(); r++) {
            if (texts.get(r) == null || texts.get(r).isBlank() || !keep.contains(r)) {
                continue;
            }
            answers++;
            Set<String> words = new HashSet<>(tokenizer.words(texts.get(r)));
            words.forEach(w -> plain.merge(w, 1, Integer::sum));
        }
        assertEquals(answers, table.answers());
        assertEquals(15, table.words().size());
        int previous = Integer.MAX_VALUE;
        for (WordFrequency w : table.words()) {
            assertEquals(plain.get(w.word()), w.respondents(), w.word());
            assertEquals((double) plain.get(w.word()) / answers, w.share(), 1e-12);
            assertTrue(w.respondents() <= previous, "most respondents first");
            previous = w.respondents();
        }
        int fifteenth = table.words().get(14).respondents();
        long more = plain.values().stream().filter(n -> n > fifteenth).count();
        assertTrue(more <= 14, "no word left out that more respondents used");
        assertEquals(answers, index.answered().and(keep).count());
    }

    @Test
    void answersUsingAWordAreFound() {
        TextAnswers index = TextAnswers.of(new String[] {"リードの質", "営業がリードを追う", "会議が多い"}, () -> false);
        RespondentSet using = index.using("リード");
        assertEquals(2, using.count());
        assertTrue(using.contains(0) && using.contains(1));
        assertTrue(index.uses(1, "追う"));
        assertEquals(0, index.using("存在しない").count());
    }
}
