package com.surveypivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.text.WordTokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code text}: the json contract (keys exactly as the issue names them) and its numbers against plain loops. */
class CliTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Survey sample;

    @BeforeAll
    static void read() throws Exception {
        sample = SurveyReader.readSample(ReadOptions.defaults(), null);
    }

    /** The worried (とても悩んでいる) respondents who wrote a Q5 answer, as row indices. */
    private static List<Integer> worriedAnswers() {
        Question q3 = sample.find("Q3").orElseThrow();
        List<String> texts = sample.find("Q5").orElseThrow().texts();
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            if (texts.get(r) != null && !texts.get(r).isBlank() && q3.members(q3.indexOf("とても悩んでいる")).contains(r)) {
                rows.add(r);
            }
        }
        return rows;
    }

    @Test
    void jsonWordsAreCountedByRespondentAfterTheFilter() throws Exception {
        CliTest.Run run = CliTest.run("text", "sample", "--question", "Q5", "--filter", "Q3=とても悩んでいる",
                "--top", "5", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode root = JSON.readTree(run.out());
        List<Integer> rows = worriedAnswers();
        assertEquals(rows.size(), root.get("answers").asInt());
        assertEquals(5, root.get("words").size());
        WordTokenizer tokenizer = new WordTokenizer();
        List<String> texts = sample.find("Q5").orElseThrow().texts();
        for (JsonNode w : root.get("words")) {
            List<String> keys = new ArrayList<>();
            Iterator<String> names = w.fieldNames();
            names.forEachRemaining(keys::add);
            assertEquals(List.of("word", "respondents", "share"), keys);
            String word = w.get("word").asText();
            long plain = rows.stream().filter(r -> new HashSet<>(tokenizer.words(texts.get(r))).contains(word)).count();
            assertEquals(plain, w.get("respondents").asLong(), word);
            assertEquals((double) plain / rows.size(), w.get("share").asDouble(), 1e-12);
        }
    }

    @Test
    void bySegmentGivesCharacteristicWordsWithTheirTest() throws Exception {
        CliTest.Run run = CliTest.run("text", "sample", "--question", "Q5", "--by", "Q1", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals("Q1", root.get("by").asText());
        assertTrue(root.get("test").asText().contains("Benjamini-Hochberg"));
        JsonNode advertising = null;
        for (JsonNode s : root.get("segments")) {
            if (s.get("segment").asText().equals("広告宣伝・販促")) {
                advertising = s;
            }
        }
        JsonNode first = advertising.get("characteristic").get(0);
        assertEquals("KPI", first.get("word").asText(), "the sample's advertising people write about KPIs");
        for (String key : List.of("respondents", "share", "restRespondents", "restShare", "z", "pValue", "adjustedP")) {
            assertTrue(first.has(key), key);
        }
        assertTrue(first.get("adjustedP").asDouble() < 0.05 && first.get("z").asDouble() > 0);
    }

    @Test
    void listPrintsTheAnswersWithTheChosenColumns() throws Exception {
        CliTest.Run run = CliTest.run("text", "sample", "--question", "Q5", "--filter", "Q3=とても悩んでいる", "--list",
                "--column", "Q3", "--by", "業種", "--lang", "en");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\\R");
        List<Integer> rows = worriedAnswers();
        assertEquals(rows.size() + 2, lines.length);
        assertEquals("Respondent\tQ3\t業種\tAnswer", lines[1]);
        String[] firstRow = lines[2].split("\t");
        assertEquals(String.format("R%04d", rows.get(0) + 1), firstRow[0]);
        assertEquals("とても悩んでいる", firstRow[1]);

        CliTest.Run json = CliTest.run("text", "sample", "--question", "Q5", "--list", "--column", "Q1",
                "--format", "json");
        JsonNode list = JSON.readTree(json.out()).get("list");
        assertEquals(JSON.readTree(json.out()).get("answers").asInt(), list.size());
        assertTrue(list.get(0).get("columns").has("Q1"));
    }

    @Test
    void aQuestionThatIsNotTextIsAOneLineError() {
        CliTest.Run run = CliTest.run("text", "sample", "--question", "Q2");
        assertEquals(1, run.code());
        CliTest.assertOneLineError(run);
    }
}
