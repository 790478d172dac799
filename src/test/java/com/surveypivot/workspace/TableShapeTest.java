package com.surveypivot.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The source report's third view on the bundled sample: Q4 (problem pairs, up to two) by four chosen job functions
 * (Q1, several per respondent) with the three marketing-and-sales pairs as one NET. Every figure is counted again
 * here with a plain loop over the respondents.
 */
class TableShapeTest {
    static final List<String> FOUR = List.of("広告宣伝・販促", "営業・営業企画", "カスタマーサービス", "経営企画・事業戦略");
    static final List<String> MARKETING_SALES = List.of("商品・サービス企画と営業", "広告宣伝・販促と営業",
            "BtoBリード獲得・ナーチャリングと営業");
    static Survey sample;
    static Question q1;
    static Question q4;

    @BeforeAll
    static void read() throws Exception {
        sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        q1 = sample.find("Q1").orElseThrow();
        q4 = sample.find("Q4").orElseThrow();
    }

    private static Crosstab shown(PivotState state) {
        return TableShape.shape(CrosstabEngine.compute(PivotSpecs.spec(sample, state).orElseThrow()), state);
    }

    /** % of respondents in {@code who} (who answered Q4 and ticked a Q1 option) who ticked any of {@code pairs}. */
    private static double[] share(IntPredicate who, List<String> pairs) {
        int base = 0;
        int hits = 0;
        for (int r = 0; r < sample.respondents(); r++) {
            boolean anyFunction = false;
            for (int c = 0; c < q1.categoryCount(); c++) {
                anyFunction |= q1.members(c).contains(r);
            }
            if (!anyFunction || !q4.answered().contains(r) || !who.test(r)) {
                continue;
            }
            base++;
            boolean hit = false;
            for (String p : pairs) {
                hit |= q4.members(q4.indexOf(p)).contains(r);
            }
            hits += hit ? 1 : 0;
        }
        return new double[] {100.0 * hits / base, base};
    }

    private static IntPredicate ticked(String function) {
        return r -> q1.members(q1.indexOf(function)).contains(r);
    }

    @Test
    void fourChosenFunctionsWithTheMarketingAndSalesNet() {
        PivotState state = PivotState.of("Q4", "Q1").withSegments(FOUR);
        state = new PivotCommand.AddNet("Q4", new NetDefinition("マーケ・営業間 NET", MARKETING_SALES,
                NetDefinition.Placement.ABOVE, false)).apply(state);
        Crosstab table = shown(state);

        List<String> columns = table.columns().stream().map(TableColumn::label).toList();
        assertEquals(5, columns.size(), columns.toString());
        assertEquals(FOUR, columns.subList(1, 5), "the chosen functions in the chosen order");
        // the Total stays everyone in the table: segments hide bars, they do not filter
        assertEquals(share(r -> true, MARKETING_SALES)[1], table.total().unweightedBase());

        List<String> rows = table.rows().stream().map(TableRow::label).toList();
        int net = rows.indexOf("マーケ・営業間 NET");
        assertEquals(2, net, "above its first member, after the two pairs before it: " + rows);
        MARKETING_SALES.forEach(m -> assertFalse(rows.contains(m), "the NET shows instead of " + m));
        for (int c = 0; c < 5; c++) {
            IntPredicate who = c == 0 ? r -> true : ticked(FOUR.get(c - 1));
            double[] expected = share(who, MARKETING_SALES);
            assertEquals(expected[1], table.columns().get(c).unweightedBase(), columns.get(c));
            assertEquals(expected[0], table.rows().get(net).percent(c), 1e-9, columns.get(c));
            double[] management = share(who, List.of("経営企画・事業戦略系と現場（マーケティングや営業）"));
            assertEquals(management[0], table.rows().get(0).percent(c), 1e-9, columns.get(c));
        }
        // the chart of a multi-response question draws the NET with the pairs
        Crosstab charted = TableShape.chartRows(table, state);
        assertTrue(charted.rows().stream().anyMatch(r -> r.label().equals("マーケ・営業間 NET")));
    }

    @Test
    void netBelowItsMembersKeepsThemAndHiddenAnswersGo() {
        PivotState state = PivotState.of("Q4", "Q1");
        state = new PivotCommand.AddNet("Q4", new NetDefinition("NET", MARKETING_SALES,
                NetDefinition.Placement.BELOW, true)).apply(state);
        state = new PivotCommand.SetHidden("Q4", List.of("その他"), true).apply(state);
        state = new PivotCommand.SetAnswerOrder("Q4", List.of("システム部門と現場")).apply(state);
        List<String> rows = shown(state).rows().stream().map(TableRow::label).toList();
        assertEquals("システム部門と現場", rows.get(0));
        assertFalse(rows.contains("その他"));
        int net = rows.indexOf("NET");
        assertEquals(MARKETING_SALES, rows.subList(net - 3, net), "the members right above the NET");
    }

    @Test
    void aSingleChoiceNetBesideItsMembersIsTheGridsNotTheBarsAndLettersOfHiddenColumnsGo() {
        Question q2 = sample.find("Q2").orElseThrow();
        PivotState state = PivotState.of("Q2", "業種").withSegments(List.of("サービス", "製造"));
        state = new PivotCommand.AddNet("Q2", new NetDefinition("連携できていない", List.of(q2.categories().get(2),
                q2.categories().get(3)), NetDefinition.Placement.BELOW, true)).apply(state);
        Crosstab full = CrosstabEngine.compute(PivotSpecs.spec(sample, state).orElseThrow());
        Crosstab table = TableShape.shape(full, state);
        assertEquals(List.of("サービス", "製造"), table.segments().stream().map(TableColumn::label).toList());
        String shownLetters = table.columns().get(1).letter() + table.columns().get(2).letter();
        for (TableRow row : table.rows()) {
            for (int c = 1; c < 3; c++) {
                for (char ch : row.letter(c).toCharArray()) {
                    assertTrue(shownLetters.indexOf(Character.toUpperCase(ch)) >= 0, row.label() + ": " + row.letter(c));
                }
                int fullColumn = full.columns().stream().map(TableColumn::label).toList()
                        .indexOf(table.columns().get(c).label());
                assertEquals(full.rows().stream().filter(r -> r.label().equals(row.label())).findFirst()
                        .orElseThrow().percent(fullColumn), row.percent(c), 1e-12);
            }
        }
        Crosstab charted = TableShape.chartRows(table, state);
        assertFalse(charted.rows().stream().anyMatch(TableRow::net), "a stacked bar would count the NET twice");
    }

    @Test
    void segmentsOfANestedBannerPickTheOuterGroups() {
        PivotState state = new PivotCommand.NestBreakdown("従業員規模", "Q1").apply(PivotState.of("Q2", null))
                .withSegments(List.of("営業・営業企画", "広告宣伝・販促"));
        Crosstab table = shown(state);
        assertEquals(List.of("営業・営業企画", "広告宣伝・販促"), table.groups().stream().map(g -> g.name()).toList());
        assertEquals(1 + 2 * 4, table.columns().size(), "Total, then four sizes in each of the two functions");
        assertEquals(1, table.groups().get(0).from());
        assertEquals(5, table.groups().get(1).from());
    }
}
