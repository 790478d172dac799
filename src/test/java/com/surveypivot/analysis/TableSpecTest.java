package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** NETs, filters, banners, nesting, sorting and hiding on small tables worked by hand in the comments. */
class TableSpecTest {
    private static final double EPS = 1e-12;

    private static List<String> labels(Crosstab t) {
        return t.rows().stream().map(TableRow::label).toList();
    }

    private static TableRow row(Crosstab t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    /*
     * Multi-response Q (X, Y, Z), 5 respondents: r0 X+Y, r1 X, r2 Z, r3 Y+Z, r4 answered, ticked nothing.
     * NET "X or Y" = X|Y: r0, r1, r3 → 3 of 5 = 60% (r0 once, though it ticked both; the ticks alone would be 4).
     */
    @Test
    void userNetCountsEachRespondentOnce() {
        Question q = Question.multi("Q", "Q", List.of("X", "Y", "Z"), List.of("Q_1", "Q_2", "Q_3"),
                List.of(CrosstabEngineTest.set(5, 0, 1), CrosstabEngineTest.set(5, 0, 3), CrosstabEngineTest.set(5, 2, 3)),
                CrosstabEngineTest.set(5, 0, 1, 2, 3, 4));
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q).withNets(List.of(Net.parse("X or Y=X|Y"))));
        TableRow net = row(t, "X or Y");
        assertTrue(net.net());
        assertEquals(List.of("X", "Y"), net.members());
        assertEquals(3, net.count(0));
        assertEquals(60, net.percent(0), EPS);
        assertFalse(row(t, "X").net());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrosstabEngine.compute(TableSpec.of(q).withNets(List.of(Net.parse("N=X|W")))));
        assertTrue(e.getMessage().contains("W"));
        assertThrows(IllegalArgumentException.class, () -> Net.parse("no equals sign"));
    }

    /*
     * 5-point scale + "Don't know", 8 answers: Very good ×2, Good, Neither, Bad, Very bad ×2, Don't know.
     * Top 2 (Very good, Good) = 3/8 = 37.5%; Bottom 2 (Bad, Very bad) = 3/8 = 37.5%; "Don't know" in neither.
     */
    @Test
    void topAndBottomTwoForAFivePointScale() {
        Question q = Fixtures.scale("S", List.of("Very good", "Good", "Neither", "Bad", "Very bad", "Don't know"),
                0, 0, 1, 2, 3, 4, 4, 5);
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q));
        TableRow top = row(t, "Top 2 box");
        TableRow bottom = row(t, "Bottom 2 box");
        assertEquals(List.of("Very good", "Good"), top.members());
        assertEquals(List.of("Bad", "Very bad"), bottom.members());
        assertEquals(3, top.count(0));
        assertEquals(37.5, top.percent(0), EPS);
        assertEquals(37.5, bottom.percent(0), EPS);
        assertTrue(top.net() && bottom.net());
        assertEquals(8, t.rows().size(), "6 answers and 2 boxes");
        assertFalse(CrosstabEngine.compute(TableSpec.of(q).withOptions(CellOptions.defaults().withAutoNets(false)))
                .rows().stream().anyMatch(TableRow::net));
    }

    /* 7 points, one answer each: Top 3 = points 1–3 = 3/7; Bottom 3 = points 5–7. */
    @Test
    void topAndBottomThreeForASevenPointScale() {
        Question q = Fixtures.scale("S", List.of("7", "6", "5", "4", "3", "2", "1"), 0, 1, 2, 3, 4, 5, 6);
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q));
        assertEquals(List.of("7", "6", "5"), row(t, "Top 3 box").members());
        assertEquals(List.of("3", "2", "1"), row(t, "Bottom 3 box").members());
        assertEquals(300.0 / 7, row(t, "Top 3 box").percent(0), EPS);
    }

    /*
     * 0–10 scale (top end first: "10" … "0"), 10 answers: 10, 9, 9, 8, 7, 6, 3, 10, 10, 5.
     * Promoters (9–10): 10, 9, 9, 10, 10 = 5 (50%); passives (7–8): 8, 7 = 2 (20%); detractors (0–6): 6, 3, 5 = 3
     * (30%). NPS = 50 − 30 = 20.
     */
    @Test
    void netPromoterScore() {
        List<String> cats = List.of("10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "0");
        Question q = Fixtures.scale("R", cats, 0, 1, 1, 2, 3, 4, 7, 0, 0, 5);
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q));
        assertEquals(50, row(t, "Promoters (9–10)").percent(0), EPS);
        assertEquals(20, row(t, "Passives (7–8)").percent(0), EPS);
        assertEquals(30, row(t, "Detractors (0–6)").percent(0), EPS);
        assertEquals(20, row(t, "NPS").percent(0), EPS);
        // mean of the 0–10 scores: (10+9+9+8+7+6+3+10+10+5)/10 = 77/10
        assertEquals(7.7, t.total().mean().mean(), EPS);
    }

    /*
     * Filters. 6 respondents:
     *   r   Q    Sex  Year(number)  Region (multi)
     *   0   Yes  M    2014          North
     *   1   No   F    2015          North, South
     *   2   Yes  F    2014          South
     *   3   No   M    2016          -
     *   4   Yes  F    -             North
     *   5   No   -    2015          South
     * "Year=2014" → r0, r2 (the number 2014 matches the label "2014" and the value 2014.0)
     * Year=2014|2016 and Sex=M → r0, r3 ∩ ... = {0, 2, 3} ∩ {0, 3} = {0, 3}
     * or(Sex=F, Region=South) = {1, 2, 4} ∪ {1, 2, 5} = {1, 2, 4, 5};  not(Sex=M) = {1, 2, 4, 5} (r5 has no Sex).
     * Q × Sex filtered by Region=North (r0, r1, r4): Total 3 = Yes 2 (r0, r4), No 1.
     */
    @Test
    void filtersMatchLabelsAsDisplayed() {
        Question q = Fixtures.single("Q", List.of("Yes", "No"), 0, 1, 0, 1, 0, 1);
        Question sex = Fixtures.single("Sex", List.of("M", "F"), 0, 1, 1, 0, 1, -1);
        double[] years = {2014, 2015, 2014, 2016, Double.NaN, 2015};
        Question year = Question.number("Year", "Year", "Year", years, List.of("2014", "2015", "2016"),
                new int[] {0, 1, 0, 2, -1, 1});
        Question region = Question.multi("Region", "Region", List.of("North", "South"), List.of("R1", "R2"),
                List.of(CrosstabEngineTest.set(6, 0, 1, 4), CrosstabEngineTest.set(6, 1, 2, 5)),
                CrosstabEngineTest.set(6, 0, 1, 2, 4, 5));
        java.util.function.Function<String, Optional<Question>> lookup = key -> List.of(q, sex, year, region)
                .stream().filter(x -> x.id().equals(key)).findFirst();
        assertEquals(CrosstabEngineTest.set(6, 0, 2), Filter.parse("Year=2014", lookup).select(6));
        assertEquals(CrosstabEngineTest.set(6, 0, 2), Filter.parse("Year=2014.0", lookup).select(6));
        assertEquals(CrosstabEngineTest.set(6, 0, 3), Filter.and(Filter.parse("Year=2014|2016", lookup),
                Filter.parse("Sex=M", lookup)).select(6));
        assertEquals(CrosstabEngineTest.set(6, 1, 2, 4, 5), Filter.or(Filter.answer(sex, "F"),
                Filter.answer(region, "South")).select(6));
        assertEquals(CrosstabEngineTest.set(6, 1, 2, 4, 5), Filter.not(Filter.answer(sex, "M")).select(6));
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q).withFilter(Filter.parse("Region=North", lookup)));
        assertEquals(3, t.total().unweightedBase());
        assertArrayEquals(new double[] {2}, t.rows().get(0).counts());
        assertThrows(IllegalArgumentException.class, () -> Filter.parse("Year=1999", lookup));
        assertThrows(IllegalArgumentException.class, () -> Filter.parse("Nope=1", lookup));
        assertThrows(IllegalArgumentException.class, () -> Filter.parse("Year", lookup));
    }

    /*
     * Banner of two attributes side by side:
     *   r  Q    Sex  Age
     *   0  Yes  M    Young
     *   1  Yes  F    Old
     *   2  No   M    Old
     *   3  No   F    -
     *   4  Yes  -    Young
     *   5  -    M    Young
     * Total: answered Q and at least one attribute = r0..r4 → 5: Yes 3, No 2.
     * Sex group (answered Q and Sex: r0..r3, 4): M {0,2} Yes 1 No 1; F {1,3} Yes 1 No 1.
     * Age group (r0, r1, r2, r4, 4): Young {0,4} Yes 2 No 0; Old {1,2} Yes 1 No 1.
     * Columns Total, M, F, Young, Old; letters A B within Sex, A B within Age.
     * Sex chi-square [[1,1],[1,1]] = 0; Age [[2,1],[0,1]]: n 4, rows 3, 1, columns 2, 2, E 1.5 1.5 / .5 .5, |O−E| = .5:
     *   X² = .25/1.5·2 + .25/.5·2 = 1/3 + 1 = 4/3.
     */
    @Test
    void bannerOfTwoAttributes() {
        Question q = Fixtures.single("Q", List.of("Yes", "No"), 0, 0, 1, 1, 0, -1);
        Question sex = Fixtures.single("Sex", List.of("M", "F"), 0, 1, 0, 1, -1, 0);
        Question age = Fixtures.single("Age", List.of("Young", "Old"), 0, 1, 1, -1, 0, 0);
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q, sex, age));
        assertEquals(List.of("Total", "M", "F", "Young", "Old"), t.columns().stream().map(TableColumn::label).toList());
        assertArrayEquals(new double[] {5, 2, 2, 2, 2}, t.columns().stream().mapToDouble(TableColumn::base).toArray());
        assertArrayEquals(new double[] {3, 1, 1, 2, 1}, t.rows().get(0).counts());
        assertArrayEquals(new double[] {2, 1, 1, 0, 1}, t.rows().get(1).counts());
        assertEquals(java.util.Arrays.asList(null, "Sex", "Sex", "Age", "Age"),
                t.columns().stream().map(TableColumn::group).toList());
        assertEquals(java.util.Arrays.asList(null, "A", "B", "A", "B"),
                t.columns().stream().map(TableColumn::letter).toList());
        assertEquals(2, t.groups().size());
        assertEquals(0, t.groups().get(0).chiSquare().statistic(), EPS);
        assertEquals(4.0 / 3, t.groups().get(1).chiSquare().statistic(), EPS);
        assertEquals(4, t.groups().get(1).base());
        assertNull(t.chiSquare(), "several groups: the table has no single chi-square");
    }

    /*
     * Nesting Job (Sales, IT) within Size (Small, Large):
     *   r  Q    Size   Job
     *   0  Yes  Small  Sales
     *   1  No   Small  IT
     *   2  Yes  Large  Sales
     *   3  Yes  Large  Sales
     *   4  No   Large  IT
     *   5  No   Small  Sales
     * Groups Small: Sales {0,5} Yes 1 No 1, IT {1} No 1; Large: Sales {2,3} Yes 2, IT {4} No 1.
     * Small's chi-square [[1,0],[1,1]]: n 3, rows 1, 2, columns 2, 1; E .6667 .3333 / 1.3333 .6667; |O−E| = 1/3:
     *   X² = (1/9)(1.5 + 3 + .75 + 1.5) = 0.75.
     */
    @Test
    void nestedBanner() {
        Question q = Fixtures.single("Q", List.of("Yes", "No"), 0, 1, 0, 0, 1, 1);
        Question size = Fixtures.single("Size", List.of("Small", "Large"), 0, 0, 1, 1, 1, 0);
        Question job = Fixtures.single("Job", List.of("Sales", "IT"), 0, 1, 0, 0, 1, 0);
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q, size).withNest(job));
        assertEquals(List.of("Total", "Sales", "IT", "Sales", "IT"), t.columns().stream().map(TableColumn::label).toList());
        assertEquals(java.util.Arrays.asList(null, "Small", "Small", "Large", "Large"),
                t.columns().stream().map(TableColumn::group).toList());
        assertArrayEquals(new double[] {3, 1, 0, 2, 0}, t.rows().get(0).counts());
        assertArrayEquals(new double[] {6, 2, 1, 2, 1}, t.columns().stream().mapToDouble(TableColumn::base).toArray());
        assertEquals(0.75, t.groups().get(0).chiSquare().statistic(), EPS);
        assertEquals(size, t.groups().get(0).outer());
        assertEquals(job, t.groups().get(0).attribute());
    }

    /* Sorting by Total: Red 1, Green 3, Blue 2, Don't know 4 → Green, Blue, Red, then "Don't know" stays last. */
    @Test
    void sortByTotalKeepsDontKnowLast() {
        Question q = Fixtures.single("Q", List.of("Red", "Green", "Blue", "Don't know"), 0, 1, 1, 1, 2, 2, 3, 3, 3, 3);
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q)
                .withOptions(CellOptions.defaults().withSort(CellOptions.Sort.TOTAL)));
        assertEquals(List.of("Green", "Blue", "Red", "Don't know"), labels(t));
    }

    /*
     * Sorting columns by top box: 5-point scale × A/B/C, 5 answers each; top-2 answers A 1 (20%), B 3 (60%),
     * C 2 (40%) → columns B, C, A, lettered A, B, C in that order.
     */
    @Test
    void sortColumnsByTopBox() {
        Question[] qg = Fixtures.crossed(QuestionType.SCALE, List.of("5", "4", "3", "2", "1"), List.of("A", "B", "C"),
                new int[][] {{1, 2, 1}, {0, 1, 1}, {4, 2, 3}, {0, 0, 0}, {0, 0, 0}});
        Crosstab t = CrosstabEngine.compute(TableSpec.of(qg[0], qg[1])
                .withOptions(CellOptions.defaults().withSort(CellOptions.Sort.TOP_BOX)));
        assertEquals(List.of("Total", "B", "C", "A"), t.columns().stream().map(TableColumn::label).toList());
        assertEquals(List.of("A", "B", "C"), t.segments().stream().map(TableColumn::letter).toList());
        assertArrayEquals(new double[] {40, 60, 40, 20}, row(t, "Top 2 box").percents(), EPS);
    }

    /*
     * Hiding: Q (Red, Green, Pink) × G (N, S, E); nobody answered Pink or is in E.
     *   r0 Red N, r1 Green S, r2 Red S.
     * Default: rows Red, Green; columns Total, N, S. Shown: Pink row of zeros (0%), E column base 0 with NaN %.
     */
    @Test
    void hideOrShowEmptyRowsAndColumns() {
        Question q = Fixtures.single("Q", List.of("Red", "Green", "Pink"), 0, 1, 0);
        Question g = Fixtures.single("G", List.of("N", "S", "E"), 0, 1, 1);
        Crosstab hidden = CrosstabEngine.compute(TableSpec.of(q, g));
        assertEquals(List.of("Red", "Green"), labels(hidden));
        assertEquals(3, hidden.columns().size());
        Crosstab shown = CrosstabEngine.compute(TableSpec.of(q, g)
                .withOptions(CellOptions.defaults().withHideEmpty(false, false)));
        assertEquals(List.of("Red", "Green", "Pink"), labels(shown));
        assertEquals(List.of("Total", "N", "S", "E"), shown.columns().stream().map(TableColumn::label).toList());
        assertArrayEquals(new double[] {0, 0, 0, 0}, row(shown, "Pink").counts());
        assertEquals(0, row(shown, "Pink").percent(0), EPS);
        assertTrue(Double.isNaN(row(shown, "Red").percent(3)));
    }

    /* A multi-response attribute: overlapping columns, no chi-square, and vs-rest within the group's respondents. */
    @Test
    void multiResponseBannerHasNoChiSquare() {
        Question[] qb = CrosstabEngineTest.overlapping();
        Crosstab t = CrosstabEngine.compute(TableSpec.of(qb[0], qb[1]));
        Crosstab foundation = CrosstabEngine.crosstab(qb[0], qb[1]);
        assertNull(t.chiSquare());
        for (int r = 0; r < foundation.rows().size(); r++) {
            assertArrayEquals(foundation.rows().get(r).counts(), t.rows().get(r).counts());
        }
        // Sales {0,1,4}: Yes 2 of 3; rest of the Total {2,3}: Yes 1 of 2 → z as R's prop.test(c(2,1), c(3,2)):
        // pooled 3/5, se = √(.6·.4·(1/3 + 1/2)) = √0.2 = 0.4472136, z = (2/3 − 1/2)/0.4472136 = 0.372678
        assertEquals((2.0 / 3 - 0.5) / Math.sqrt(0.2), t.rows().get(0).residual(1), 1e-12);
    }

    /*
     * The weighted one-pass path with a multi-response attribute (CrosstabEngineTest.overlapping), weights r0..r7 =
     * 1..8. Table r0..r4: Total Yes r0+r1+r3 = 1+2+4 = 7, No r2+r4 = 3+5 = 8, base 15.
     *   Sales {0,1,4}: Yes 1+2 = 3, No 5, base 1+2+5 = 8, Σw² 1+4+25 = 30, effective 64/30 = 2.1333.
     *   Marketing {0,2,4}: Yes 1, No 8, base 9.   IT {2,3,4}: Yes 4, No 8, base 12.
     * User NET "Any" = Yes|No: every respondent once → the base in every column.
     */
    @Test
    void weightedMultiResponseBanner() {
        Question[] qb = CrosstabEngineTest.overlapping();
        double[] w = {1, 2, 3, 4, 5, 6, 7, 8};
        Crosstab t = CrosstabEngine.compute(TableSpec.of(qb[0], qb[1]).withWeights(w)
                .withNets(List.of(Net.parse("Any=Yes|No"))));
        assertArrayEquals(new double[] {7, 3, 1, 4}, row(t, "Yes").counts(), EPS);
        assertArrayEquals(new double[] {8, 5, 8, 8}, row(t, "No").counts(), EPS);
        assertArrayEquals(new double[] {15, 8, 9, 12}, row(t, "Any").counts(), EPS);
        assertArrayEquals(new double[] {15, 8, 9, 12}, t.columns().stream().mapToDouble(TableColumn::base).toArray(), EPS);
        assertEquals(64.0 / 30, t.columns().get(1).effectiveBase(), EPS);
    }

    /* Nesting with constant weights 2: every count and base of nestedBanner doubles; effective bases stay. */
    @Test
    void weightedNestedBanner() {
        Question q = Fixtures.single("Q", List.of("Yes", "No"), 0, 1, 0, 0, 1, 1);
        Question size = Fixtures.single("Size", List.of("Small", "Large"), 0, 0, 1, 1, 1, 0);
        Question job = Fixtures.single("Job", List.of("Sales", "IT"), 0, 1, 0, 0, 1, 0);
        double[] w = {2, 2, 2, 2, 2, 2};
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q, size).withNest(job).withWeights(w));
        assertArrayEquals(new double[] {6, 2, 0, 4, 0}, t.rows().get(0).counts(), EPS);
        assertArrayEquals(new double[] {12, 4, 2, 4, 2}, t.columns().stream().mapToDouble(TableColumn::base).toArray(), EPS);
        assertArrayEquals(new double[] {6, 2, 1, 2, 1},
                t.columns().stream().mapToDouble(TableColumn::effectiveBase).toArray(), 1e-9);
        assertEquals(0.75, t.groups().get(0).chiSquare().statistic(), 1e-9);
    }
}
