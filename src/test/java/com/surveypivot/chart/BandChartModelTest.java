package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.BarGroup;
import com.surveypivot.chart.BandChartModel.GroupBar;
import com.surveypivot.chart.BandChartModel.LegendEntry;
import com.surveypivot.chart.BandChartModel.Segment;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.survey.QuestionType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BandChartModelTest {

    @Test
    void totalBarComesFirstThenTheSegmentsInColumnOrderWithTheirBases() {
        BandChartModel model = BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE);

        assertEquals(BandChartModel.Layout.STACKED, model.layout());
        assertEquals("Q2 部門間の業務連携状況", model.title());
        assertEquals("Q1 担当業務（複数回答）別", model.subtitle());
        List<Bar> bars = model.bars();
        assertEquals(11, bars.size());
        assertTrue(bars.get(0).total());
        assertEquals("全体", bars.get(0).label());
        assertEquals("(n=1,000)", bars.get(0).nLabel());
        assertEquals("全体 (n=1,000)", bars.get(0).fullLabel());
        assertEquals(ChartFixtures.Q1_OPTIONS, bars.subList(1, 11).stream().map(Bar::label).toList());
        assertEquals("広告宣伝・販促 (n=150)", bars.get(2).fullLabel());
        assertEquals(40, bars.get(10).base());
        assertTrue(bars.subList(1, 11).stream().noneMatch(Bar::total));
    }

    @Test
    void totalLabelFollowsTheLocale() {
        BandChartModel model = BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.ENGLISH);
        assertEquals("Total (n=1,000)", model.bars().get(0).fullLabel());
        assertEquals("by Q1 担当業務（複数回答）", model.subtitle());
    }

    @Test
    void segmentsAreTheAnswersInOrderAndEachBarSumsToOneHundred() {
        BandChartModel model = BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE);
        for (Bar bar : model.bars()) {
            assertEquals(ChartFixtures.Q2_ANSWERS, bar.segments().stream().map(Segment::label).toList());
            assertEquals(100.0, bar.segments().stream().mapToDouble(Segment::percent).sum(), 1e-9, bar.label());
        }
        assertEquals(ChartFixtures.Q2_ANSWERS, model.legend().stream().map(LegendEntry::label).toList());
        // 広告宣伝・販促: 12 of 150 answered 十分に連携できている = 8.0 %; 52 of 150 = 34.666… %
        Segment first = model.bars().get(2).segments().get(0);
        assertEquals(8.0, first.percent(), 1e-12);
        assertEquals("8.0", first.valueText());
        assertEquals(100.0 * 52 / 150, model.bars().get(2).segments().get(1).percent(), 1e-12);
        assertEquals("34.7", model.bars().get(2).segments().get(1).valueText());
        // Total: 160 of 1000
        assertEquals(16.0, model.bars().get(0).segments().get(0).percent(), 1e-12);
    }

    @Test
    void everyBarUsesTheLegendColoursAndDontKnowIsLightGrey() {
        BandChartModel model = BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE);
        List<String> legendColours = model.legend().stream().map(LegendEntry::color).toList();
        assertEquals(5, legendColours.stream().distinct().count());
        assertEquals(ChartPalette.DONT_KNOW, legendColours.get(4));
        for (Bar bar : model.bars()) {
            assertEquals(legendColours, bar.segments().stream().map(Segment::color).toList());
        }
    }

    @Test
    void scaleRampRunsFromStrongBlueThroughGreyToStrongRed() {
        BandChartModel model = BandChartModel.from(ChartFixtures.q3BySize(), Locale.JAPANESE);
        List<int[]> rgb = model.legend().stream().map(e -> rgb(e.color())).toList();
        assertEquals(5, rgb.size());
        int[] top = rgb.get(0);
        int[] middle = rgb.get(2);
        int[] bottom = rgb.get(4);
        assertTrue(top[2] > top[0] + 80, "top end is strong blue");
        assertTrue(bottom[0] > bottom[2] + 80, "bottom end is strong orange-red");
        assertTrue(Math.abs(middle[0] - middle[2]) < 12 && Math.abs(middle[0] - middle[1]) < 12,
                "middle is a neutral grey");
        for (int i = 1; i < 5; i++) {
            assertTrue(blueness(rgb.get(i)) < blueness(rgb.get(i - 1)), "from blue towards red along the scale");
        }
        // the strong ends are darker than their neighbours towards the middle
        assertTrue(ChartPalette.luminance(model.legend().get(0).color())
                < ChartPalette.luminance(model.legend().get(1).color()));
        assertTrue(ChartPalette.luminance(model.legend().get(4).color())
                < ChartPalette.luminance(model.legend().get(3).color()));
    }

    @Test
    void scaleWithTrailingDontKnowKeepsTheRampForTheScalePointsAndGreysTheRest() {
        List<String> answers = List.of("とても満足", "満足", "どちらともいえない", "不満", "とても不満", "わからない");
        Crosstab table = ChartFixtures.table(
                ChartFixtures.single("Q9", "満足度", QuestionType.SCALE, true, answers), null, List.of(), answers,
                new int[][] {{10}, {20}, {30}, {20}, {10}, {10}}, null);
        BandChartModel model = BandChartModel.from(table, Locale.JAPANESE);
        List<String> colours = model.legend().stream().map(LegendEntry::color).toList();
        assertEquals(ChartPalette.diverging(5), colours.subList(0, 5));
        assertEquals(ChartPalette.DONT_KNOW, colours.get(5));
        assertEquals(1, model.bars().size(), "no attribute: the Total bar only");
        assertEquals("", model.subtitle());
    }

    @Test
    void narrowSegmentsCarryNoValueLabel() {
        List<String> answers = List.of("はい", "いいえ", "わからない");
        // 2 of 100 = 2 % (below the 3 % rule), 3 of 100 = 3 % (labelled)
        Crosstab table = ChartFixtures.table(
                ChartFixtures.single("Q8", "質問", QuestionType.SINGLE, false, answers), null, List.of(), answers,
                new int[][] {{95}, {2}, {3}}, null);
        List<Segment> segments = BandChartModel.from(table, Locale.JAPANESE).bars().get(0).segments();
        assertTrue(segments.get(0).labelVisible());
        assertFalse(segments.get(1).labelVisible());
        assertTrue(segments.get(2).labelVisible());
    }

    @Test
    void multiResponseQuestionIsGroupedBarsPerOptionWithTotalFirst() {
        BandChartModel model = BandChartModel.from(ChartFixtures.multiByRole(), Locale.JAPANESE);

        assertEquals(BandChartModel.Layout.GROUPED, model.layout());
        assertTrue(model.bars().isEmpty());
        assertEquals(List.of("全体 (n=400)", "営業 (n=150)", "マーケティング (n=250)"),
                model.legend().stream().map(LegendEntry::label).toList());
        assertEquals(List.of("経営企画・事業戦略系と現場", "マーケティング系とプロダクト開発系", "商品・サービス企画と営業"),
                model.groups().stream().map(BarGroup::label).toList());
        // 180/400, 60/150, 120/250 ticked the first option
        BarGroup first = model.groups().get(0);
        assertEquals(List.of(45.0, 40.0, 48.0), first.bars().stream().map(GroupBar::percent).toList());
        assertEquals(List.of("全体 (n=400)", "営業 (n=150)", "マーケティング (n=250)"),
                first.bars().stream().map(GroupBar::series).toList());
        // options are not exclusive: the Total column sums past 100 % (45 + 35 + 30 = 110)
        double totalSum = model.groups().stream().mapToDouble(g -> g.bars().get(0).percent()).sum();
        assertEquals(110.0, totalSum, 1e-9);
        assertEquals(ChartPalette.TOTAL, first.bars().get(0).color());
        assertEquals(50.0, model.axisMax(), 0.0, "largest value 48.0 → axis to 50 %");
    }

    @Test
    void axisEndIsARoundNumber() {
        assertEquals(10, ChartModels.niceMax(0), 0);
        assertEquals(50, ChartModels.niceMax(48), 0);
        assertEquals(60, ChartModels.niceMax(49.7), 0);
        assertEquals(100, ChartModels.niceMax(100), 0);
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }

    private static int blueness(int[] rgb) {
        return rgb[2] - rgb[0];
    }
}
