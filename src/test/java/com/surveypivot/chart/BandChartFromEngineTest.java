package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.GroupBar;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The chart description of tables made by the real crosstab engine, against hand-worked numbers. */
class BandChartFromEngineTest {

    @Test
    void scaleByAMultiResponseAttributeGivesOneBarPerOptionAfterTheTotal() {
        // 10 respondents; #7 skipped the question, #8 and #9 ticked no function → 0..6 are in the table.
        Question q = Question.categorical("Q3", "満足度", QuestionType.SCALE, true, List.of("良い", "普通", "悪い"),
                List.of("Q3 満足度"), new int[] {0, 0, 1, 2, 1, 0, 2, -1, 1, 0});
        Question by = Question.multi("Q1", "担当", List.of("営業", "企画"), List.of("Q1_1", "Q1_2"),
                List.of(set(10, 0, 1, 2, 3, 4), set(10, 3, 4, 5, 6, 7)), set(10, 0, 1, 2, 3, 4, 5, 6, 7));

        BandChartModel model = BandChartModel.from(CrosstabEngine.crosstab(q, by), Locale.JAPANESE);

        // every base is under 30: each bar carries the "reference only" mark
        assertEquals(List.of("全体 (n=7)**", "営業 (n=5)**", "企画 (n=4)**"),
                model.bars().stream().map(Bar::fullLabel).toList());
        // Total: codes 0,0,1,2,1,0,2 → 3/7, 2/7, 2/7
        assertPercents(model.bars().get(0), 300.0 / 7, 200.0 / 7, 200.0 / 7);
        // 営業 = #0–4: codes 0,0,1,2,1 → 2/5, 2/5, 1/5
        assertPercents(model.bars().get(1), 40, 40, 20);
        // 企画 = #3–6 (#7 has no answer): codes 2,1,0,2 → 1/4, 1/4, 2/4
        assertPercents(model.bars().get(2), 25, 25, 50);
        assertEquals(ChartPalette.diverging(3), model.legend().stream().map(BandChartModel.LegendEntry::color)
                .toList());
    }

    @Test
    void multiResponseQuestionGivesGroupedBarsOfRespondentShares() {
        // #0–4 answered the multi question; the attribute is known for #0–4 only.
        Question q = Question.multi("Q4", "課題", List.of("P", "R"), List.of("Q4_1", "Q4_2"),
                List.of(set(10, 0, 1, 2), set(10, 1, 3)), set(10, 0, 1, 2, 3, 4));
        Question by = Question.categorical("G", "G", QuestionType.SINGLE, false, List.of("g1", "g2"),
                List.of("G"), new int[] {0, 0, 1, 1, 1, -1, -1, -1, -1, -1});

        BandChartModel model = BandChartModel.from(CrosstabEngine.crosstab(q, by), Locale.ENGLISH);

        assertEquals(BandChartModel.Layout.GROUPED, model.layout());
        // P: Total 3/5, g1 = #0,#1 → 2/2, g2 = #2–4 → 1/3;  R: Total 2/5, g1 1/2, g2 1/3
        assertEquals(List.of(60.0, 100.0, Math.round(100.0 / 3 * 1e9) / 1e9), percents(model.groups().get(0).bars()));
        assertEquals(List.of(40.0, 50.0, Math.round(100.0 / 3 * 1e9) / 1e9), percents(model.groups().get(1).bars()));
        assertEquals(List.of("Total (n=5)**", "g1 (n=2)**", "g2 (n=3)**"),
                model.groups().get(0).bars().stream().map(GroupBar::series).toList());
        assertEquals(100.0, model.axisMax(), 0);
    }

    private static void assertPercents(Bar bar, double... expected) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], bar.segments().get(i).percent(), 1e-9, bar.label() + " " + i);
        }
    }

    private static List<Double> percents(List<GroupBar> bars) {
        return bars.stream().map(b -> Math.round(b.percent() * 1e9) / 1e9).toList();
    }

    private static RespondentSet set(int size, int... members) {
        RespondentSet set = new RespondentSet(size);
        for (int m : members) {
            set.add(m);
        }
        return set;
    }
}
