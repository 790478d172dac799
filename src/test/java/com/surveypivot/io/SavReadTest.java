package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPSS files written by R's haven (src/test/resources/spss/make_fixtures.R) and by {@link SavFixtureWriter}: the
 * survey read from them against the same data read from .xlsx and against R's own tables of the files.
 */
class SavReadTest {
    static final Path DIR = Path.of("src/test/resources/spss");

    static List<CSVRecord> csv(String name) throws Exception {
        try (InputStream in = java.nio.file.Files.newInputStream(DIR.resolve(name));
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords());
        }
    }

    private static Map<String, Integer> counts(Question q) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int c = 0; c < q.categoryCount(); c++) {
            m.put(q.categories().get(c), q.count(c));
        }
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mass_survey.sav", "mass_survey_plain.sav", "mass_survey.zsav"})
    void theMassSurveyReadsAsItsXlsxDoes(String file) throws Exception {
        Survey sav = SurveyReader.read(DIR.resolve(file));
        Survey xlsx = SurveyReader.read(RealDataReadTest.resource("mass_survey.xlsx"));
        assertEquals(xlsx.respondents(), sav.respondents());
        assertEquals("spss", sav.layout());
        for (Question x : xlsx.questions()) {
            Question s = sav.find(x.id()).orElseThrow(() -> new AssertionError(x.id()));
            assertEquals(x.type() == QuestionType.NUMBER, s.type() == QuestionType.NUMBER, x.id());
            assertEquals(counts(x).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList(),
                    counts(s).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList(), x.id());
            assertEquals(x.answered().count(), s.answered().count(), x.id());
        }
        // value labels in code order: haven wrote R's factor levels, which are alphabetical
        assertEquals(List.of("Heavy", "Never", "Occas", "Regul"), sav.find("Smoke").orElseThrow().categories());
        assertEquals("W.Hnd", sav.find("W_Hnd").orElseThrow().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mass_survey.sav", "mass_survey.zsav"})
    void crosstabsAndChiSquareMatchR(String file) throws Exception {
        Survey sav = SurveyReader.read(DIR.resolve(file));
        List<CSVRecord> chisq = RealDataReadTest.reference("../../analysis/chisq.csv");
        for (CSVRecord ref : chisq) {
            if (!ref.get("pair_id").startsWith("svy_")) {
                continue;
            }
            Crosstab t = CrosstabEngine.crosstab(sav.find(ref.get("question")).orElseThrow(),
                    sav.find(ref.get("by")).orElseThrow());
            assertEquals(Double.parseDouble(ref.get("chi2")), t.chiSquare().statistic(), 1e-9, ref.get("pair_id"));
            assertEquals(Integer.parseInt(ref.get("df")), t.chiSquare().df());
        }
        for (CSVRecord ref : RealDataReadTest.reference("../../analysis/crosstabs.csv")) {
            if (!ref.get("pair_id").startsWith("svy_") || ref.get("col_kind").equals("total")) {
                continue;
            }
            CSVRecord check = chisq.stream().filter(c -> c.get("pair_id").equals(ref.get("pair_id"))).findFirst()
                    .orElseThrow();
            Crosstab t = CrosstabEngine.crosstab(sav.find(check.get("question")).orElseThrow(),
                    sav.find(check.get("by")).orElseThrow());
            TableRow row = t.rows().stream().filter(r -> r.label().equals(ref.get("row_label"))).findFirst()
                    .orElseThrow();
            int col = 0;
            while (!t.columns().get(col).label().equals(ref.get("col_label"))) {
                col++;
            }
            assertEquals(Double.parseDouble(ref.get("count")), row.counts()[col], 0, ref.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"constructed.sav", "constructed.zsav"})
    void labelsUserMissingLongStringsAndDates(String file) throws Exception {
        Survey s = SurveyReader.read(DIR.resolve(file));
        assertEquals(40, s.respondents());
        Question sat = s.find("sat").orElseThrow();
        assertEquals("Overall satisfaction", sat.text());
        assertEquals(List.of("Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"),
                sat.categories(), "code order; 9 = Don't know is user-missing");
        assertEquals(QuestionType.SCALE, sat.type());
        assertEquals(36, sat.answered().count(), "three user-missing 9s and one system-missing");
        Question region = s.find("地域").orElseThrow();
        assertEquals(List.of("東京", "大阪", "名古屋"), region.categories());
        assertEquals(List.of("18-34", "35-54", "55+"), s.find("age").orElseThrow().categories(), "98-99 range missing");
        Question comment = s.find("ご意見").orElseThrow();
        assertEquals(QuestionType.TEXT, comment.type());
        String expected = "4: " + "とても長い自由回答です。".repeat(30);
        assertEquals(expected, comment.texts().get(3));
        assertNull(comment.texts().get(0));
        Question visit = s.find("visit").orElseThrow();
        assertEquals(QuestionType.DATE, visit.type());
        assertEquals(java.time.LocalDate.parse("2026-01-08").toEpochDay(), visit.numbers()[0], 1e-9);
        for (CSVRecord ref : csv("constructed_tables.csv")) {
            Crosstab t = CrosstabEngine.crosstab(s.find(ref.get("question")).orElseThrow(),
                    s.find(ref.get("by")).orElseThrow());
            TableRow row = t.rows().stream().filter(r -> r.label().equals(ref.get("answer"))).findFirst()
                    .orElseThrow(() -> new AssertionError(ref.toString()));
            int col = 1;
            while (!t.columns().get(col).label().equals(ref.get("segment"))) {
                col++;
            }
            assertEquals(Double.parseDouble(ref.get("count")), row.counts()[col], 0, ref.toString());
        }
    }

    @Test
    void multiResponseSetsAndTheWeightVariable(@TempDir Path dir) throws Exception {
        String sets = "$contact=D1 1 15 Contact method ch_1 ch_2 ch_3\n$brands=C 12 ブランド br_1 br_2\n";
        Path file = SavFixtureWriter.withSetsAndWeight(DIR.resolve("constructed.sav"), dir.resolve("mr.sav"), sets,
                StandardCharsets.UTF_8, "w");
        Survey s = SurveyReader.read(file);
        Question contact = s.find("contact").orElseThrow();
        assertEquals(QuestionType.MULTI, contact.type());
        assertEquals("Contact method", contact.text());
        Question brands = s.find("brands").orElseThrow();
        assertEquals("ブランド", brands.text());
        assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta"), brands.categories());
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (CSVRecord r : csv("constructed_multi.csv")) {
            expected.put(r.get("option"), Integer.parseInt(r.get("count")));
        }
        Map<String, Integer> read = new LinkedHashMap<>(counts(contact));
        read.putAll(counts(brands));
        assertEquals(expected, read);
        assertTrue(s.find("ch_1").isEmpty(), "set members are not listed apart");
        assertEquals(40, contact.answered().count());
        Question w = s.find("w").orElseThrow();
        assertEquals(QuestionType.NUMBER, w.type());
    }

    @Test
    void theDeclaredWeightIsTheSurveysWeightAndDescribeSaysSo(@TempDir Path dir) throws Exception {
        assertNull(SurveyReader.read(DIR.resolve("constructed.sav")).weightId(), "no weight declared");
        Path file = SavFixtureWriter.withWeight(DIR.resolve("constructed.sav"), dir.resolve("weighted.sav"), "w");
        Survey s = SurveyReader.read(file);
        assertEquals("w", s.weightId());
        assertEquals(QuestionType.NUMBER, s.find(s.weightId()).orElseThrow().type());
        // a survey edit (a question added or replaced) keeps the declared weight
        Question sat = s.find("sat").orElseThrow();
        assertEquals("w", s.withQuestion(sat).weightId());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, com.surveypivot.cli.Cli.run(new String[] {"describe", file.toString(), "--format", "json"},
                print, print));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("w", json.get("weight").asText());
        assertEquals("spss", json.get("layout").asText());
        assertEquals(s.respondents(), json.get("respondents").asInt());
        out.reset();
        assertEquals(0, com.surveypivot.cli.Cli.run(new String[] {"describe", file.toString()}, print, print));
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().anyMatch(l -> l.contains("--weight w")),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void valueLabelsOfLongStrings() throws Exception {
        Survey s = SurveyReader.read(DIR.resolve("long_string_labels.sav"));
        Question area = s.find("Area").orElseThrow();
        assertEquals(QuestionType.SINGLE, area.type());
        // code order: the string values sorted, each shown by its label
        assertEquals(List.of("中央部", "北東部", "南西部"), area.categories());
        assertEquals(List.of(1, 3, 2), List.of(area.count(0), area.count(1), area.count(2)));
    }

    @Test
    void windows31jLabelsAndText(@TempDir Path dir) throws Exception {
        List<Object[]> rows = List.of(new Object[] {1, 1, 5, "とても良い"}, new Object[] {2, 2, 9, "普通"},
                new Object[] {3, 3, 1, ""}, new Object[] {4, 1, 4, "ソフト①"}, new Object[] {5, null, 2, "表"});
        Survey s = SurveyReader.read(SavFixtureWriter.windows31j(dir.resolve("sjis.sav"), rows));
        assertEquals(5, s.respondents());
        Question region = s.find("地域").orElseThrow();
        assertEquals(List.of("東京", "大阪", "名古屋"), region.categories());
        assertEquals(List.of(2, 1, 1), List.of(region.count(0), region.count(1), region.count(2)));
        Question sat = s.find("満足度").orElseThrow();
        assertEquals(List.of("不満", "やや不満", "どちらともいえない", "やや満足", "満足"), sat.categories());
        assertEquals(4, sat.answered().count(), "9 = わからない is user-missing");
        Question free = s.find("自由回答").orElseThrow();
        assertTrue(free.categories().containsAll(List.of("とても良い", "普通", "ソフト①", "表")),
                free.categories().toString());
        assertEquals(4, free.answered().count(), "a blank string is no answer");
    }
}
