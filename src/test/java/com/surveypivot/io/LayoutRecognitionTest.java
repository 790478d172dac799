package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small fixture per survey tool, written from the tool's documented export layout, and the questions, types
 * and categories each one must give. Counts are worked by hand from the row formulas in each fixture.
 */
class LayoutRecognitionTest {
    private static final List<String> AGREE = List.of("Strongly agree", "Agree", "Neither agree nor disagree",
            "Disagree", "Strongly disagree");

    @TempDir
    Path dir;

    private static Question q(Survey s, String key) {
        return s.find(key).orElseThrow(() -> new AssertionError("no question " + key + " in "
                + s.questions().stream().map(Question::id).toList()));
    }

    private static void noColumn(Survey s, String header) {
        for (Question q : s.questions()) {
            assertFalse(q.columns().contains(header), header + " is personal data, kept out of " + q.id());
        }
    }

    /** Japanese research panel: answers as codes, a レイアウト表 sheet (question, text, code, label). */
    @Test
    void panelCodesWithCodebook() throws Exception {
        List<Object[]> data = new ArrayList<>();
        data.add(new Object[] {"SampleID", "Q1", "Q2_1", "Q2_2", "Q2_3", "Q3_1", "Q3_2", "Q3_3"});
        for (int i = 0; i < 30; i++) {
            // Q1: 2,1,3,2,1,3 … with respondent 29 coded 99 (無回答); Q2: 1/0 ticks; Q3: codes 1-5
            int q1 = i == 29 ? 99 : new int[] {2, 1, 3}[i % 3];
            data.add(new Object[] {1000 + i, q1, i % 2, i % 3 == 0 ? 1 : 0, 1, 1 + i % 5, 1 + (i + 1) % 5,
                1 + (i + 2) % 5});
        }
        List<Object[]> codebook = new ArrayList<>();
        codebook.add(new Object[] {"設問", "設問文", "コード", "ラベル"});
        codebook.add(new Object[] {"Q1", "性別", 1, "男性"});
        codebook.add(new Object[] {null, null, 2, "女性"});
        codebook.add(new Object[] {null, null, 3, "回答しない"});
        codebook.add(new Object[] {null, null, 99, "無回答"});
        codebook.add(new Object[] {"Q2", "よく使う情報源（複数回答）", 1, "テレビ"});
        codebook.add(new Object[] {null, null, 2, "新聞"});
        codebook.add(new Object[] {null, null, 3, "インターネット"});
        codebook.add(new Object[] {"Q3", "各項目の満足度", 1, "満足"});
        codebook.add(new Object[] {null, null, 2, "やや満足"});
        codebook.add(new Object[] {null, null, 3, "どちらともいえない"});
        codebook.add(new Object[] {null, null, 4, "やや不満"});
        codebook.add(new Object[] {null, null, 5, "不満"});
        Path file = Fixtures.workbook(dir.resolve("panel.xlsx"), List.of("ローデータ", "レイアウト表"),
                List.of(data, codebook));
        Survey s = SurveyReader.read(file);
        assertEquals("ローデータ", s.sheet());
        assertEquals("panel", s.layout());
        assertEquals(1, s.headerRows());
        Question q1 = q(s, "Q1");
        assertEquals(QuestionType.SINGLE, q1.type());
        assertEquals("性別", q1.text());
        assertEquals(List.of("男性", "女性", "回答しない"), q1.categories()); // codebook order, 99 = 無回答 is missing
        assertEquals(29, q1.answered().count());
        assertEquals(10, q1.count(1)); // 女性: i % 3 == 0 for i = 0 … 27
        Question q2 = q(s, "Q2");
        assertEquals(QuestionType.MULTI, q2.type());
        assertEquals("よく使う情報源（複数回答）", q2.text());
        assertEquals(List.of("テレビ", "新聞", "インターネット"), q2.categories());
        assertEquals(List.of(15, 10, 30), List.of(q2.count(0), q2.count(1), q2.count(2)));
        Question q3 = q(s, "Q3");
        assertEquals(QuestionType.GRID, q3.type());
        assertEquals("各項目の満足度", q3.text());
        assertEquals(List.of("満足", "やや満足", "どちらともいえない", "やや不満", "不満"), q3.categories());
        assertEquals(3, q3.items().size());
        assertEquals(QuestionType.SCALE, q3.items().get(0).type());
        assertEquals(6, q3.items().get(0).count(0)); // code 1 where i % 5 == 0
        assertEquals(List.of("Q3_1", "Q3_2", "Q3_3"), q3.items().stream().map(Question::id).toList());
    }

    /** Google Forms (CSV download): Timestamp first, checkbox answers joined by ", ", an e-mail column. */
    @Test
    void googleForms() throws Exception {
        StringBuilder csv = new StringBuilder(
                "Timestamp,Email Address,How did you hear about us?,Which features do you use?,I would recommend it\n");
        String[] heard = {"Friend", "Search engine", "Advertisement"};
        String[] picked = {"Reports, Charts", "Charts", "Reports, Charts, Export", "Export", "Reports"};
        for (int i = 0; i < 20; i++) {
            csv.append("2024/05/").append(String.format("%02d", 1 + i)).append(" 10:15:00,user").append(i)
                    .append("@example.com,").append(heard[i % 3]).append(",\"").append(picked[i % 5]).append("\",")
                    .append(AGREE.get(i % 5)).append('\n');
        }
        Path file = dir.resolve("Form responses 1.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Survey s = SurveyReader.read(file);
        assertEquals("google-forms", s.layout());
        assertEquals(QuestionType.DATE, q(s, "Timestamp").type());
        noColumn(s, "Email Address");
        assertEquals(QuestionType.SINGLE, q(s, "How did you hear about us?").type());
        Question features = q(s, "Which features do you use?");
        assertEquals(QuestionType.MULTI, features.type());
        assertEquals(List.of("Reports", "Charts", "Export"), features.categories());
        assertEquals(12, features.count(0)); // features 0, 2, 4 of every five
        Question recommend = q(s, "I would recommend it");
        assertEquals(QuestionType.SCALE, recommend.type());
        assertEquals(AGREE, recommend.categories());
    }

    /** Microsoft Forms (.xlsx): ID, Start time, Completion time, Email, Name; multi answers "a;b;". */
    @Test
    void microsoftForms() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"ID", "Start time", "Completion time", "Email", "Name", "Which channels do you use?",
            "Team"});
        String[] names = {"Sato Hanako", "John Smith", "Maria Garcia", "Li Wei", "Anna Müller"};
        String[] channels = {"Web;Shop;", "Web;", "Shop;Phone;", "Phone;", "Web;Shop;Phone;"};
        for (int i = 0; i < 20; i++) {
            LocalDateTime start = LocalDateTime.of(2024, 6, 1 + i, 9, 0);
            rows.add(new Object[] {i + 1, start, start.plusMinutes(4), "person" + i + "@contoso.com",
                names[i % 5] + " " + i, channels[i % 5], i % 2 == 0 ? "Sales" : "Support"});
        }
        Survey s = SurveyReader.read(Fixtures.sheet(dir.resolve("ms.xlsx"), "Sheet1", rows));
        assertEquals("microsoft-forms", s.layout());
        assertEquals(QuestionType.ID, q(s, "ID").type());
        assertEquals(QuestionType.DATE, q(s, "Start time").type());
        noColumn(s, "Email");
        noColumn(s, "Name");
        Question ch = q(s, "Which channels do you use?");
        assertEquals(QuestionType.MULTI, ch.type());
        assertEquals(List.of("Web", "Shop", "Phone"), ch.categories());
        assertEquals(12, ch.count(0)); // Web in channels 0, 1, 4
        assertEquals(20, ch.answered().count());
        assertEquals(List.of("Sales", "Support"), q(s, "Team").categories());
    }

    /** SurveyMonkey (.xlsx): question texts in row 1 over blank cells, option texts or "Response" in row 2. */
    @Test
    void surveyMonkey() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
            "Email Address", "First Name", "Last Name", "Which fruits do you like?", null, null,
            "How much do you agree with each statement?", null, "What is your gender?"});
        rows.add(new Object[] {null, null, null, null, null, null, null, null, "Apple", "Pear", "Banana",
            "It is easy to use", "It is worth the price", "Response"});
        String[] firsts = {"Hanako", "John", "Maria", "Wei"};
        for (int i = 0; i < 24; i++) {
            LocalDateTime start = LocalDateTime.of(2024, 7, 1 + i, 12, 0);
            rows.add(new Object[] {11000000000L + i, 400000001, start, start.plusMinutes(3), "192.168.0." + (10 + i),
                null, firsts[i % 4], "Tanaka" + (char) ('A' + i), i % 2 == 0 ? "Apple" : null,
                i % 3 == 0 ? "Pear" : null, i % 4 == 0 ? "Banana" : null, AGREE.get(i % 5), AGREE.get((i + 2) % 5),
                i % 2 == 0 ? "Female" : "Male"});
        }
        Survey s = SurveyReader.read(Fixtures.sheet(dir.resolve("monkey.xlsx"), "Sheet", rows));
        assertEquals("surveymonkey", s.layout());
        assertEquals(1, s.headerRow());
        assertEquals(2, s.headerRows());
        assertEquals(24, s.respondents());
        for (String personal : List.of("IP Address", "Email Address", "First Name", "Last Name")) {
            noColumn(s, personal);
        }
        Question fruits = q(s, "Which fruits do you like?");
        assertEquals(QuestionType.MULTI, fruits.type());
        assertEquals(List.of("Apple", "Pear", "Banana"), fruits.categories());
        assertEquals(List.of(12, 8, 6), List.of(fruits.count(0), fruits.count(1), fruits.count(2)));
        assertEquals(16, fruits.answered().count()); // option-or-blank: the 8 with i % 6 in {1, 5} ticked none
        Question agree = q(s, "How much do you agree with each statement?");
        assertEquals(QuestionType.GRID, agree.type());
        assertEquals(AGREE, agree.categories());
        assertEquals(List.of("It is easy to use", "It is worth the price"),
                agree.items().stream().map(Question::text).toList());
        Question gender = q(s, "What is your gender?");
        assertEquals(QuestionType.SINGLE, gender.type());
        assertEquals(List.of("What is your gender?"), gender.columns());
    }

    /** Qualtrics (.xlsx): codes, question texts, ImportId row; ticks 1/blank; a matrix of labels. */
    @Test
    void qualtrics() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"StartDate", "EndDate", "Status", "IPAddress", "Progress", "Finished", "ResponseId",
            "RecipientLastName", "RecipientFirstName", "RecipientEmail", "Q1", "Q2_1", "Q2_2", "Q2_3", "Q3_1",
            "Q3_2", "Q3_3"});
        rows.add(new Object[] {"Start Date", "End Date", "Response Type", "IP Address", "Progress", "Finished",
            "Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email", "What is your role?",
            "Which tools do you use? - Excel", "Which tools do you use? - R", "Which tools do you use? - Python",
            "How much do you agree? - Easy to learn", "How much do you agree? - Fast", "How much do you agree? - Cheap"});
        rows.add(new Object[] {"{\"ImportId\":\"startDate\",\"timeZone\":\"America/Denver\"}",
            "{\"ImportId\":\"endDate\",\"timeZone\":\"America/Denver\"}", "{\"ImportId\":\"status\"}",
            "{\"ImportId\":\"ipAddress\"}", "{\"ImportId\":\"progress\"}", "{\"ImportId\":\"finished\"}",
            "{\"ImportId\":\"_recordId\"}", "{\"ImportId\":\"recipientLastName\"}",
            "{\"ImportId\":\"recipientFirstName\"}", "{\"ImportId\":\"recipientEmail\"}", "{\"ImportId\":\"QID1\"}",
            "{\"ImportId\":\"QID2_1\"}", "{\"ImportId\":\"QID2_2\"}", "{\"ImportId\":\"QID2_3\"}",
            "{\"ImportId\":\"QID3_1\"}", "{\"ImportId\":\"QID3_2\"}", "{\"ImportId\":\"QID3_3\"}"});
        String[] roles = {"Analyst", "Manager", "Engineer"};
        for (int i = 0; i < 30; i++) {
            LocalDateTime start = LocalDateTime.of(2024, 8, 1, 8, 0).plusHours(i * 5L);
            rows.add(new Object[] {start, start.plusMinutes(6), "IP Address", "10.0.0." + (i + 1), 100, "True",
                "R_" + Integer.toHexString(0x1a2b3c00 + i * 7919) + "xYz", "Suzuki" + i, "Taro" + i,
                "r" + i + "@example.org", roles[i % 3], i % 2 == 0 ? 1 : null, i % 3 == 0 ? 1 : null,
                i % 5 == 0 ? 1 : null, AGREE.get(i % 5), AGREE.get((i + 1) % 5), AGREE.get((i + 3) % 5)});
        }
        Survey s = SurveyReader.read(Fixtures.sheet(dir.resolve("qualtrics.xlsx"), "Sheet0", rows));
        assertEquals("qualtrics", s.layout());
        assertEquals(1, s.headerRow());
        assertEquals(3, s.headerRows());
        assertEquals(30, s.respondents());
        for (String personal : List.of("IP Address", "Recipient Last Name", "Recipient First Name",
                "Recipient Email")) {
            noColumn(s, personal);
        }
        assertEquals(QuestionType.ID, q(s, "Response ID").type());
        Question role = q(s, "Q1");
        assertEquals("What is your role?", role.text());
        assertEquals(QuestionType.SINGLE, role.type());
        Question tools = q(s, "Q2");
        assertEquals(QuestionType.MULTI, tools.type());
        assertEquals("Which tools do you use?", tools.text());
        assertEquals(List.of("Excel", "R", "Python"), tools.categories());
        assertEquals(List.of(15, 10, 6), List.of(tools.count(0), tools.count(1), tools.count(2)));
        Question grid = q(s, "Q3");
        assertEquals(QuestionType.GRID, grid.type());
        assertEquals("How much do you agree?", grid.text());
        assertEquals(AGREE, grid.categories());
        assertEquals(List.of("Easy to learn", "Fast", "Cheap"), grid.items().stream().map(Question::text).toList());
        assertEquals(List.of("Q3_1", "Q3_2", "Q3_3"), grid.items().stream().map(Question::id).toList());
        assertEquals(6, grid.items().get(0).count(0)); // Strongly agree where i % 5 == 0
    }

    /** LimeSurvey (CSV, question codes): Q2[SQ001] ticks Y/blank, an array Q3[SQ001] of labels. */
    @Test
    void limeSurvey() throws Exception {
        StringBuilder csv = new StringBuilder("id,submitdate,lastpage,startlanguage,Q1,Q2[SQ001],Q2[SQ002],Q2[SQ003],"
                + "Q3[SQ001],Q3[SQ002]\n");
        for (int i = 0; i < 20; i++) {
            csv.append(i + 1).append(",2024-09-").append(String.format("%02d", 1 + i)).append(" 10:00:00,3,ja,")
                    .append(i % 2 == 0 ? "A1" : "A2").append(',').append(i % 2 == 0 ? "Y" : "").append(',')
                    .append(i % 4 == 0 ? "Y" : "").append(',').append(i % 5 == 0 ? "Y" : "").append(',')
                    .append(AGREE.get(i % 5)).append(',').append(AGREE.get((i + 4) % 5)).append('\n');
        }
        Path file = dir.resolve("results-survey123456.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Survey s = SurveyReader.read(file);
        assertEquals("limesurvey", s.layout());
        Question q2 = q(s, "Q2");
        assertEquals(QuestionType.MULTI, q2.type());
        assertEquals(List.of("Q2[SQ001]", "Q2[SQ002]", "Q2[SQ003]"), q2.categories());
        assertEquals(List.of(10, 5, 4), List.of(q2.count(0), q2.count(1), q2.count(2)));
        assertEquals(12, q2.answered().count()); // Y/blank: a respondent with no Y did not answer
        Question q3 = q(s, "Q3");
        assertEquals(QuestionType.GRID, q3.type());
        assertEquals(AGREE, q3.categories());
        assertEquals(List.of("Q3[SQ001]", "Q3[SQ002]"), q3.items().stream().map(Question::id).toList());
    }

    /** Kaggle survey (CSV): a row of codes (Q7_Part_1 …) over a row of question texts. */
    @Test
    void kaggle() throws Exception {
        StringBuilder csv = new StringBuilder("Time from Start to Finish (seconds),Q1,Q2,Q7_Part_1,Q7_Part_2,"
                + "Q7_Part_3,Q7_OTHER_TEXT\n");
        csv.append("Duration (in seconds),What is your gender? - Selected Choice,What is your age (# years)?,"
                + "What programming languages do you use on a regular basis? (Select all that apply) - Selected Choice - Python,"
                + "What programming languages do you use on a regular basis? (Select all that apply) - Selected Choice - R,"
                + "What programming languages do you use on a regular basis? (Select all that apply) - Selected Choice - SQL,"
                + "What programming languages do you use on a regular basis? (Select all that apply) - Other - Text\n");
        String[] ages = {"18-21", "22-24", "25-29", "30-34"};
        for (int i = 0; i < 24; i++) {
            csv.append(300 + i * 17).append(',').append(i % 2 == 0 ? "Man" : "Woman").append(',').append(ages[i % 4])
                    .append(',').append(i % 2 == 0 ? "Python" : "").append(',').append(i % 3 == 0 ? "R" : "")
                    .append(',').append(i % 4 == 0 ? "SQL" : "").append(',').append(i % 6 == 0 ? "1" : "-1")
                    .append('\n');
        }
        Path file = dir.resolve("multiple_choice_responses.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Survey s = SurveyReader.read(file);
        assertEquals("kaggle", s.layout());
        assertEquals(2, s.headerRows());
        assertEquals(24, s.respondents());
        Question q7 = q(s, "Q7");
        assertEquals(QuestionType.MULTI, q7.type());
        assertEquals(List.of("Python", "R", "SQL"), q7.categories());
        assertEquals(List.of(12, 8, 6), List.of(q7.count(0), q7.count(1), q7.count(2)));
        Question q1 = q(s, "Q1");
        assertEquals(QuestionType.SINGLE, q1.type());
        assertTrue(q1.text().startsWith("What is your gender?"));
        assertEquals(List.of("18-21", "22-24", "25-29", "30-34"), q(s, "Q2").categories());
    }

    /** A plain sheet: one header row, layout generic. */
    @Test
    void genericLayout() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Sex", "Smoke", "Height"});
        for (int i = 0; i < 12; i++) {
            rows.add(new Object[] {i % 2 == 0 ? "Male" : "Female", i % 3 == 0 ? "Never" : "Heavy", 150.5 + i});
        }
        Survey s = SurveyReader.read(Fixtures.sheet(dir.resolve("generic.xlsx"), "data", rows));
        assertEquals("generic", s.layout());
        assertEquals(1, s.headerRows());
        assertEquals(3, s.questions().size());
    }
}
