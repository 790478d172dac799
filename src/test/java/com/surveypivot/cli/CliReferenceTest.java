package com.surveypivot.cli;

import static com.surveypivot.cli.CliTest.assertOneLineError;
import static com.surveypivot.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line on real data (copies of ../shared/data in src/test/resources/cli) against R's results:
 * counts exactly, percentages and chi-square to 1e-9.
 */
class CliReferenceTest {
    static final String HOBBIES = "Reading|Listening music|Cinema|Show|Exhibition|Computer|Sport|Walking|Travelling"
            + "|Playing music|Collecting|Volunteering|Mechanic|Gardening|Knitting|Cooking|Fishing";
    static final ObjectMapper JSON = new ObjectMapper();
    static String mass;
    static String hobbies;

    @BeforeAll
    static void files() throws URISyntaxException {
        mass = resource("mass_survey.xlsx");
        hobbies = resource("hobbies.xlsx");
    }

    static String resource(String name) throws URISyntaxException {
        return Path.of(CliReferenceTest.class.getResource("/cli/" + name).toURI()).toString();
    }

    static List<CSVRecord> reference(String name, Predicate<CSVRecord> filter) throws IOException {
        try (Reader in = new InputStreamReader(CliReferenceTest.class.getResourceAsStream("/cli/" + name),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords()
                    .stream().filter(filter).toList();
        }
    }

    static JsonNode json(CliTest.Run run) throws IOException {
        assertEquals(0, run.code(), run.err());
        return JSON.readTree(run.out());
    }

    /** Column index by label in the json's columns (R's "Total" is our first column). */
    static Map<String, Integer> columnIndex(JsonNode json) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < json.get("columns").size(); c++) {
            index.put(json.get("columns").get(c).get("label").asText(), c);
        }
        return index;
    }

    static JsonNode row(JsonNode json, String label) {
        for (JsonNode row : json.get("rows")) {
            if (row.get("label").asText().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void smokeByExerciseMatchesR() throws IOException {
        JsonNode json = json(run("crosstab", mass, "--question", "Smoke", "--by", "Exer", "--format", "json"));
        assertEquals("Total", json.get("columns").get(0).get("label").asText());
        Map<String, Integer> columns = columnIndex(json);
        List<CSVRecord> cells = reference("crosstabs.csv", r -> r.get("pair_id").equals("svy_01"));
        assertEquals(16, cells.size());
        assertEquals(4, json.get("rows").size());
        assertEquals(4, json.get("columns").size());
        for (CSVRecord cell : cells) {
            int c = columns.get(cell.get("col_label"));
            JsonNode row = row(json, cell.get("row_label"));
            assertEquals(Long.parseLong(cell.get("count")), row.get("counts").get(c).asLong(), cell.toString());
            assertEquals(Long.parseLong(cell.get("col_base")), json.get("columns").get(c).get("base").asLong());
            assertEquals(Double.parseDouble(cell.get("col_pct")), row.get("percents").get(c).asDouble(), 1e-9);
        }
        CSVRecord chi = reference("chisq.csv", r -> r.get("pair_id").equals("svy_01")).get(0);
        JsonNode test = json.get("chiSquare");
        assertEquals(Double.parseDouble(chi.get("chi2")), test.get("statistic").asDouble(), 1e-9);
        assertEquals(Integer.parseInt(chi.get("df")), test.get("df").asInt());
        assertEquals(Double.parseDouble(chi.get("p_value")), test.get("pValue").asDouble(), 1e-9);
        assertEquals(Double.parseDouble(chi.get("min_expected")), test.get("minExpected").asDouble(), 1e-9);
        assertTrue(test.has("warning"), "R warns: " + chi.get("r_warning"));
    }

    @Test
    void hobbiesDeclaredWithMultiMatchRByEveryBanner() throws IOException {
        for (String[] pair : new String[][] {{"hob_01", "Sex"}, {"hob_02", "Age"}, {"hob_03", "Profession"}}) {
            JsonNode json = json(run("crosstab", hobbies, "--question", "Hobbies", "--by", pair[1],
                    "--multi", "Hobbies=" + HOBBIES, "--format", "json"));
            Map<String, Integer> columns = columnIndex(json);
            List<CSVRecord> cells = reference("multi_response.csv", r -> r.get("pair_id").equals(pair[0]));
            assertTrue(cells.size() > 30);
            for (CSVRecord cell : cells) {
                Integer c = columns.get(cell.get("col_label"));
                assertNotNull(c, pair[1] + ": column " + cell.get("col_label"));
                JsonNode row = row(json, cell.get("option"));
                assertEquals(Long.parseLong(cell.get("selected")), row.get("counts").get(c).asLong(), cell.toString());
                assertEquals(Long.parseLong(cell.get("col_base")), json.get("columns").get(c).get("base").asLong(),
                        cell.toString());
                assertEquals(Double.parseDouble(cell.get("col_pct")), row.get("percents").get(c).asDouble(), 1e-9);
            }
            for (CSVRecord chi : reference("multi_response_chisq.csv", r -> r.get("pair_id").equals(pair[0]))) {
                JsonNode test = row(json, chi.get("option")).get("chiSquare");
                assertEquals(Double.parseDouble(chi.get("chi2")), test.get("statistic").asDouble(), 1e-9);
                assertEquals(Integer.parseInt(chi.get("df")), test.get("df").asInt());
                double p = Double.parseDouble(chi.get("p_value"));
                assertEquals(p, test.get("pValue").asDouble(), Math.max(1e-9 * p, 1e-300), chi.toString());
            }
            assertTrue(json.get("chiSquare").isNull());
        }
    }

    @Test
    void csvIsUtf8WithBom() throws IOException {
        CliTest.Run run = run("crosstab", mass, "--question", "Smoke", "--by", "Exer");
        assertEquals(0, run.code(), run.err());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                java.util.Arrays.copyOf(run.outBytes(), 3));
        List<CSVRecord> lines = CSVFormat.DEFAULT.parse(new java.io.StringReader(run.out().substring(1)))
                .getRecords();
        assertEquals(6, lines.size(), run.out());
        List<String> header = lines.get(0).toList();
        assertEquals(List.of("Answer", "Total n", "Total %"), header.subList(0, 3));
        assertEquals(9, header.size());
        CSVRecord base = lines.get(5);
        assertEquals("Base (n)", base.get(0));
        // every answer line and the base line against R (categories matched by label, not position)
        for (CSVRecord cell : reference("crosstabs.csv", r -> r.get("pair_id").equals("svy_01"))) {
            String column = cell.get("col_label");
            int c = header.indexOf(column + " n");
            assertTrue(c > 0, column);
            CSVRecord line = lines.stream().filter(l -> l.get(0).equals(cell.get("row_label"))).findFirst()
                    .orElseThrow();
            assertEquals(cell.get("count"), line.get(c));
            assertEquals(Double.parseDouble(cell.get("col_pct")), Double.parseDouble(line.get(c + 1)), 1e-9);
            assertEquals(cell.get("col_base"), base.get(c));
            assertEquals("", base.get(c + 1));
        }
    }

    @Test
    void csvOfTheSampleIsJapaneseUtf8() {
        CliTest.Run run = run("crosstab", "sample", "--question", "Q2", "--by", "業種");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("\uFEFF"));
        assertTrue(run.out().contains("十分に連携できている"), run.out());
        assertTrue(run.out().contains("製造 n"), run.out());
        byte[] expected = "十分に連携できている".getBytes(StandardCharsets.UTF_8);
        assertTrue(new String(run.outBytes(), StandardCharsets.UTF_8).contains(new String(expected,
                StandardCharsets.UTF_8)));
    }

    @Test
    void describeJsonOfMassSurveyMatchesTheFrequencies() throws IOException {
        JsonNode json = json(run("describe", mass, "--format", "json"));
        assertEquals("survey", json.get("sheet").asText());
        assertEquals(1, json.get("headerRow").asInt());
        assertEquals(237, json.get("respondents").asInt());
        assertEquals(12, json.get("questions").size());
        for (CSVRecord f : reference("frequencies.csv", r -> r.get("file").equals("mass_survey.xlsx")
                && List.of("Sex", "W.Hnd", "Exer", "Smoke").contains(r.get("column")))) {
            JsonNode question = null;
            for (JsonNode q : json.get("questions")) {
                if (q.get("id").asText().equals(f.get("column"))) {
                    question = q;
                }
            }
            assertNotNull(question, f.get("column"));
            assertEquals("single", question.get("type").asText());
            assertEquals(List.of(f.get("column")), List.of(question.get("columns").get(0).asText()));
            JsonNode category = null;
            for (JsonNode c : question.get("categories")) {
                if (c.get("label").asText().equals(f.get("label"))) {
                    category = c;
                }
            }
            assertNotNull(category, f.toString());
            assertEquals(Integer.parseInt(f.get("count")), category.get("count").asInt());
        }
    }

    @Test
    void unknownQuestionIsAnInputErrorOnOneLine() {
        CliTest.Run run = run("crosstab", mass, "--question", "Nope", "--by", "Exer");
        assertEquals(1, run.code());
        assertOneLineError(run);
        assertTrue(run.err().contains("Nope"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void unreadableFileIsAnInputErrorOnOneLine() throws IOException {
        Path notXlsx = java.nio.file.Files.createTempFile("not-a-survey", ".xlsx");
        java.nio.file.Files.writeString(notXlsx, "this is not a workbook");
        CliTest.Run run = run("describe", notXlsx.toString());
        assertEquals(1, run.code());
        assertOneLineError(run);
        java.nio.file.Files.delete(notXlsx);
    }

    /**
     * Smoke by Exer. The reader lists unordered text answers most common first, so the first answer is "Never":
     * Total 189/236 = 80.085%, Freq 87/115 = 75.652%, Some 84/98 = 85.714%; None (n=23) is under 30 and left
     * out. R's chi-square p = 0.4828 → no difference; highest Some, lowest Freq only described.
     */
    @Test
    void notesJsonOfSmokeByExercise() throws IOException {
        JsonNode json = json(run("notes", mass, "--question", "Smoke", "--by", "Exer", "--lang", "en",
                "--format", "json"));
        JsonNode claims = json.get("claims");
        assertEquals(List.of("overall", "highest", "lowest", "no-difference", "correction", "small-base"),
                java.util.stream.StreamSupport.stream(claims.spliterator(), false).map(c -> c.get("kind").asText())
                        .toList());
        for (JsonNode claim : claims) {
            for (String field : new String[] {"text", "kind", "segment", "answer", "measure", "value", "total",
                    "base", "test", "pValue"}) {
                assertTrue(claim.has(field), field + " in " + claim);
            }
        }
        assertEquals("Never", claims.get(0).get("answer").asText());
        assertEquals(100.0 * 189 / 236, claims.get(0).get("value").asDouble(), 1e-9);
        assertEquals(236, claims.get(0).get("base").asInt());
        assertEquals("Some", claims.get(1).get("segment").asText());
        assertEquals(100.0 * 84 / 98, claims.get(1).get("value").asDouble(), 1e-9);
        assertEquals(100.0 * 189 / 236, claims.get(1).get("total").asDouble(), 1e-9);
        // "Some" vs the rest on "Never": adjusted standardised residual of the cell, by hand:
        // expected 189·98/236 = 78.4831; r = (84 − 78.4831) / sqrt(78.4831 · (47/236) · (138/236)) = 1.8248;
        // two-sided p = 2·(1 − Φ(1.8248)) = 0.0680
        assertEquals("adjusted-residual", claims.get(1).get("test").asText());
        double expected = 189.0 * 98 / 236;
        double residual = (84 - expected) / Math.sqrt(expected * (47.0 / 236) * (138.0 / 236));
        double p = 2 * (1 - new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(
                residual));
        assertEquals(0.0680, p, 5e-5);
        // Holm over the two segments compared (Some, Freq): Freq vs the rest on "Never", the same way
        double expectedFreq = 189.0 * 115 / 236;
        double residualFreq = (87 - expectedFreq) / Math.sqrt(expectedFreq * (47.0 / 236) * (121.0 / 236));
        double pFreq = 2 * new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(
                -Math.abs(residualFreq));
        double holmSome = p < pFreq ? Math.min(1, 2 * p) : Math.max(Math.min(1, 2 * pFreq), p);
        assertEquals(holmSome, claims.get(1).get("pValue").asDouble(), 1e-9);
        assertEquals("Freq", claims.get(2).get("segment").asText());
        assertEquals(115, claims.get(2).get("base").asInt());
        assertEquals(100.0 * 87 / 115, claims.get(2).get("value").asDouble(), 1e-9);
        assertEquals(0.482842169465456, claims.get(3).get("pValue").asDouble(), 1e-9);
        assertEquals("chi-square", claims.get(3).get("test").asText());
        assertEquals("None", claims.get(5).get("segment").asText());
        assertEquals(23, claims.get(5).get("base").asInt());
        assertEquals("No significant difference between the segments (chi-square test, n=236, p=0.483).",
                claims.get(3).get("text").asText());
        assertEquals("Ranked on \"Never\", \"Some\" comes first at 85.7% (Total 80.1%, n=98).",
                claims.get(1).get("text").asText());
    }

    @Test
    void notesOfTheSampleInJapanese() {
        CliTest.Run run = run("notes", "sample", "--question", "Q2", "--by", "Q1", "--lang", "ja");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("全体で最も多い回答は「連携マインドは高いが、"), run.out());
        assertTrue(run.out().contains("ポイント有意に"), run.out());
    }
}
