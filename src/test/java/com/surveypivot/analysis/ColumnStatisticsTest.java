package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Residuals, column letters, segment-vs-rest tests, weights and means on tables worked by hand. Square roots and
 * normal tail areas in the comments were evaluated with a calculator (Python's math.sqrt / math.erfc), not with
 * the engine.
 */
class ColumnStatisticsTest {
    private static final double EPS = 1e-9;

    /*
     * Q Yes/No × G A/B/C, 40 respondents per column:
     *          A    B    C  | Total
     *   Yes   30   20   10  |  60
     *   No    10   20   30  |  60
     *   n     40   40   40  | 120
     * Expected counts all 20 → X² = 4·(10²/20) + 2·0 = 20, df 2, p = e^(−20/2) = e^−10 = 4.5399929762484854e-05.
     * Adjusted residual Yes/A = (30 − 20)/√(20·(1 − 60/120)·(1 − 40/120)) = 10/√(20·0.5·2/3) = 10/√6.6667
     *   = 3.872983346207417; Yes/B = 0; Yes/C = −3.872983346207417; No row: the opposite signs.
     * Column vs rest (A 30/40 against B∪C 30/80) is the same z: pooled .5, se = √(.25·(1/40 + 1/80)) = 0.0968246,
     *   z = (.75 − .375)/.0968246 = 3.872983346207417; p = erfc(z/√2) = 1.0751117672950056e-04.
     * Letters (pooled z, two-sided): A vs B: pooled 50/80 = .625, se = √(.625·.375·(2/40)) = 0.1082532,
     *   z = .25/.1082532 = 2.3094010767585034, p = 0.020921335337794028 → 5% but not 1%: lower case.
     *   A vs C: pooled .5, se = √(.25·2/40) = 0.1118034, z = 4.47213595499958, p = 7.744216431044096e-06 → upper.
     *   B vs C: as A vs B → lower case.
     *   Yes row: A "bC", B "c", C "".   No row (mirror): A "", B "a", C "Ab".
     * Bonferroni (3 comparisons): .0209·3 = .0628 > .05 → gone; 7.74e-6·3 < .01 → stays. Yes: A "C"; No: C "A".
     */
    static Question[] threeColumns() {
        return Fixtures.crossed(QuestionType.SINGLE, List.of("Yes", "No"), List.of("A", "B", "C"),
                new int[][] {{30, 20, 10}, {10, 20, 30}});
    }

    @Test
    void residualsChiSquareAndLetters() {
        Question[] qg = threeColumns();
        Crosstab t = CrosstabEngine.compute(TableSpec.of(qg[0], qg[1]));
        assertEquals(20, t.chiSquare().statistic(), EPS);
        assertEquals(2, t.chiSquare().df());
        assertEquals(4.5399929762484854e-05, t.chiSquare().pValue(), 1e-15);
        TableRow yes = t.rows().get(0);
        TableRow no = t.rows().get(1);
        double r = 3.872983346207417;
        assertArrayEquals(new double[] {r, 0, -r}, Arrays.copyOfRange(yes.residuals(), 1, 4), EPS);
        assertArrayEquals(new double[] {-r, 0, r}, Arrays.copyOfRange(no.residuals(), 1, 4), EPS);
        assertTrue(Double.isNaN(yes.residual(0)), "no residual for the Total");
        assertEquals(1.0751117672950056e-04, yes.vsRest()[1], 1e-12);
        assertEquals(1.0, yes.vsRest()[2], EPS);
        assertArrayEquals(new String[] {"", "bC", "c", ""}, yes.letters());
        assertArrayEquals(new String[] {"", "", "a", "Ab"}, no.letters());
        assertEquals(List.of("A", "B", "C"), t.segments().stream().map(TableColumn::letter).toList());
        assertEquals(1, t.residualMark(0, 1));
        assertEquals(0, t.residualMark(0, 2));
        assertEquals(-1, t.residualMark(0, 3));
        assertEquals(1, t.groups().size());
        assertEquals("G", t.groups().get(0).name());
        assertEquals("G", t.columns().get(1).group());
        assertEquals(40, t.columns().get(1).effectiveBase(), EPS);
        assertTrue(t.smallBase(1), "40 < 50 is a small base");
    }

    @Test
    void bonferroniKeepsOnlyTheStrongDifference() {
        Question[] qg = threeColumns();
        Crosstab t = CrosstabEngine.compute(TableSpec.of(qg[0], qg[1])
                .withOptions(CellOptions.defaults().withBonferroni(true)));
        assertArrayEquals(new String[] {"", "C", "", ""}, t.rows().get(0).letters());
        assertArrayEquals(new String[] {"", "", "", "A"}, t.rows().get(1).letters());
    }

    /* The same table with a minimum base of 41: every column (40) is under it → no letters, no marks, statistics kept. */
    @Test
    void noLettersOrMarksUnderTheMinimumBase() {
        Question[] qg = threeColumns();
        Crosstab t = CrosstabEngine.compute(TableSpec.of(qg[0], qg[1])
                .withOptions(CellOptions.defaults().withMinBase(41)));
        assertArrayEquals(new String[] {"", "", "", ""}, t.rows().get(0).letters());
        assertEquals(0, t.residualMark(0, 1));
        assertEquals(3.872983346207417, t.rows().get(0).residual(1), EPS);
        assertEquals(20, t.chiSquare().statistic(), EPS);
    }

    /*
     * A column of 20 (under 30) next to two of 40: the small column gives and gets no letters; A vs B keeps its.
     *          A    B    C
     *   Yes   30   20    2
     *   No    10   20   18
     * A vs B: z 2.3094 (above) → Yes: A "b"; C (n 20) takes no part even though 10% is far below.
     */
    @Test
    void smallColumnTakesNoPartInLetters() {
        Question[] qg = Fixtures.crossed(QuestionType.SINGLE, List.of("Yes", "No"), List.of("A", "B", "C"),
                new int[][] {{30, 20, 2}, {10, 20, 18}});
        Crosstab t = CrosstabEngine.compute(TableSpec.of(qg[0], qg[1]));
        assertArrayEquals(new String[] {"", "b", "", ""}, t.rows().get(0).letters());
        assertArrayEquals(new String[] {"", "", "a", ""}, t.rows().get(1).letters());
    }

    /*
     * Weights, Yes/No × A/B:
     *   A: r0 Yes w2, r1 Yes w1, r2 No w1, r3 No w1 → Σw 5, Σw² 4+1+1+1 = 7, effective 25/7 = 3.5714286; Yes 3 (60%)
     *   B: r4 Yes w1, r5 No w1, r6 No w2, r7 No w2 → Σw 6, Σw² 1+1+4+4 = 10, effective 36/10 = 3.6; Yes 1 (16.67%)
     *   Total Σw 11, Σw² 17, effective 121/17 = 7.117647058823529.
     * A vs rest (= B): pooled (.6·3.5714 + .16667·3.6)/7.1714 = 0.3824701, se = √(.38247·.61753·(1/3.5714 + 1/3.6))
     *   → z = 1.1938884469061228, p = 0.23252160734359106.
     * Chi-square on counts × (121/17)/11 = 11/17: [[33/17, 11/17], [22/17, 55/17]], n 121/17:
     *   X² = 1.4320028011204478, df 1, p = erfc(√X²/√2) = 0.2314378582264911.
     */
    @Test
    void weightedTestsUseKishEffectiveBases() {
        Question q = Fixtures.single("Q", List.of("Yes", "No"), 0, 0, 1, 1, 0, 1, 1, 1);
        Question g = Fixtures.single("G", List.of("A", "B"), 0, 0, 0, 0, 1, 1, 1, 1);
        double[] w = {2, 1, 1, 1, 1, 1, 2, 2};
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q, g).withWeights(w));
        assertTrue(t.weighted());
        assertArrayEquals(new double[] {11, 5, 6}, t.columns().stream().mapToDouble(TableColumn::weightedBase).toArray(), EPS);
        assertArrayEquals(new double[] {121.0 / 17, 25.0 / 7, 3.6},
                t.columns().stream().mapToDouble(TableColumn::effectiveBase).toArray(), EPS);
        assertArrayEquals(new int[] {8, 4, 4}, t.columns().stream().mapToInt(TableColumn::unweightedBase).toArray());
        assertArrayEquals(new double[] {4, 3, 1}, t.rows().get(0).counts(), EPS);
        assertArrayEquals(new double[] {400.0 / 11, 60, 100.0 / 6}, t.rows().get(0).percents(), EPS);
        assertEquals(1.1938884469061228, t.rows().get(0).residual(1), EPS);
        assertEquals(0.23252160734359106, t.rows().get(0).vsRest()[1], EPS);
        assertEquals(-1.1938884469061228, t.rows().get(0).residual(2), EPS);
        assertEquals(1.4320028011204478, t.chiSquare().statistic(), EPS);
        assertEquals(0.2314378582264911, t.chiSquare().pValue(), EPS);
        assertEquals(121.0 / 17, t.chiSquare().n(), EPS);
    }

    /* Constant weights change nothing but the counts: effective bases are the unweighted ones (2²n²/(4n) = n). */
    @Test
    void constantWeightsGiveTheUnweightedTests() {
        Question[] qg = threeColumns();
        double[] w = new double[120];
        Arrays.fill(w, 2.5);
        Crosstab t = CrosstabEngine.compute(TableSpec.of(qg[0], qg[1]).withWeights(w));
        assertEquals(300, t.total().base(), EPS);
        assertEquals(120, t.total().effectiveBase(), 1e-9);
        assertEquals(20, t.chiSquare().statistic(), 1e-9);
        assertArrayEquals(new String[] {"", "bC", "c", ""}, t.rows().get(0).letters());
        assertEquals(3.872983346207417, t.rows().get(0).residual(1), 1e-9);
    }

    /*
     * Means of a 5-point scale (scores 5..1 top end first, "Don't know" left out), one column of 6:
     *   answers Very good, Very good, Good, Neither, Very bad, Don't know → scores 5, 5, 4, 3, 1
     *   mean 18/5 = 3.6; deviations 1.4 1.4 .4 −.6 −2.6, squares 1.96+1.96+.16+.36+6.76 = 11.2; sd = √(11.2/4) = √2.8
     *   = 1.6733200530681511, n 5.
     * Edited scores Very good 10, Good 8, Neither 5, Bad 2, Very bad 0: (10+10+8+5+0)/5 = 33/5 = 6.6.
     */
    @Test
    void scaleMeansExcludeDontKnowAndTakeEditedScores() {
        List<String> cats = List.of("Very good", "Good", "Neither", "Bad", "Very bad", "Don't know");
        Question q = Fixtures.scale("S", cats, 0, 0, 1, 2, 4, 5);
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q));
        MeanScore m = t.total().mean();
        assertEquals(3.6, m.mean(), EPS);
        assertEquals(Math.sqrt(2.8), m.sd(), EPS);
        assertEquals(5, m.n());
        Crosstab edited = CrosstabEngine.compute(TableSpec.of(q).withOptions(CellOptions.defaults().withScores(
                Map.of("Very good", 10.0, "Good", 8.0, "Neither", 5.0, "Bad", 2.0, "Very bad", 0.0))));
        assertEquals(6.6, edited.total().mean().mean(), EPS);
    }

    /*
     * Number question: values 2, 4, 4, 4, 5, 5, 7, 9 (and one blank) → mean 40/8 = 5, Σ(x−5)² = 9+1+1+1+0+0+4+16
     * = 32, sd = √(32/7) = 2.138089935299395.
     */
    @Test
    void numberMeans() {
        double[] values = {2, 4, 4, 4, 5, 5, 7, 9, Double.NaN};
        int[] codes = {0, 1, 1, 1, 2, 2, 3, 4, -1};
        Question q = Question.number("N", "N", "N", values, List.of("2", "4", "5", "7", "9"), codes);
        Crosstab t = CrosstabEngine.compute(TableSpec.of(q));
        assertEquals(5, t.total().mean().mean(), EPS);
        assertEquals(2.138089935299395, t.total().mean().sd(), EPS);
        assertEquals(8, t.total().mean().n());
    }

    /*
     * t-test of means, 5-point scale (scores 5..1), columns of 40:
     *   A: 20 × "5" and 20 × "3" → mean 4, s² = 40/39;  B: 20 × "4" and 20 × "2" → mean 3, s² = 40/39
     *   pooled s² = 40/39, se = √(40/39 · 2/40) = 0.2264554, t = 4.41588, df 78; two-sided p (scipy
     *   stats.t.sf(4.415880433163923, 78)·2) = 3.198496165038833e-05 < .01 → A's mean gets "B"; B gets "".
     */
    @Test
    void meanLettersFromTTests() {
        List<String> cats = List.of("5", "4", "3", "2", "1");
        int[] q = Fixtures.repeat(0, 20, 2, 20, 1, 20, 3, 20);
        int[] g = Fixtures.repeat(0, 40, 1, 40);
        Question scale = Fixtures.scale("S", List.of("Top", "Good", "Mid", "Low", "Bottom"), q);
        Question by = Fixtures.single("G", List.of("A", "B"), g);
        Crosstab t = CrosstabEngine.compute(TableSpec.of(scale, by));
        assertEquals(4, t.columns().get(1).mean().mean(), EPS);
        assertEquals(Math.sqrt(40.0 / 39), t.columns().get(1).mean().sd(), EPS);
        assertEquals("B", t.columns().get(1).meanLetters());
        assertEquals("", t.columns().get(2).meanLetters());
        double[] tt = ColumnTests.meanT(4, Math.sqrt(40.0 / 39), 40, 3, Math.sqrt(40.0 / 39), 40);
        assertEquals(4.415880433163923, tt[0], 1e-9);
        assertEquals(78, tt[1]);
        assertEquals(3.198496165038833e-05, ColumnTests.studentP(tt[0], tt[1]), 1e-15);
        assertNull(CrosstabEngine.compute(TableSpec.of(Fixtures.single("X", List.of("a"), 0))).total().mean());
    }
}
