package com.surveypivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** describe json of a hand-built survey of four respondents. */
class SurveyJsonTest {

    /**
     * Respondents 0..3: 業種 製造, 製造, IT・通信, (blank); Q1 ticks: A by 0 and 2, B by 2; ids R1..R4.
     */
    static Survey survey() {
        Question industry = Question.categorical("業種", "業種", QuestionType.SINGLE, false, List.of("製造", "IT・通信"),
                List.of("業種"), new int[] {0, 0, 1, -1});
        RespondentSet a = new RespondentSet(4);
        a.add(0);
        a.add(2);
        RespondentSet b = new RespondentSet(4);
        b.add(2);
        RespondentSet answered = a.or(b);
        Question functions = Question.multi("Q1", "担当業務（複数回答）", List.of("A", "B"),
                List.of("Q1_1 担当業務（複数回答）:A", "Q1_2 担当業務（複数回答）:B"), List.of(a, b), answered);
        Question id = Question.text("回答者ID", "回答者ID", QuestionType.ID, "回答者ID",
                new String[] {"R1", "R2", "R3", "R4"});
        return new Survey("調査", "回答データ", 2, 1, "generic", 4, List.of(id, industry, functions));
    }

    @Test
    void describesSheetHeaderRowRespondentsAndQuestions() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Json.write(SurveyJson.describe(survey())));
        assertEquals("回答データ", json.get("sheet").asText());
        assertEquals(2, json.get("headerRow").asInt());
        assertEquals(1, json.get("headerRows").asInt());
        assertEquals("generic", json.get("layout").asText());
        assertEquals(4, json.get("respondents").asInt());
        JsonNode questions = json.get("questions");
        assertEquals(3, questions.size());
        assertEquals("id", questions.get(0).get("type").asText());
        assertEquals(0, questions.get(0).get("categories").size());
        JsonNode industry = questions.get(1);
        assertEquals("業種", industry.get("id").asText());
        assertEquals("single", industry.get("type").asText());
        assertFalse(industry.get("ordered").asBoolean());
        assertEquals("製造", industry.get("categories").get(0).get("label").asText());
        assertEquals(2, industry.get("categories").get(0).get("count").asInt());
        assertEquals(1, industry.get("categories").get(1).get("count").asInt());
        JsonNode functions = questions.get(2);
        assertEquals("multi", functions.get("type").asText());
        assertEquals(2, functions.get("categories").get(0).get("count").asInt());
        assertEquals("Q1_2 担当業務（複数回答）:B", functions.get("columns").get(1).asText());
        assertFalse(functions.has("items"));
        assertTrue(json.toString().contains("担当業務"));
        assertTrue(json.has("weight") && json.get("weight").isNull(), "no declared weight: null");
    }

    @Test
    void aDeclaredWeightIsInTheJsonAndTheText() throws Exception {
        Question w = Question.number("w", "weight", "w", new double[] {1, 2, 0.5, 1},
                List.of("0.5", "1", "2"), new int[] {1, 2, 0, 1});
        Survey weighted = survey().withQuestion(w).withWeight("w");
        JsonNode json = new ObjectMapper().readTree(Json.write(SurveyJson.describe(weighted)));
        assertEquals("w", json.get("weight").asText());
        java.io.StringWriter text = new java.io.StringWriter();
        SurveyText.describe(weighted, new java.io.PrintWriter(text));
        assertTrue(text.toString().lines().anyMatch(l -> l.contains("w") && l.contains("--weight w")), text.toString());
    }

    @Test
    void describesAsTextOneLinePerQuestionThenItsAnswers() {
        java.io.StringWriter text = new java.io.StringWriter();
        SurveyText.describe(survey(), new java.io.PrintWriter(text));
        assertEquals(List.of(
                "調査: sheet \"回答データ\", header row 2, 4 respondents, 3 questions",
                "回答者ID  [id]  回答者ID  (answered: 4)",
                "業種  [single]  業種  (answered: 3)",
                "    製造\t2",
                "    IT・通信\t1",
                "Q1  [multi]  担当業務（複数回答）  (answered: 2)",
                "    A\t2",
                "    B\t1"), text.toString().lines().toList());
    }
}
