package com.surveypivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.notes.Tables;
import com.surveypivot.survey.QuestionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** json and csv of hand-built tables: shapes, integers, nulls instead of NaN, BOM, Japanese text. */
class CrosstabOutputTest {

    /**
     * Q2 by 業種 with a segment whose base is 0 (its percents cannot be computed):
     * <pre>
     *                 Total  製造  金融・保険
     * base              40    40     0
     * 連携できている      10    10     0   → 25%, 25%, null
     * 連携できていない    30    30     0   → 75%, 75%, null
     * </pre>
     */
    static Crosstab table() {
        List<TableColumn> columns = List.of(new TableColumn("Total", 40, 40, true),
                new TableColumn("製造", 40, 40, false), new TableColumn("金融・保険", 0, 0, false));
        List<TableRow> rows = List.of(
                new TableRow("連携できている", new double[] {10, 10, 0}, new double[] {25, 25, Double.NaN}, null),
                new TableRow("連携できていない", new double[] {30, 30, 0}, new double[] {75, 75, Double.NaN}, null));
        return new Crosstab(Tables.single("Q2", QuestionType.SINGLE, "連携できている", "連携できていない"),
                Tables.single("業種", QuestionType.SINGLE, "製造", "金融・保険"), columns, rows,
                new ChiSquare(0, 0, Double.NaN, 2.5, 1, 4, 40), false);
    }

    @Test
    void jsonHasIntegerBasesAndCountsAndNullsForWhatCannotBeComputed() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Json.write(CrosstabJson.of(table())));
        assertEquals("Q2", json.get("question").asText());
        assertEquals("業種", json.get("by").asText());
        assertEquals(3, json.get("columns").size());
        assertEquals("Total", json.get("columns").get(0).get("label").asText());
        assertTrue(json.get("columns").get(0).get("base").isIntegralNumber());
        assertEquals(40, json.get("columns").get(0).get("base").asInt());
        JsonNode row = json.get("rows").get(1);
        assertEquals("連携できていない", row.get("label").asText());
        assertTrue(row.get("counts").get(0).isIntegralNumber());
        assertEquals(30, row.get("counts").get(1).asInt());
        assertEquals(75.0, row.get("percents").get(0).asDouble(), 0);
        assertTrue(row.get("percents").get(2).isNull());
        assertFalse(row.has("chiSquare"), "only a multi-response question's rows carry a chi-square");
        JsonNode chi = json.get("chiSquare");
        assertTrue(chi.get("pValue").isNull(), "NaN becomes null");
        assertEquals(2.5, chi.get("minExpected").asDouble(), 0);
        assertTrue(chi.get("warning").asText().contains("expected count under 5"));
        assertFalse(Json.write(CrosstabJson.of(table())).contains("NaN"));
    }

    @Test
    void jsonOfAMultiResponseQuestionCarriesAChiSquarePerRowAndNoneForTheTable() throws Exception {
        Crosstab multi = Tables.table(Tables.multi("Q4", "P", "Q"), Tables.single("Sex", QuestionType.SINGLE, "M", "F"),
                List.of("M", "F"), new int[] {100, 50, 50}, List.of("P", "Q"), new int[][] {{40, 30, 10}, {70, 30, 40}},
                null, List.of(new ChiSquare(16.666666666666668, 1, 4.456e-5, 20, 0, 4, 100),
                        new ChiSquare(4.761904761904762, 1, 0.0291, 15, 0, 4, 100)));
        JsonNode json = new ObjectMapper().readTree(Json.write(CrosstabJson.of(multi)));
        assertTrue(json.get("chiSquare").isNull());
        assertEquals(1, json.get("rows").get(0).get("chiSquare").get("df").asInt());
        assertEquals(16.666666666666668, json.get("rows").get(0).get("chiSquare").get("statistic").asDouble(), 0);
        assertFalse(json.get("rows").get(0).get("chiSquare").has("warning"));
    }

    @Test
    void csvHasABomAHeaderOneLinePerAnswerAndABaseLine() {
        String csv = CrosstabCsv.of(table());
        assertTrue(csv.startsWith("\uFEFF"));
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals(List.of(
                "Answer,Total n,Total %,製造 n,製造 %,金融・保険 n,金融・保険 %",
                "連携できている,10,25,10,25,0,",
                "連携できていない,30,75,30,75,0,",
                "Base (n),40,,40,,0,"), lines);
    }

    @Test
    void csvKeepsPercentsUnroundedWithoutExponents() {
        // 7 of 115 = 6.086956521739131%; 1 of 23 = 4.3478260869565215%
        Crosstab t = Tables.table(Tables.single("Smoke", QuestionType.SINGLE, "Heavy", "Never"),
                Tables.single("Exer", QuestionType.SINGLE, "Freq", "None"), List.of("Freq", "None"),
                new int[] {138, 115, 23}, List.of("Heavy", "Never"), new int[][] {{8, 7, 1}, {130, 108, 22}}, null, null);
        String line = CrosstabCsv.of(t).lines().toList().get(1);
        assertEquals("Heavy,8,5.797101449275362,7,6.086956521739131,1,4.3478260869565215", line);
    }
}
