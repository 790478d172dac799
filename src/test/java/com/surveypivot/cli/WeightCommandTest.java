package com.surveypivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code weight} and {@code crosstab --rake} on the bundled sample against R's survey package
 * (src/test/resources/weighting/rake_reference.R): the weights CSV equals {@code weights(rake())}, the json report
 * has the keys, {@code chiSquare.raoScott} equals {@code svychisq}; .sav input works the same.
 */
class WeightCommandTest {
    static final String INDUSTRY = "業種=製造:25|IT・通信:20|流通・小売:15|金融・保険:10|サービス:20|その他:10";
    static final String SIZE = "従業員規模=99人以下:0.30|100〜999人:0.35|1,000〜4,999人:0.20|5,000人以上:0.15";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @Test
    void weightsCsvAndJsonReportMatchR() throws Exception {
        Path out = dir.resolve("weights.csv");
        CliTest.Run run = CliTest.run("weight", "sample", "--target", INDUSTRY, "--target", SIZE, "--tolerance",
                "1e-13", "--max-iterations", "2000", "--out", out.toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = MAPPER.readTree(run.out());
        for (String key : new String[] {"iterations", "converged", "min", "max", "designEffect", "efficiency",
            "effectiveBase", "targets"}) {
            assertTrue(json.has(key), key);
        }
        assertTrue(json.get("converged").asBoolean());
        assertEquals(10, json.get("targets").size());
        for (JsonNode t : json.get("targets")) {
            assertEquals(t.get("target").asDouble(), t.get("achieved").asDouble(), 1e-12);
        }
        Map<Integer, Double> r = new HashMap<>();
        for (CSVRecord rec : csv(Path.of("src/test/resources/weighting/rake_weights.csv"))) {
            if (rec.get("case").equals("sample")) {
                r.put(Integer.parseInt(rec.get("row")), Double.parseDouble(rec.get("weight")));
            }
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFrespondent,weight\r\n"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text.substring(1))).getRecords();
        assertEquals(1000, rows.size());
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(String.format("R%04d", i + 1), rows.get(i).get("respondent"));
            String w = rows.get(i).get("weight");
            Double expected = r.get(i + 1);
            if (expected == null) {
                assertEquals("", w, "no weight outside R's design, row " + (i + 1));
            } else {
                double x = Double.parseDouble(w);
                assertEquals(expected, x, 1e-9);
                sum += x;
                sumSq += x * x;
            }
        }
        assertEquals(r.size() * sumSq / (sum * sum), json.get("designEffect").asDouble(), 1e-9);
        assertEquals(sum * sum / sumSq, json.get("effectiveBase").asDouble(), 1e-6);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left");
        }
    }

    @Test
    void crosstabRakeGivesRaoScottAsR() throws Exception {
        CliTest.Run run = CliTest.run("crosstab", "sample", "--question", "Q2", "--by", "役職", "--rake", INDUSTRY,
                "--rake", SIZE, "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode rs = MAPPER.readTree(run.out()).get("chiSquare").get("raoScott");
        CSVRecord ref = csv(Path.of("src/test/resources/weighting/rao_scott.csv")).stream()
                .filter(c -> c.get("case").equals("sample") && c.get("by").equals("役職")).findFirst().orElseThrow();
        // the default tolerance (1e-6 in shares) leaves the weights within ~1e-6 of R's fully converged ones
        assertEquals(1, rs.get("statistic").asDouble() / Double.parseDouble(ref.get("statistic")), 1e-5);
        assertEquals(1, rs.get("pValue").asDouble() / Double.parseDouble(ref.get("p_value")), 1e-5);
        assertEquals(16, rs.get("df").asInt());
        CliTest.Run plain = CliTest.run("crosstab", "sample", "--question", "Q2", "--by", "役職", "--format", "json");
        assertFalse(MAPPER.readTree(plain.out()).get("chiSquare").has("raoScott"));
    }

    @Test
    void unreachableTargetsAndBadOptionsAreOneLine() {
        CliTest.Run sum = CliTest.run("weight", "sample", "--target", "業種=製造:50|IT・通信:20");
        assertEquals(1, sum.code());
        assertEquals(1, sum.err().strip().lines().count());
        assertTrue(sum.err().contains("70.00%"), sum.err());
        CliTest.Run cap = CliTest.run("weight", "sample", "--target", INDUSTRY, "--cap", "3,0.3");
        assertEquals(2, cap.code());
        CliTest.Run none = CliTest.run("weight", "sample");
        assertEquals(2, none.code());
        CliTest.Run both = CliTest.run("crosstab", "sample", "--question", "Q2", "--by", "役職", "--rake", INDUSTRY,
                "--weight", "ウェイト");
        assertEquals(2, both.code());
    }

    @Test
    void aSavFileWorksLikeItsXlsx() throws Exception {
        Path sav = Path.of("src/test/resources/spss/mass_survey.sav");
        String target = "Exer=Freq:40|None:15|Some:45";
        CliTest.Run fromSav = CliTest.run("crosstab", sav.toString(), "--question", "Smoke", "--by", "Sex", "--rake",
                target, "--format", "json");
        CliTest.Run fromXlsx = CliTest.run("crosstab", "src/test/resources/cli/mass_survey.xlsx", "--question", "Smoke",
                "--by", "Sex", "--rake", target, "--format", "json");
        assertEquals(0, fromSav.code(), fromSav.err());
        JsonNode a = MAPPER.readTree(fromSav.out()).get("chiSquare");
        JsonNode b = MAPPER.readTree(fromXlsx.out()).get("chiSquare");
        assertEquals(b.get("statistic").asDouble(), a.get("statistic").asDouble(), 1e-9);
        assertEquals(b.get("raoScott").get("statistic").asDouble(), a.get("raoScott").get("statistic").asDouble(),
                1e-9);
        CliTest.Run notes = CliTest.run("notes", sav.toString(), "--question", "Smoke", "--by", "Exer", "--lang", "en",
                "--format", "json");
        assertEquals(0, notes.code(), notes.err());
        assertTrue(MAPPER.readTree(notes.out()).get("claims").size() > 2, notes.out());
        CliTest.Run describe = CliTest.run("describe", sav.toString(), "--format", "json");
        assertEquals(0, describe.code(), describe.err());
        assertEquals("spss", MAPPER.readTree(describe.out()).get("layout").asText());
    }
}
