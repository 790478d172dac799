package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.BandChartModel.Bar;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

class BandChartTest {

    /** What a laid-out chart shows: its texts, their bounds and its rectangles. */
    record Drawn(BandChart chart, List<String> texts, List<Bounds> textBounds, List<Rectangle> rects,
            double width, double height) {
    }

    static Drawn draw(BandChartModel model, double width, double height) {
        return Fx.call(() -> {
            BandChart chart = new BandChart();
            chart.setModel(model);
            Group root = new Group(chart);
            root.setAutoSizeChildren(false);
            new Scene(root);
            double h = height > 0 ? height : chart.prefHeight(width);
            chart.resize(width, h);
            chart.layout();
            List<Text> texts = chart.texts();
            List<Rectangle> rects = chart.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof Rectangle).map(n -> (Rectangle) n).toList();
            return new Drawn(chart, texts.stream().map(Text::getText).toList(),
                    texts.stream().map(Node::getBoundsInParent).toList(), rects, width, h);
        });
    }

    @Test
    void showsTitleLegendBarLabelsWithTheirBasesAndValues() {
        BandChartModel model = BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE);
        Drawn drawn = draw(model, 820, -1);

        assertSame(model, drawn.chart().getModel());
        assertTrue(drawn.texts().contains("Q2 部門間の業務連携状況"));
        for (String answer : ChartFixtures.Q2_ANSWERS) {
            assertTrue(drawn.texts().contains(answer), answer);
        }
        for (Bar bar : model.bars()) {
            assertTrue(drawn.texts().contains(bar.fullLabel()), bar.fullLabel());
        }
        // Total: 16.0 / 33.0 / 26.0 / 15.0 / 10.0 inside its segments
        for (String value : List.of("16.0", "33.0", "26.0", "15.0", "10.0")) {
            assertTrue(drawn.texts().contains(value), value);
        }
        assertTrue(drawn.texts().containsAll(List.of("0%", "20%", "40%", "60%", "80%", "100%")));
    }

    @Test
    void totalBarIsOnTopAndSetApartFromTheSegments() {
        BandChartModel model = BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE);
        Drawn drawn = draw(model, 820, -1);
        double total = yOf(drawn, "全体 (n=1,000)");
        double first = yOf(drawn, "経営企画・事業戦略 (n=180)");
        double second = yOf(drawn, "広告宣伝・販促 (n=150)");
        assertTrue(total < first && first < second, "Total first, then the segments top to bottom");
        assertTrue(first - total > second - first + 5, "a gap between the Total and the segment bars");
    }

    @Test
    void hidesValueLabelsOfNarrowSegments() {
        List<String> answers = List.of("はい", "いいえ", "わからない");
        var table = ChartFixtures.table(
                ChartFixtures.single("Q8", "質問", com.surveypivot.survey.QuestionType.SINGLE, false, answers),
                null, List.of(), answers, new int[][] {{95}, {2}, {3}}, null);
        Drawn drawn = draw(BandChartModel.from(table, Locale.JAPANESE), 820, -1);
        assertTrue(drawn.texts().contains("95.0"));
        assertFalse(drawn.texts().contains("2.0"));
    }

    @Test
    void inANarrowChartLongLabelsAreShortenedButEveryBaseStaysVisibleAndNothingIsCutOff() {
        BandChartModel model = BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE);
        Drawn drawn = draw(model, 420, -1);
        for (Bar bar : model.bars()) {
            boolean shown = drawn.texts().contains(bar.fullLabel()) || drawn.texts().contains(bar.nLabel());
            assertTrue(shown, "base of " + bar.label() + " visible");
        }
        for (int i = 0; i < drawn.texts().size(); i++) {
            Bounds b = drawn.textBounds().get(i);
            assertTrue(b.getMinX() >= -0.5 && b.getMaxX() <= drawn.width() + 0.5,
                    "inside the chart horizontally: " + drawn.texts().get(i) + " " + b);
            assertTrue(b.getMinY() >= -0.5 && b.getMaxY() <= drawn.height() + 0.5,
                    "inside the chart vertically: " + drawn.texts().get(i) + " " + b);
        }
    }

    @Test
    void barsFillTheWidthTheChartIsGiven() {
        BandChartModel model = BandChartModel.from(ChartFixtures.q3BySize(), Locale.JAPANESE);
        double wide = totalBarWidth(draw(model, 1000, 500));
        double narrow = totalBarWidth(draw(model, 600, 500));
        assertTrue(wide > narrow + 300, wide + " vs " + narrow);
    }

    @Test
    void preferredHeightGrowsWithTheNumberOfBars() {
        double few = Fx.call(() -> new BandChart(BandChartModel.from(ChartFixtures.q3BySize(), Locale.JAPANESE))
                .prefHeight(820));
        double many = Fx.call(() -> new BandChart(BandChartModel.from(ChartFixtures.q2ByQ1(), Locale.JAPANESE))
                .prefHeight(820));
        // 4 bars against 11 bars, about 36 px each
        assertTrue(many - few > 7 * 30, few + " vs " + many);
    }

    @Test
    void groupedChartShowsEveryOptionAndValueAtTheBarEnds() {
        BandChartModel model = BandChartModel.from(ChartFixtures.multiByRole(), Locale.JAPANESE);
        Drawn drawn = draw(model, 820, -1);
        assertTrue(drawn.texts().containsAll(List.of("経営企画・事業戦略系と現場", "マーケティング系とプロダクト開発系",
                "商品・サービス企画と営業", "全体 (n=400)", "営業 (n=150)", "マーケティング (n=250)")));
        assertTrue(drawn.texts().containsAll(List.of("45.0", "40.0", "48.0", "46.7", "20.0")));
        assertTrue(drawn.texts().containsAll(List.of("0%", "10%", "50%")));
    }

    private static double yOf(Drawn drawn, String text) {
        return drawn.textBounds().get(drawn.texts().indexOf(text)).getMinY();
    }

    /** Total width of the first bar's segments (the Total bar). */
    private static double totalBarWidth(Drawn drawn) {
        double top = drawn.rects().stream().filter(r -> r.getWidth() > 20).mapToDouble(Rectangle::getY).min()
                .orElseThrow();
        return drawn.rects().stream().filter(r -> Math.abs(r.getY() - top) < 0.01 && r.getWidth() > SWATCH_MAX)
                .mapToDouble(Rectangle::getWidth).sum();
    }

    private static final double SWATCH_MAX = BandChart.SWATCH + 0.5;
}
