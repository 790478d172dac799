package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.surveypivot.survey.Question;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class SignificanceTestsTest {

    /*
     * By hand: 30 of 50 against 20 of 50. p1 = .6, p2 = .4, pooled p = 50/100 = .5,
     * se = √(.5·.5·(1/50 + 1/50)) = √(.25·.04) = √.01 = .1, z = (.6 − .4)/.1 = 2.0,
     * two-sided p = 2·(1 − Φ(2)) = 0.04550026389635839 (the familiar 4.55%).
     */
    @Test
    void twoProportionByHand() {
        ProportionTest t = SignificanceTests.twoProportion(30, 50, 20, 50);
        assertEquals(2.0, t.z(), 1e-12);
        assertEquals(0.04550026389635839, t.pValue(), 1e-14);
        assertEquals(-2.0, SignificanceTests.twoProportion(20, 50, 30, 50).z(), 1e-12);
    }

    /*
     * R: left-handed writers by sex in MASS::survey (svy_02 in chisq.csv): Female 7 of 117, Male 10 of 118.
     * chisq.test(table, correct = FALSE) on that 2×2 = prop.test(c(7, 10), c(117, 118), correct = FALSE):
     * X-squared = 0.543514911237432, p-value = 0.460979672711232. So z² = X² and the p-values agree.
     * By hand: p1 = .0598291, p2 = .0847458, pooled 17/235 = .0723404, z = −0.7372346.
     */
    @Test
    void twoProportionMatchesRPropTest() {
        ProportionTest t = SignificanceTests.twoProportion(7, 117, 10, 118);
        assertEquals(0.543514911237432, t.z() * t.z(), 1e-12);
        assertEquals(0.460979672711232, t.pValue(), 1e-12);
        assertEquals(-0.7372346378443103, t.z(), 1e-12);
    }

    @Test
    void twoProportionThatCannotBeComputedIsNull() {
        assertNull(SignificanceTests.twoProportion(0, 10, 0, 20), "pooled 0: no variation");
        assertNull(SignificanceTests.twoProportion(10, 10, 20, 20), "pooled 1: no variation");
        assertNull(SignificanceTests.twoProportion(1, 0, 2, 10), "empty group");
        // far in the tail p keeps its precision: 900/1000 against 100/1000, z = 35.777, p = erfc(z/√2) ≈ 1e-280
        ProportionTest tail = SignificanceTests.twoProportion(900, 1000, 100, 1000);
        assertEquals(0.8 / Math.sqrt(0.25 * 0.002), tail.z(), 1e-9);
        assertEquals(Erf.erfc(tail.z() / Math.sqrt(2)), tail.pValue(), 0);
        assertEquals(true, tail.pValue() > 0 && tail.pValue() < 1e-250);
    }

    @Test
    void pearsonDropsEmptyMarginsAndNeedsDegreesOfFreedom() {
        assertNull(SignificanceTests.pearson(new double[][] {{3, 4, 5}}), "one row: df 0");
        assertNull(SignificanceTests.pearson(new double[][] {{3, 0}, {4, 0}}), "one non-empty column: df 0");
        assertNull(SignificanceTests.pearson(new double[][] {{0, 0}, {0, 0}}));
        assertNull(SignificanceTests.pearson(new double[0][]));
        // [[10, 20], [30, 40]] with a zero row and column around it: X² = 100·(10·40 − 20·30)²/(30·70·40·60)
        // = 100·40000/5040000 = 0.79365079..., df 1
        ChiSquare chi = SignificanceTests.pearson(new double[][] {{10, 0, 20}, {0, 0, 0}, {30, 0, 40}});
        assertNotNull(chi);
        assertEquals(4000000.0 / 5040000, chi.statistic(), 1e-12);
        assertEquals(1, chi.df());
        assertEquals(4, chi.cells());
        assertEquals(100, chi.n());
        assertEquals(12, chi.minExpected(), 1e-12, "30·40/100");
        assertThrows(IllegalArgumentException.class, () -> SignificanceTests.pearson(new double[][] {{1, -1}, {1, 1}}));
    }

    /*
     * Overlapping multi-response attribute (CrosstabEngineTest.overlapping): row Yes, column Sales.
     * Sales {r0, r1, r4}: Yes 2 of 3. Outside Sales in the table: {r2, r3}: Yes r3 = 1 of 2.
     * pooled 3/5 = .6, se = √(.6·.4·(1/3 + 1/2)) = √.2 = .4472136, z = (2/3 − 1/2)/.4472136 = 0.372678,
     * p = 0.7093881150142265.
     */
    @Test
    void segmentVsRestWithOverlappingColumns() {
        Question[] qb = CrosstabEngineTest.overlapping();
        Crosstab t = CrosstabEngine.crosstab(qb[0], qb[1]);
        ProportionTest test = SignificanceTests.segmentVsRest(t, 0, 1);
        assertEquals(0.3726779962499649, test.z(), 1e-12);
        assertEquals(0.7093881150142265, test.pValue(), 1e-12);
        assertThrows(IndexOutOfBoundsException.class, () -> SignificanceTests.segmentVsRest(t, 0, 0));
    }

    /*
     * Real data with overlapping columns: hobbies TV ("0"–"4") by the 17 hobbies as a multi-response attribute.
     * For each cell the rest is counted respondent by respondent from the raw cells (not from the table), and
     * the test must equal twoProportion on those counts.
     */
    @Test
    void segmentVsRestMatchesRespondentLevelCountsOnRealData() {
        Map<String, String[]> data = ReferenceData.table("hobbies.xlsx", "hobbies");
        List<String> hobbies = Arrays.asList(ReferenceData.csv("checks.csv").stream()
                .filter(r -> r.get("pair_id").equals("hob_01")).findFirst().orElseThrow()
                .get("multi_columns").split("\\|"));
        Question tv = ReferenceData.single(data, "TV");
        Question by = ReferenceData.multi(data, "Hobbies", hobbies);
        Crosstab t = CrosstabEngine.crosstab(tv, by);
        int n = data.get("TV").length;
        boolean[] inTable = new boolean[n];
        for (int r = 0; r < n; r++) {
            // in the table: answered TV and ticked at least one hobby (no hobby cell is blank in this file)
            inTable[r] = tickedAny(data, hobbies, r) && !data.get("TV")[r].isEmpty();
        }
        for (int j = 1; j < t.columns().size(); j++) {
            String[] option = data.get(t.columns().get(j).label());
            for (int i = 0; i < t.rows().size(); i++) {
                String answer = t.rows().get(i).label();
                int inSegment = 0;
                int segment = 0;
                int inRest = 0;
                int rest = 0;
                for (int r = 0; r < n; r++) {
                    if (!inTable[r]) {
                        continue;
                    }
                    boolean yes = data.get("TV")[r].equals(answer);
                    if (Double.parseDouble(option[r]) == 1) {
                        segment++;
                        inSegment += yes ? 1 : 0;
                    } else {
                        rest++;
                        inRest += yes ? 1 : 0;
                    }
                }
                ProportionTest expected = SignificanceTests.twoProportion(inSegment, segment, inRest, rest);
                ProportionTest actual = SignificanceTests.segmentVsRest(t, i, j);
                assertEquals(expected.z(), actual.z(), 1e-9, answer + " in " + t.columns().get(j).label());
                assertEquals(expected.pValue(), actual.pValue(), 1e-12 + 1e-9 * expected.pValue());
            }
        }
    }

    private static boolean tickedAny(Map<String, String[]> data, List<String> hobbies, int r) {
        for (String h : hobbies) {
            if (Double.parseDouble(data.get(h)[r]) == 1) {
                return true;
            }
        }
        return false;
    }

    /*
     * Weighted: proportions weighted, sizes unweighted. Q Yes/No by G A/B:
     *   r0 Yes A w 3 | r1 No A w 1 | r2 Yes B w 1 | r3 No B w 1 | r4 No B w 2
     * A: weighted Yes 3/4 = .75, unweighted n 2. Rest (B): Yes 1/4 = .25, n 3.
     * = twoProportion(.75·2, 2, .25·3, 3) = twoProportion(1.5, 2, .75, 3): pooled 2.25/5 = .45,
     * se = √(.45·.55·(1/2 + 1/3)) = √.20625 = .4541476, z = .5/.4541476 = 1.100964.
     */
    @Test
    void segmentVsRestOnAWeightedTable() {
        Question q = CrosstabEngineTest.single("Q", List.of("Yes", "No"), 0, 1, 0, 1, 1);
        Question g = CrosstabEngineTest.single("G", List.of("A", "B"), 0, 0, 1, 1, 1);
        Crosstab t = CrosstabEngine.crosstab(q, g, new double[] {3, 1, 1, 1, 2});
        ProportionTest test = SignificanceTests.segmentVsRest(t, 0, 1);
        assertEquals(0.5 / Math.sqrt(0.45 * 0.55 * (1 / 2.0 + 1 / 3.0)), test.z(), 1e-12);
    }
}
