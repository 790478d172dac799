package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.CellOptions;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.Filter;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.chart.BandChartModel.Bar;
import com.surveypivot.chart.BandChartModel.GroupBar;
import com.surveypivot.chart.BandChartModel.LineSeries;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every chart kind of the bundled sample against numbers counted here with plain loops over the respondents
 * (never the engine's output): shares, counts, top-2 boxes, the order of sorted bars, the ▲/▼ marks (a pooled
 * two-proportion z of each segment against the rest, computed here) and the low-base marks.
 */
class ChartKindsSampleTest {
    private static Survey sample;
    private static Question q1;
    private static Question q2;
    private static Question q3;
    private static Question size;

    @BeforeAll
    static void read() throws Exception {
        sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        q1 = sample.find("Q1").orElseThrow();
        q2 = sample.find("Q2").orElseThrow();
        q3 = sample.find("Q3").orElseThrow();
        size = sample.find("従業員規模").orElseThrow();
    }

    private static BandChartModel chart(Question question, Question by, ChartSettings settings) {
        return BandChartModel.from(CrosstabEngine.compute(TableSpec.of(question, by)), settings, ChartBasis.NONE,
                Locale.JAPANESE);
    }

    /** Respondents in segment {@code c} of the attribute (a multi-response option or a category). */
    private static boolean in(Question by, int c, int r) {
        return by.isMulti() ? by.members(c).contains(r) : by.code(r) == c;
    }

    private static boolean inAny(Question by, int r) {
        for (int c = 0; c < by.categoryCount(); c++) {
            if (in(by, c, r)) {
                return true;
            }
        }
        return false;
    }

    /** counts[segment + 1][answer] (row 0: the Total) of respondents who answered both. */
    private static int[][] counts(Question question, Question by) {
        int[][] counts = new int[by.categoryCount() + 1][question.categoryCount()];
        for (int r = 0; r < sample.respondents(); r++) {
            int a = question.code(r);
            if (a < 0 || !inAny(by, r)) {
                continue;
            }
            counts[0][a]++;
            for (int c = 0; c < by.categoryCount(); c++) {
                if (in(by, c, r)) {
                    counts[c + 1][a]++;
                }
            }
        }
        return counts;
    }

    private static int sum(int[] row) {
        int s = 0;
        for (int v : row) {
            s += v;
        }
        return s;
    }

    @Test
    void topTwoBoxBarsOfWorryByJobFunctionAreTheShareOfTheTwoTopAnswers() {
        BandChartModel model = chart(q3, q1, ChartSettings.defaults().withKind(ChartKind.TOPBOX));
        assertEquals(BandChartModel.Layout.BARS, model.layout());
        int[][] counts = counts(q3, q1);
        assertEquals(q1.categoryCount() + 1, model.bars().size());
        for (int b = 0; b < model.bars().size(); b++) {
            Bar bar = model.bars().get(b);
            int base = sum(counts[b]);
            double top2 = 100.0 * (counts[b][0] + counts[b][1]) / base;
            assertEquals(base, bar.base(), bar.label());
            assertEquals(top2, bar.segments().get(0).value(), 1e-9, bar.label());
            assertEquals(String.format(Locale.ROOT, "%.1f", top2), bar.segments().get(0).valueText());
        }
        assertEquals("全体", model.bars().get(0).label());
        assertEquals("TOP2ボックス（とても悩んでいる＋悩んでいる）", model.legend().get(0).label());
    }

    @Test
    void topBoxMarksAreEachSegmentAgainstTheRestAtNinetyFivePercent() {
        BandChartModel model = chart(q3, q1, ChartSettings.defaults().withKind(ChartKind.TOPBOX));
        int[][] counts = counts(q3, q1);
        int totalBase = sum(counts[0]);
        int totalTop = counts[0][0] + counts[0][1];
        int marks = 0;
        for (int c = 1; c < model.bars().size(); c++) {
            int n1 = sum(counts[c]);
            int x1 = counts[c][0] + counts[c][1];
            // the rest: the Total's respondents outside the segment (Q1 is multi-response)
            int n2 = totalBase - n1;
            int x2 = totalTop - x1;
            double p = (double) (x1 + x2) / (n1 + n2);
            double z = ((double) x1 / n1 - (double) x2 / n2) / Math.sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2));
            String expected = n1 < 30 ? "" : z > 1.959964 ? "▲" : z < -1.959964 ? "▼" : "";
            Bar bar = model.bars().get(c);
            assertEquals(expected, bar.segments().get(0).mark(), bar.label() + " z=" + z);
            marks += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(marks >= 4, "the sample's job functions differ in worry: " + marks);
        assertEquals("", model.bars().get(0).segments().get(0).mark(), "the Total has no mark");
    }

    @Test
    void lowBaseMarksFollowTheUnweightedBase() {
        BandChartModel model = chart(q3, q1, ChartSettings.defaults().withKind(ChartKind.TOPBOX));
        for (Bar bar : model.bars()) {
            String expected = bar.base() < 30 ? "**" : bar.base() < 50 ? "*" : "";
            assertEquals(expected, bar.baseMark(), bar.label());
        }
        Bar other = model.bars().get(model.bars().size() - 1);
        assertEquals("その他", other.label());
        assertTrue(other.base() < 30);
        assertEquals("その他 (n=" + other.base() + ")**", other.fullLabel());
        assertTrue(model.notes().stream().anyMatch(n -> n.contains("参考値")), model.notes().toString());
        assertTrue(model.notes().stream().anyMatch(n -> n.startsWith("▲▼")), model.notes().toString());
    }

    @Test
    void bandSegmentsAreSharesOfEachBarsBaseAndSortingByAnAnswerOrdersTheSegments() {
        int[][] counts = counts(q2, q1);
        BandChartModel band = chart(q2, q1, ChartSettings.defaults());
        for (int b = 0; b < band.bars().size(); b++) {
            for (int a = 0; a < q2.categoryCount(); a++) {
                assertEquals(100.0 * counts[b][a] / sum(counts[b]), band.bars().get(b).segments().get(a).percent(),
                        1e-9);
            }
        }
        String answer = q2.categories().get(0);
        BandChartModel sorted = chart(q2, q1, ChartSettings.defaults().withSortBy(answer));
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < q1.categoryCount(); c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingDouble(c -> -(double) counts[c + 1][0] / sum(counts[c + 1])));
        List<String> expected = new ArrayList<>(List.of("全体"));
        order.forEach(c -> expected.add(q1.categories().get(c)));
        assertEquals(expected, sorted.bars().stream().map(Bar::label).toList());
        assertThrows(IllegalArgumentException.class, () -> chart(q2, q1, ChartSettings.defaults().withSortBy("x")));
    }

    @Test
    void stackedCountsAreRespondentCounts() {
        BandChartModel model = chart(q2, size, ChartSettings.defaults().withKind(ChartKind.COUNTS));
        int[][] counts = counts(q2, size);
        assertEquals(BandChartModel.Layout.STACKED, model.layout());
        assertTrue(!model.percent());
        for (int b = 0; b < model.bars().size(); b++) {
            for (int a = 0; a < q2.categoryCount(); a++) {
                assertEquals(counts[b][a], model.bars().get(b).segments().get(a).value(), 1e-9);
                assertEquals(String.valueOf(counts[b][a]), model.bars().get(b).segments().get(a).valueText());
            }
        }
        assertTrue(model.axisMax() >= sum(counts[0]) && model.axisMax() <= 2 * sum(counts[0]), "" + model.axisMax());
    }

    @Test
    void groupedBarsHaveAGroupPerAnswerAndABarPerSeries() {
        BandChartModel model = chart(q3, size, ChartSettings.defaults().withKind(ChartKind.GROUPED).withDecimals(2));
        int[][] counts = counts(q3, size);
        assertEquals(BandChartModel.Layout.GROUPED, model.layout());
        assertEquals(q3.categories(), model.groups().stream().map(BandChartModel.BarGroup::label).toList());
        for (int a = 0; a < q3.categoryCount(); a++) {
            List<GroupBar> bars = model.groups().get(a).bars();
            assertEquals(size.categoryCount() + 1, bars.size());
            for (int s = 0; s < bars.size(); s++) {
                double expected = 100.0 * counts[s][a] / sum(counts[s]);
                assertEquals(expected, bars.get(s).value(), 1e-9);
                assertEquals(String.format(Locale.ROOT, "%.2f", expected), bars.get(s).valueText());
            }
        }
    }

    @Test
    void lineChartFollowsTheOrderedAttributeAndRefusesAnUnorderedOne() {
        BandChartModel model = chart(q3, size, ChartSettings.defaults().withKind(ChartKind.LINE).withDecimals(0));
        int[][] counts = counts(q3, size);
        assertEquals(BandChartModel.Layout.LINE, model.layout());
        assertEquals(q3.categoryCount(), model.lines().size());
        for (int a = 0; a < q3.categoryCount(); a++) {
            LineSeries line = model.lines().get(a);
            for (int p = 0; p < size.categoryCount() + 1; p++) {
                double expected = 100.0 * counts[p][a] / sum(counts[p]);
                assertEquals(expected, line.values().get(p), 1e-9);
                assertEquals(String.valueOf(Math.round(expected)), line.valueTexts().get(p));
            }
        }
        assertEquals(size.categories(), model.bars().subList(1, model.bars().size()).stream().map(Bar::label).toList());
        Question industry = sample.find("業種").orElseThrow();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> chart(q3, industry, ChartSettings.defaults().withKind(ChartKind.LINE)));
        assertTrue(refused.getMessage().contains("業種"), refused.getMessage());
    }

    @Test
    void reportLanguageAndBaseNoteWithFilterAndWeight() {
        Question role = sample.find("役職").orElseThrow();
        Question weight = sample.find("ウェイト").orElseThrow();
        Filter filter = Filter.answer(role, "部長クラス", "課長クラス");
        Crosstab table = CrosstabEngine.compute(TableSpec.of(q2, q1).withFilter(filter)
                .withWeights(weight.numbers()).withOptions(CellOptions.defaults()));
        int n = 0;
        for (int r = 0; r < sample.respondents(); r++) {
            int code = role.code(r);
            boolean kept = code >= 0 && (role.categories().get(code).equals("部長クラス")
                    || role.categories().get(code).equals("課長クラス"));
            n += kept && q2.code(r) >= 0 && inAny(q1, r) ? 1 : 0;
        }
        // the window's language is Japanese, the report's English
        BandChartModel model = BandChartModel.from(table, ChartSettings.defaults().withLanguage(Locale.ENGLISH),
                new ChartBasis(filter, "ウェイト"), Locale.JAPANESE);
        assertEquals("Total", model.bars().get(0).label());
        assertEquals(String.format(Locale.ENGLISH, "Base: Total n=%,d · Filter: 役職 = 部長クラス, 課長クラス · "
                + "Weighted by ウェイト (n unweighted)", n), model.notes().get(0));
        assertEquals("by Q1 担当業務（複数回答） (weighted)", model.subtitle());
        BandChartModel ja = BandChartModel.from(table, ChartSettings.defaults(), new ChartBasis(filter, "ウェイト"),
                Locale.JAPANESE);
        assertEquals("全体", ja.bars().get(0).label());
        assertTrue(ja.notes().get(0).contains("絞り込み：役職＝部長クラス、課長クラス"), ja.notes().get(0));
    }
}
