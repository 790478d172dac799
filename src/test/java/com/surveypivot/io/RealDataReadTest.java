package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The real survey files in /work/shared/data (copied to test resources) against the independent R references
 * (references/files.csv, references/frequencies.csv): sheet, header row, respondents, one-way counts, blanks.
 */
class RealDataReadTest {

    static Path resource(String name) {
        try {
            return Path.of(RealDataReadTest.class.getResource("/io/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<CSVRecord> reference(String name) throws Exception {
        try (InputStream in = RealDataReadTest.class.getResourceAsStream("/io/references/" + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mass_survey.xlsx", "hobbies.xlsx"})
    void sheetHeaderRowRespondentsAndColumnsMatchTheReference(String file) throws Exception {
        Survey survey = SurveyReader.read(resource(file));
        CSVRecord ref = reference("files.csv").stream().filter(r -> r.get("file").equals(file)).findFirst()
                .orElseThrow();
        assertEquals(ref.get("sheet"), survey.sheet());
        assertEquals(Integer.parseInt(ref.get("header_row")), survey.headerRow());
        assertEquals(Integer.parseInt(ref.get("n_respondents")), survey.respondents());
        List<String> columns = Arrays.asList(ref.get("columns").split(" \\| "));
        // a run of tick columns is also offered as one set; its columns stay questions of their own
        List<String> single = survey.questions().stream().filter(q -> q.columns().size() == 1)
                .map(q -> q.columns().get(0)).toList();
        List<String> read = survey.questions().stream()
                .filter(q -> q.columns().size() == 1 || !single.containsAll(q.columns()))
                .flatMap(q -> q.columns().stream()).toList();
        assertEquals(columns, read);
        for (Question q : survey.questions()) {
            assertEquals(survey.respondents(), q.respondentCount(), q.id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mass_survey.xlsx", "hobbies.xlsx"})
    void oneWayCountsAndBlanksMatchTheReference(String file) throws Exception {
        Survey survey = SurveyReader.read(resource(file));
        int checked = 0;
        for (CSVRecord ref : reference("frequencies.csv")) {
            if (!ref.get("file").equals(file)) {
                continue;
            }
            Question q = survey.find(ref.get("column")).orElseThrow(() -> new AssertionError(ref.get("column")));
            int c = q.indexOf(ref.get("label"));
            assertTrue(c >= 0, ref.get("column") + " has no category " + ref.get("label") + ": " + q.categories());
            assertEquals(Integer.parseInt(ref.get("count")), q.count(c), ref.get("column") + "=" + ref.get("label"));
            assertEquals(Integer.parseInt(ref.get("n_blank")), survey.respondents() - q.answered().count(),
                    ref.get("column") + " blanks");
            checked++;
        }
        assertTrue(checked >= 19, "reference rows checked: " + checked);
    }

    @Test
    void massSurveyTypes() throws Exception {
        Survey survey = SurveyReader.read(resource("mass_survey.xlsx"));
        for (String single : List.of("Sex", "W.Hnd", "Fold", "Clap", "Exer", "Smoke", "M.I")) {
            assertEquals(QuestionType.SINGLE, survey.find(single).orElseThrow().type(), single);
        }
        for (String number : List.of("Wr.Hnd", "NW.Hnd", "Pulse", "Height", "Age")) {
            Question q = survey.find(number).orElseThrow();
            assertEquals(QuestionType.NUMBER, q.type(), number);
            assertTrue(q.isOrdered());
            // many distinct values: five quantile bins, every answer in one of them
            assertEquals(5, q.categoryCount(), number + " " + q.categories());
            int sum = 0;
            for (int c = 0; c < q.categoryCount(); c++) {
                sum += q.count(c);
            }
            assertEquals(q.answered().count(), sum);
        }
        // "None" is an answer, not missing (Exer has no blanks)
        assertEquals(24, survey.find("Exer").orElseThrow().count(survey.find("Exer").orElseThrow().indexOf("None")));
    }

    @Test
    void hobbiesTypesAndOrders() throws Exception {
        Survey survey = SurveyReader.read(resource("hobbies.xlsx"));
        Question age = survey.find("Age").orElseThrow();
        assertEquals(QuestionType.SINGLE, age.type());
        assertTrue(age.isOrdered());
        assertEquals(List.of("[15,25]", "(25,35]", "(35,45]", "(45,55]", "(55,65]", "(65,75]", "(75,85]", "(85,100]"),
                age.categories());
        Question tv = survey.find("TV").orElseThrow();
        assertEquals(QuestionType.SINGLE, tv.type());
        assertEquals(List.of("0", "1", "2", "3", "4"), tv.categories());
        Question nb = survey.find("nb.activitees").orElseThrow();
        assertEquals(QuestionType.NUMBER, nb.type());
        assertEquals(17, nb.categoryCount());
        assertEquals("0", nb.categories().get(0));
        assertEquals("16", nb.categories().get(16));
        assertFalse(survey.find("Marital status").orElseThrow().isOrdered());
    }

    @Test
    void hobbiesTickColumnsAreOfferedAsOneSetAndStayQuestions() throws Exception {
        Survey survey = SurveyReader.read(resource("hobbies.xlsx"));
        Question offered = survey.find("Reading…Fishing").orElseThrow();
        assertEquals(QuestionType.MULTI, offered.type());
        assertEquals(17, offered.categoryCount());
        assertEquals("Reading", offered.categories().get(0));
        assertEquals(8403, offered.answered().count()); // 0/1 numbers: all-0 respondents are in the base
        assertEquals(survey.questions().get(0), offered);
        Question reading = survey.find("Reading").orElseThrow();
        assertEquals(reading.count(reading.indexOf("1")), offered.count(0));
        assertEquals(23 + 1, survey.questions().size());
    }

    @Test
    void declaredHobbiesSetIsOneMultiQuestionWithEveryRespondentInItsBase() throws Exception {
        List<String> items = List.of("Reading", "Listening music", "Cinema", "Show", "Exhibition", "Computer",
                "Sport", "Walking", "Travelling", "Playing music", "Collecting", "Volunteering", "Mechanic",
                "Gardening", "Knitting", "Cooking", "Fishing");
        ReadOptions options = ReadOptions.defaults().withMultiSet("Hobbies", items);
        Survey survey = SurveyReader.read(resource("hobbies.xlsx"), options, ReadProgress.NONE);
        Question hobbies = survey.find("Hobbies").orElseThrow();
        assertEquals(QuestionType.MULTI, hobbies.type());
        assertEquals(items, hobbies.categories());
        // 0/1 number columns: respondents who ticked nothing (all 0) are in the base
        assertEquals(8403, hobbies.answered().count());
        for (CSVRecord ref : reference("frequencies.csv")) {
            if (ref.get("file").equals("hobbies.xlsx") && items.contains(ref.get("column"))
                    && ref.get("label").equals("1")) {
                assertEquals(Integer.parseInt(ref.get("count")), hobbies.count(hobbies.indexOf(ref.get("column"))),
                        ref.get("column"));
            }
        }
        // the declared columns are no longer questions of their own; the set sits where its first column was
        assertTrue(survey.find("Reading").isEmpty());
        assertEquals("Hobbies", survey.questions().get(0).id());
        assertEquals(23 - 17 + 1, survey.questions().size());
    }
}
