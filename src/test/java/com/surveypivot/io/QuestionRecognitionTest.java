package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Japanese panel-style fixture (title row, header, a blank row, ids, dates, ordered bands, a job ladder, a
 * 1/blank multi group, a single column whose labels hold 「、」, a scale, a ';' multi cell, free text, numbers).
 * Expected counts are computed here from the same formulas that wrote the cells.
 */
class QuestionRecognitionTest {
    static final int N = 60;
    static final String[] SIZES = {"5,000人以上", "99人以下", "1,000〜4,999人", "100〜999人"};
    static final String[] TITLES = {"一般社員", "課長クラス", "経営者・役員", "係長・主任クラス", "部長クラス"};
    static final String[] Q2 = {"十分に連携できている", "連携マインドは高いが、戦略・KPI・システム面等の環境が整っていない",
        "限定的にしか連携できていない", "わからない"};
    static final String[] Q3 = {"悩んでいる", "まったく悩んでいない", "とても悩んでいる", "どちらともいえない", "あまり悩んでいない",
        "わからない"};
    static final String[] Q4 = {"経営企画と現場", "マーケティングと開発", "企画と営業", "販促と営業", "営業とCS"};
    static final String[] AGES = {"40代", "20代", "50代", "30代"};
    static final String[] AGREE = {"Agree", "Strongly disagree", "Neither agree nor disagree", "Strongly agree",
        "Disagree"};

    @TempDir
    static Path dir;
    static Survey survey;

    static boolean q1(int option, int i) {
        return switch (option) {
            case 0 -> i % 2 == 0;
            case 1 -> i % 3 == 0;
            default -> i % 7 == 0;
        };
    }

    static String q4(int i) {
        if (i % 10 == 9) {
            return null;
        }
        return Q4[i % 5] + (i % 3 == 0 ? ";" + Q4[(i + 2) % 5] : "");
    }

    @BeforeAll
    static void write() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"部門間連携に関する調査 ローデータ"});
        rows.add(new Object[] {"回答者ID", "回答日時", "従業員規模", "役職", "Q1_1 担当業務（複数回答）:経営企画",
            "Q1_2 担当業務（複数回答）:営業", "Q1_3 担当業務（複数回答）:その他", "Q2 部門間の業務連携状況", "Q3 悩みの度合い",
            "Q4 連携に課題がある部門間（上位2つまで）", "Q5 ご意見（自由回答）", "年齢層", "勤続年数", "スコア", "Satisfaction"});
        for (int i = 0; i < N; i++) {
            if (i == 20) {
                rows.add(null); // a blank row between respondents
            }
            rows.add(new Object[] {String.format("R%04d", i + 1),
                LocalDateTime.of(2024, 5, 1, 9, 0).plusDays(i % 14).plusMinutes(i), SIZES[(i * 7) % 4],
                TITLES[i % 5], q1(0, i) ? 1 : null, q1(1, i) ? 1 : null, q1(2, i) ? 1 : null,
                i == 0 ? "無回答" : Q2[i % 4], Q3[i % 6], q4(i), i % 2 == 0 ? "意見その" + i + "：部門をまたぐ会議を増やしたい" : null,
                AGES[i % 4], i % 6, i * 1.5, AGREE[i % 5]});
        }
        survey = SurveyReader.read(Fixtures.sheet(dir.resolve("panel.xlsx"), "回答データ", rows));
    }

    @Test
    void titleRowIsSkippedAndBlankRowsAreNotRespondents() {
        assertEquals("回答データ", survey.sheet());
        assertEquals(2, survey.headerRow());
        assertEquals(N, survey.respondents());
    }

    @Test
    void idsAndDates() {
        Question id = survey.find("回答者ID").orElseThrow();
        assertEquals(QuestionType.ID, id.type());
        assertFalse(id.isCrossable());
        assertEquals("R0001", id.texts().get(0));
        Question date = survey.find("回答日時").orElseThrow();
        assertEquals(QuestionType.DATE, date.type());
        assertTrue(date.isOrdered());
        assertEquals(14, date.categoryCount()); // one category per day of the fortnight
        assertEquals("2024-05-01", date.categories().get(0));
        int firstDay = 0;
        for (int i = 0; i < N; i++) {
            firstDay += i % 14 == 0 ? 1 : 0;
        }
        assertEquals(firstDay, date.count(0));
    }

    @Test
    void bandsAndLaddersAreOrdered() {
        Question size = survey.find("従業員規模").orElseThrow();
        assertEquals(QuestionType.SINGLE, size.type());
        assertTrue(size.isOrdered());
        assertEquals(List.of("99人以下", "100〜999人", "1,000〜4,999人", "5,000人以上"), size.categories());
        Question title = survey.find("役職").orElseThrow();
        assertTrue(title.isOrdered());
        assertEquals(List.of("経営者・役員", "部長クラス", "課長クラス", "係長・主任クラス", "一般社員"), title.categories());
        Question age = survey.find("年齢層").orElseThrow();
        assertEquals(List.of("20代", "30代", "40代", "50代"), age.categories());
        assertTrue(age.isOrdered());
    }

    @Test
    void tickGroupIsOneMultiQuestionWithBlankRespondentsOutOfTheBase() {
        Question q1 = survey.find("Q1").orElseThrow();
        assertEquals(QuestionType.MULTI, q1.type());
        assertEquals("担当業務（複数回答）", q1.text());
        assertEquals(List.of("経営企画", "営業", "その他"), q1.categories());
        int base = 0;
        for (int i = 0; i < N; i++) {
            base += q1(0, i) || q1(1, i) || q1(2, i) ? 1 : 0;
        }
        assertEquals(base, q1.answered().count());
        for (int o = 0; o < 3; o++) {
            int ticked = 0;
            for (int i = 0; i < N; i++) {
                ticked += q1(o, i) ? 1 : 0;
            }
            assertEquals(ticked, q1.count(o));
        }
        assertEquals(3, q1.columns().size());
    }

    @Test
    void singleChoiceWhoseLabelHoldsACommaStaysSingle() {
        Question q2 = survey.find("Q2").orElseThrow();
        assertEquals(QuestionType.SINGLE, q2.type());
        assertEquals("部門間の業務連携状況", q2.text());
        assertEquals(List.of(Q2[1], Q2[2], Q2[3], Q2[0]), q2.categories()); // first appearance (row 0 is 無回答)
        assertEquals(N - 1, q2.answered().count()); // 無回答 is no answer
        assertEquals(15, q2.count(q2.indexOf(Q2[1])));
        assertEquals(14, q2.count(q2.indexOf(Q2[0])));
    }

    @Test
    void worryScaleIsOrderedFromTheTopWithDontKnowLast() {
        Question q3 = survey.find("Q3").orElseThrow();
        assertEquals(QuestionType.SCALE, q3.type());
        assertTrue(q3.isOrdered());
        assertEquals(List.of("とても悩んでいる", "悩んでいる", "どちらともいえない", "あまり悩んでいない", "まったく悩んでいない", "わからない"),
                q3.categories());
        assertEquals(10, q3.count(0));
        Question agree = survey.find("Satisfaction").orElseThrow();
        assertEquals(QuestionType.SCALE, agree.type());
        assertEquals(List.of("Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"),
                agree.categories());
    }

    @Test
    void semicolonCellIsMultiResponse() {
        Question q4 = survey.find("Q4").orElseThrow();
        assertEquals(QuestionType.MULTI, q4.type());
        assertEquals(5, q4.categoryCount());
        int answered = 0;
        int[] ticks = new int[5];
        for (int i = 0; i < N; i++) {
            String cell = q4(i);
            if (cell == null) {
                continue;
            }
            answered++;
            for (int o = 0; o < 5; o++) {
                ticks[o] += List.of(cell.split(";")).contains(Q4[o]) ? 1 : 0;
            }
        }
        assertEquals(answered, q4.answered().count());
        for (int o = 0; o < 5; o++) {
            assertEquals(ticks[o], q4.count(q4.indexOf(Q4[o])), Q4[o]);
        }
    }

    @Test
    void freeTextAndNumbers() {
        Question q5 = survey.find("Q5").orElseThrow();
        assertEquals(QuestionType.TEXT, q5.type());
        assertFalse(q5.isCrossable());
        assertEquals(N / 2, q5.answered().count());
        Question years = survey.find("勤続年数").orElseThrow();
        assertEquals(QuestionType.NUMBER, years.type());
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), years.categories());
        assertEquals(10, years.count(0));
        Question score = survey.find("スコア").orElseThrow();
        assertEquals(QuestionType.NUMBER, score.type());
        // 60 distinct values 0, 1.5 … 88.5 in five quantile bins of 12
        assertEquals(List.of("0–16.5", "18–34.5", "36–52.5", "54–70.5", "72–88.5"), score.categories());
        for (int c = 0; c < 5; c++) {
            assertEquals(12, score.count(c));
        }
    }

    @Test
    void declaredDelimitedSetOverridesRecognition() throws Exception {
        ReadOptions options = ReadOptions.defaults().withMultiSet("課題", List.of("Q4")).withSeparator(";");
        Survey declared = SurveyReader.read(dir.resolve("panel.xlsx"), options, ReadProgress.NONE);
        Question set = declared.find("課題").orElseThrow();
        assertEquals(QuestionType.MULTI, set.type());
        assertEquals(5, set.categoryCount());
        assertTrue(declared.find("Q4").isEmpty());
    }

    @Test
    void otherToolLayoutsAndTheBaseRuleOfNumberTicks() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Q6_1 Channels: Web", "Q6_2 Channels: Shop", "Q6_3 Channels: Phone",
            "Q7[SQ001] Fruits [Apple]", "Q7[SQ002] Fruits [Pear]", "Q8_Part_1", "Q8_Part_2", "Q8_Part_3", "Sex"});
        for (int i = 0; i < 40; i++) {
            Object[] ticks = i == 0 ? new Object[] {0, 0, 0} : i == 1 ? new Object[] {null, null, null}
                    : new Object[] {i % 2, i % 3 == 0 ? 1 : 0, i % 5 == 0 ? 1 : 0};
            rows.add(new Object[] {ticks[0], ticks[1], ticks[2], i % 2 == 0 ? "Y" : null, i % 4 == 0 ? "Y" : null,
                i % 2 == 0 ? "Python" : null, i % 3 == 0 ? "R" : null, i % 5 == 0 ? "SQL" : null,
                i % 2 == 0 ? "F" : "M"});
        }
        Survey s = SurveyReader.read(Fixtures.sheet(dir.resolve("tools.xlsx"), "data", rows));
        Question q6 = s.find("Q6").orElseThrow();
        assertEquals(QuestionType.MULTI, q6.type());
        assertEquals("Channels", q6.text());
        assertEquals(List.of("Web", "Shop", "Phone"), q6.categories());
        assertEquals(39, q6.answered().count()); // the all-0 respondent is in the base, the all-blank one is not
        assertTrue(q6.answered().contains(0));
        assertFalse(q6.answered().contains(1));
        Question q7 = s.find("Q7").orElseThrow();
        assertEquals(QuestionType.MULTI, q7.type());
        assertEquals(List.of("Apple", "Pear"), q7.categories());
        assertEquals(20, q7.answered().count()); // Y/blank: only respondents with a Y
        assertEquals(10, q7.count(1));
        Question q8 = s.find("Q8").orElseThrow();
        assertEquals(QuestionType.MULTI, q8.type());
        assertEquals(List.of("Python", "R", "SQL"), q8.categories());
        int base = 0;
        for (int i = 0; i < 40; i++) {
            base += i % 2 == 0 || i % 3 == 0 || i % 5 == 0 ? 1 : 0;
        }
        assertEquals(base, q8.answered().count());
        assertEquals("limesurvey", s.layout());
    }

    @Test
    void userMissingValuesAndFormsStyleDelimiters() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Timestamp", "Which channels do you use?", "Teams", "Rating"});
        String[] google = {"Web, Shop", "Web", "Phone, Web", "Shop", "Web, Shop, Phone"};
        String[] microsoft = {"Sales;Support;", "Sales;", "Support;Marketing;", "Marketing;", "Sales;Marketing;"};
        for (int i = 0; i < 20; i++) {
            rows.add(new Object[] {"2024/05/0" + (1 + i % 9) + " 10:" + (10 + i) + ":00", google[i % 5], microsoft[i % 5],
                i % 4 == 3 ? 99 : 1 + i % 3});
        }
        Path file = Fixtures.sheet(dir.resolve("forms.xlsx"), "Form Responses 1", rows);
        Survey s = SurveyReader.read(file, ReadOptions.defaults().withMissing(List.of("99")), ReadProgress.NONE);
        assertEquals(QuestionType.DATE, s.find("Timestamp").orElseThrow().type()); // date-time texts
        Question channels = s.find("Which channels do you use?").orElseThrow();
        assertEquals(QuestionType.MULTI, channels.type());
        assertEquals(List.of("Web", "Shop", "Phone"), channels.categories());
        assertEquals(16, channels.count(0)); // Web in google[0, 1, 2, 4]
        Question teams = s.find("Teams").orElseThrow();
        assertEquals(QuestionType.MULTI, teams.type());
        assertEquals(List.of("Sales", "Support", "Marketing"), teams.categories());
        Question rating = s.find("Rating").orElseThrow();
        assertEquals(List.of("1", "2", "3"), rating.categories()); // 99 declared missing
        assertEquals(15, rating.answered().count());
    }

    @Test
    void headerCodes() {
        HeaderCode q2 = HeaderCode.parse("Q2 部門間の業務連携状況");
        assertEquals("Q2", q2.code());
        assertEquals("部門間の業務連携状況", q2.text());
        assertNull(q2.stem());
        assertEquals("問3", HeaderCode.parse("問3　満足度").code());
        assertEquals("Q10", HeaderCode.parse("Q10:年齢").code());
        assertEquals("Q1", HeaderCode.parse("Q1_10 担当業務（複数回答）:その他").stem());
        assertEquals("その他", HeaderCode.parse("Q1_10 担当業務（複数回答）:その他").option());
        assertEquals("Q7", HeaderCode.parse("Q7_Part_1").stem());
        assertEquals("Q1", HeaderCode.parse("Q1[SQ001]").stem());
        for (String own : List.of("業種", "Marital status", "W.Hnd", "nb.activitees", "2024年度の売上")) {
            assertNull(HeaderCode.parse(own).code(), own);
            assertEquals(own, HeaderCode.parse(own).id());
        }
    }

    @Test
    void delimiterInsideLabelsDoesNotSplit() {
        var bands = new java.util.LinkedHashMap<String, Integer>(Map.of("[15,25]", 5, "(25,35]", 7, "(35,45]", 4));
        assertTrue(DelimitedSplitter.detect(bands).isEmpty());
        var joined = new java.util.LinkedHashMap<String, Integer>();
        joined.put("A;B", 3);
        joined.put("A", 2);
        joined.put("B;C", 2);
        joined.put("C", 1);
        joined.put("A;C", 2);
        var split = DelimitedSplitter.detect(joined).orElseThrow();
        assertEquals(List.of("A", "B", "C"), split.options());
    }
}
