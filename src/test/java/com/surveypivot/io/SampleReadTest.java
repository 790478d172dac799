package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled sample reads as its spec (issue 2) describes it. */
class SampleReadTest {
    static Survey sample;

    @BeforeAll
    static void read() throws Exception {
        sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
    }

    private static Question q(String key) {
        return sample.find(key).orElseThrow(() -> new AssertionError("no question " + key));
    }

    @Test
    void dataSheetHeaderRowAndRespondents() {
        assertEquals("回答データ", sample.sheet()); // not the notes sheet 調査概要
        assertEquals(2, sample.headerRow()); // below the title row
        assertEquals(1000, sample.respondents());
        assertEquals("部門間連携に関する調査", sample.title());
    }

    @Test
    void questionTypes() {
        assertEquals(QuestionType.ID, q("回答者ID").type());
        assertEquals(QuestionType.DATE, q("回答日時").type());
        assertEquals(QuestionType.SINGLE, q("業種").type());
        assertEquals(QuestionType.MULTI, q("Q1").type());
        assertEquals(10, q("Q1").categoryCount());
        assertEquals("担当業務（複数回答）", q("Q1").text());
        assertEquals("経営企画・事業戦略", q("Q1").categories().get(0));
        assertEquals(QuestionType.SINGLE, q("Q2").type());
        assertEquals(5, q("Q2").categoryCount());
        assertTrue(q("Q2").categories().contains("連携マインドは高いが、戦略・KPI・システム面等の環境が整っていない"));
        assertEquals(QuestionType.SCALE, q("Q3").type());
        assertEquals(List.of("とても悩んでいる", "悩んでいる", "どちらともいえない", "あまり悩んでいない", "まったく悩んでいない"),
                q("Q3").categories());
        assertEquals(QuestionType.MULTI, q("Q4").type());
        assertEquals(8, q("Q4").categoryCount());
        assertEquals(QuestionType.TEXT, q("Q5").type());
        assertEquals(QuestionType.NUMBER, q("ウェイト").type());
    }

    @Test
    void orderedAttributes() {
        Question size = q("従業員規模");
        assertTrue(size.isOrdered());
        assertEquals(List.of("99人以下", "100〜999人", "1,000〜4,999人", "5,000人以上"), size.categories());
        Question title = q("役職");
        assertTrue(title.isOrdered());
        assertEquals(List.of("経営者・役員", "部長クラス", "課長クラス", "係長・主任クラス", "一般社員"), title.categories());
    }

    @Test
    void multiResponseBases() {
        // Q1: 1/blank columns, each respondent picks 1-3 functions; Q4: a few blank cells are out of the base
        Question q1 = q("Q1");
        assertEquals(1000, q1.answered().count());
        Question q4 = q("Q4");
        assertTrue(q4.answered().count() < 1000 && q4.answered().count() > 900);
        int ticks = 0;
        for (int c = 0; c < q4.categoryCount(); c++) {
            ticks += q4.count(c);
        }
        assertTrue(ticks >= q4.answered().count() && ticks <= 2 * q4.answered().count());
    }

    @Test
    void codebookSheetGivesTheAnswerOrderAndIsNeverTheDataSheet() {
        // the コード表 sheet lists every coded question's answers in questionnaire order
        assertEquals(List.of("十分に連携できている", "連携マインドは高いが、戦略・KPI・システム面等の環境が整っていない",
                "限定的にしか連携できていない", "ほとんど連携できていない", "わからない"), q("Q2").categories());
        assertEquals(List.of("製造", "IT・通信", "流通・小売", "金融・保険", "サービス", "その他"), q("業種").categories());
        assertEquals(List.of("経営企画・事業戦略系と現場（マーケティングや営業）", "マーケティング系とプロダクト開発系",
                "商品・サービス企画と営業", "広告宣伝・販促と営業", "BtoBリード獲得・ナーチャリングと営業",
                "営業とCS（カスタマーサポート・カスタマーサクセス）", "システム部門と現場", "その他"), q("Q4").categories());
        assertEquals("部門間の業務連携状況", q("Q2").text());
        assertEquals(QuestionType.SINGLE, q("業種").type());
        assertEquals("panel", sample.layout());
        assertEquals(1, sample.headerRows());
    }

    @Test
    void explicitSheetAndHeaderRow() throws Exception {
        Survey explicit = SurveyReader.readSample(ReadOptions.defaults().withSheet("回答データ").withHeaderRow(2),
                ReadProgress.NONE);
        assertEquals(1000, explicit.respondents());
        assertEquals(sample.questions().size(), explicit.questions().size());
        Survey notes = SurveyReader.readSample(ReadOptions.defaults().withSheet("調査概要"), ReadProgress.NONE);
        assertEquals("調査概要", notes.sheet());
        assertTrue(notes.respondents() < 50);
    }
}
