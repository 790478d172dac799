package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small tables worked by hand (the arithmetic is in the comments), not taken from the engine's output. */
class CrosstabEngineTest {
    private static final double EPS = 1e-12;

    static Question single(String id, List<String> categories, int... codes) {
        return Question.categorical(id, id, QuestionType.SINGLE, false, categories, List.of(id), codes);
    }

    static RespondentSet set(int size, int... members) {
        RespondentSet s = new RespondentSet(size);
        for (int m : members) {
            s.add(m);
        }
        return s;
    }

    /*
     * Multi-response attribute "Job" with overlapping columns, 8 respondents:
     *   r  Q      Job ticks             in the table?
     *   0  Yes    Sales, Marketing      yes
     *   1  Yes    Sales                 yes
     *   2  No     Marketing, IT         yes
     *   3  Yes    IT                    yes
     *   4  No     Sales, Marketing, IT  yes
     *   5  No     (answered, no tick)   no: ticked nothing
     *   6  -      Legal                 no: did not answer Q
     *   7  Yes    (not answered)        no
     * Table: r0..r4. Total base 5: Yes 3 (60%), No 2 (40%) — each respondent once.
     * Sales {0,1,4} base 3: Yes 2 (66.7%), No 1.   Marketing {0,2,4} base 3: Yes 1, No 2.
     * IT {2,3,4} base 3: Yes 1, No 2.   Legal: nobody in the table -> column dropped.
     * Q's "Maybe": nobody -> row dropped. Column bases sum to 9 > 5 (overlap). Chi-square: null (multi attribute).
     */
    static Question[] overlapping() {
        Question q = single("Q", List.of("Yes", "Maybe", "No"), 0, 0, 2, 0, 2, 2, -1, 0);
        Question job = Question.multi("Job", "Job", List.of("Sales", "Marketing", "IT", "Legal"),
                List.of("J1", "J2", "J3", "J4"),
                List.of(set(8, 0, 1, 4), set(8, 0, 2, 4), set(8, 2, 3, 4), set(8, 6)),
                set(8, 0, 1, 2, 3, 4, 5, 6));
        return new Question[] {q, job};
    }

    @Test
    void multiResponseAttributeWithOverlappingColumns() {
        Question[] qb = overlapping();
        Crosstab t = CrosstabEngine.crosstab(qb[0], qb[1]);
        assertEquals(List.of("Total", "Sales", "Marketing", "IT"), t.columns().stream().map(TableColumn::label).toList());
        assertEquals(List.of("Yes", "No"), t.rows().stream().map(TableRow::label).toList());
        assertArrayEquals(new double[] {5, 3, 3, 3}, t.columns().stream().mapToDouble(TableColumn::base).toArray());
        assertArrayEquals(new int[] {5, 3, 3, 3}, t.columns().stream().mapToInt(TableColumn::unweightedBase).toArray());
        assertArrayEquals(new double[] {3, 2, 1, 1}, t.rows().get(0).counts());
        assertArrayEquals(new double[] {2, 1, 2, 2}, t.rows().get(1).counts());
        assertArrayEquals(new double[] {60, 200.0 / 3, 100.0 / 3, 100.0 / 3}, t.rows().get(0).percents(), EPS);
        assertNull(t.chiSquare());
        assertNull(t.rows().get(0).chiSquare());
        assertFalse(t.weighted());
        assertTrue(t.total().total());
        assertEquals(3, t.segments().size());
    }

    /*
     * Weighted: Q Yes/No by Sex M/F; NaN and negative weights count as 0 (the respondent stays in unweighted bases).
     *   r0 Yes M w 2 | r1 No M w 1 | r2 Yes F w 0.5 | r3 Yes F w NaN->0 | r4 No F w 1.5 | r5 No F w -1->0
     * Total: weighted base 5 (unweighted 6); Yes 2+0.5 = 2.5 (50%), No 1+1.5 = 2.5 (50%).
     * M: base 3 (unw 2); Yes 2 (66.67%), No 1.   F: base 2 (unw 4); Yes 0.5 (25%), No 1.5 (75%).
     * Chi-square on weighted counts rescaled to the Kish effective base (Σw)²/Σw² = 25/7.5 = 10/3 (×(10/3)/5 = ×2/3):
     * [[4/3, 1/3], [2/3, 1]], n 10/3, row sums 5/3, 5/3, column sums 2, 4/3, expected 1 2/3 / 1 2/3, every
     * |O−E| = 1/3: X² = (1/9)(1 + 3/2 + 1 + 3/2) = 5/9, df 1, p = P(χ²₁ > 5/9) = 0.45605654025025605 (R pchisq).
     */
    @Test
    void weightedCountsAndBases() {
        Question q = single("Q", List.of("Yes", "No"), 0, 1, 0, 0, 1, 1);
        Question sex = single("Sex", List.of("M", "F"), 0, 0, 1, 1, 1, 1);
        double[] w = {2, 1, 0.5, Double.NaN, 1.5, -1};
        Crosstab t = CrosstabEngine.crosstab(q, sex, w);
        assertTrue(t.weighted());
        assertArrayEquals(new double[] {5, 3, 2}, t.columns().stream().mapToDouble(TableColumn::base).toArray(), EPS);
        assertArrayEquals(new int[] {6, 2, 4}, t.columns().stream().mapToInt(TableColumn::unweightedBase).toArray());
        assertArrayEquals(new double[] {2.5, 2, 0.5}, t.rows().get(0).counts(), EPS);
        assertArrayEquals(new double[] {2.5, 1, 1.5}, t.rows().get(1).counts(), EPS);
        assertArrayEquals(new double[] {50, 200.0 / 3, 25}, t.rows().get(0).percents(), EPS);
        assertArrayEquals(new double[] {50, 100.0 / 3, 75}, t.rows().get(1).percents(), EPS);
        assertEquals(5.0 / 9, t.chiSquare().statistic(), EPS);
        assertEquals(1, t.chiSquare().df());
        assertEquals(0.45605654025025605, t.chiSquare().pValue(), 1e-12);
        assertEquals(10.0 / 3, t.chiSquare().n(), EPS);
        assertEquals(2.0 / 3, t.chiSquare().minExpected(), EPS);
        assertEquals(4, t.chiSquare().cellsBelowFive());
    }

    /*
     * A column whose respondents all weigh 0: kept (it has respondents), base 0, percents NaN (never a division).
     *   r0 Yes A w 1 | r1 No A w 1 | r2 Yes B w 0
     * Total base 2: Yes 1 (50%). A base 2: Yes 50%. B base 0 (unweighted 1): NaN.
     */
    @Test
    void zeroWeightColumnHasNaNPercents() {
        Question q = single("Q", List.of("Yes", "No"), 0, 1, 0);
        Question by = single("G", List.of("A", "B"), 0, 0, 1);
        Crosstab t = CrosstabEngine.crosstab(q, by, new double[] {1, 1, 0});
        assertEquals(0, t.columns().get(2).base());
        assertEquals(1, t.columns().get(2).unweightedBase());
        assertEquals(50, t.rows().get(0).percent(0), EPS);
        assertTrue(Double.isNaN(t.rows().get(0).percent(2)));
        assertNull(t.chiSquare(), "column B is all zero, so df is 0 on what is left");
    }

    /*
     * Empty rows and columns go; who counts is "answered both":
     *   Q (Red, Green, Blue, Pink) codes: r0 Red, r1 Red, r2 Blue, r3 Green, r4 -, r5 Pink, r6 Blue
     *   By (North, South, East, West):    r0 N,   r1 S,   r2 N,    r3 S,     r4 E, r5 -,    r6 S
     * In the table: r0, r1, r2, r3, r6 (r4 no Q, r5 no By). Pink only r5 -> row dropped;
     * East only r4 -> column dropped; West nobody -> dropped.
     * Total 5: Red 2 (40%), Green 1 (20%), Blue 2 (40%). North {r0,r2}: Red 1, Blue 1. South {r1,r3,r6}: 1, 1, 1.
     * Observed [[1,1],[0,1],[1,1]] n 5: row sums 2,1,2; column sums 2,3; expected .8 1.2 / .4 .6 / .8 1.2;
     * X² = .04/.8 + .04/1.2 + .16/.4 + .16/.6 + .04/.8 + .04/1.2 = .05+.0333+.4+.2667+.05+.0333 = 0.8333 = 5/6, df 2.
     */
    @Test
    void emptyRowsAndColumnsAreDropped() {
        Question q = single("Q", List.of("Red", "Green", "Blue", "Pink"), 0, 0, 2, 1, -1, 3, 2);
        Question by = single("By", List.of("North", "South", "East", "West"), 0, 1, 0, 1, 2, -1, 1);
        Crosstab t = CrosstabEngine.crosstab(q, by);
        assertEquals(List.of("Total", "North", "South"), t.columns().stream().map(TableColumn::label).toList());
        assertEquals(List.of("Red", "Green", "Blue"), t.rows().stream().map(TableRow::label).toList());
        assertArrayEquals(new double[] {2, 1, 1}, t.rows().get(0).counts());
        assertArrayEquals(new double[] {1, 0, 1}, t.rows().get(1).counts());
        assertArrayEquals(new double[] {2, 1, 1}, t.rows().get(2).counts());
        assertArrayEquals(new double[] {40, 50, 100.0 / 3}, t.rows().get(0).percents(), EPS);
        assertEquals(5.0 / 6, t.chiSquare().statistic(), EPS);
        assertEquals(2, t.chiSquare().df());
        assertEquals(Math.exp(-5.0 / 12), t.chiSquare().pValue(), 1e-12, "P(χ²₂ > x) = exp(−x/2)");
        assertEquals(0.4, t.chiSquare().minExpected(), EPS);
        assertEquals(6, t.chiSquare().cellsBelowFive());
    }

    /* by == null: the Total column only, over everyone who answered. Q codes Yes, No, -, Yes: base 3, Yes 66.67%. */
    @Test
    void noAttributeGivesTheTotalOnly() {
        Question q = single("Q", List.of("Yes", "No"), 0, 1, -1, 0);
        Crosstab t = CrosstabEngine.crosstab(q, null);
        assertEquals(1, t.columns().size());
        assertEquals(3, t.total().base());
        assertArrayEquals(new double[] {2}, t.rows().get(0).counts());
        assertArrayEquals(new double[] {200.0 / 3}, t.rows().get(0).percents(), EPS);
        assertNull(t.chiSquare());
        assertNull(t.by());
    }

    /*
     * Multi-response question, % of respondents: options A, B; base = answered (r0..r3), r3 ticked nothing;
     * r4 did not answer. A {r0, r1}, B {r0, r2}. Total base 4: A 50%, B 50% (sum 100% here, 150% of tickers).
     * By G (X: r0, r1; Y: r2, r3, r4): X base 2: A 2 (100%), B 1 (50%) — sums past 100%. Y base 2: A 0, B 1.
     * Row test for A: ticked [2, 0], not ticked [0, 2]: n 4, expected all 1, X² = 4·1/1 = 4, df 1.
     * Against a multi attribute there are no row tests.
     */
    @Test
    void multiResponseQuestion() {
        Question q = Question.multi("M", "M", List.of("A", "B"), List.of("M1", "M2"),
                List.of(set(5, 0, 1), set(5, 0, 2)), set(5, 0, 1, 2, 3));
        Question g = single("G", List.of("X", "Y"), 0, 0, 1, 1, 1);
        Crosstab t = CrosstabEngine.crosstab(q, g);
        assertArrayEquals(new double[] {4, 2, 2}, t.columns().stream().mapToDouble(TableColumn::base).toArray());
        assertArrayEquals(new double[] {50, 100, 0}, t.rows().get(0).percents(), EPS);
        assertArrayEquals(new double[] {50, 50, 50}, t.rows().get(1).percents(), EPS);
        assertNull(t.chiSquare());
        assertEquals(4, t.rows().get(0).chiSquare().statistic(), EPS);
        assertEquals(1, t.rows().get(0).chiSquare().df());
        // B is 50% in both columns: X² = 0, p = 1
        assertEquals(0, t.rows().get(1).chiSquare().statistic(), EPS);
        assertEquals(1, t.rows().get(1).chiSquare().pValue(), EPS);

        Question[] qb = overlapping();
        Crosstab both = CrosstabEngine.crosstab(
                Question.multi("M", "M", List.of("A"), List.of("M1"), List.of(set(8, 0, 3)), set(8, 0, 1, 2, 3, 4)),
                qb[1]);
        assertNull(both.chiSquare());
        assertNull(both.rows().get(0).chiSquare());
        // Total r0..r4 (answered M, ticked a job): A {r0, r3} = 2; Sales {0,1,4}: r0; Marketing {0,2,4}: r0;
        // IT {2,3,4}: r3
        assertArrayEquals(new double[] {2, 1, 1, 1}, both.rows().get(0).counts());
    }

    @Test
    void gridAndTextAreRefused() {
        Question item = Question.categorical("G_1", "a", QuestionType.SCALE, true, List.of("Good", "Bad"),
                List.of("G_1"), new int[] {0, 1});
        Question grid = Question.grid("G", "grid", List.of(item));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrosstabEngine.crosstab(grid, null));
        assertTrue(e.getMessage().contains("G") && e.getMessage().contains("grid"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CrosstabEngine.crosstab(item, grid));
        Question text = Question.text("T", "T", QuestionType.TEXT, "T", new String[] {"a", "b"});
        assertThrows(IllegalArgumentException.class, () -> CrosstabEngine.crosstab(text, item));
        assertThrows(IllegalArgumentException.class, () -> CrosstabEngine.crosstab(item, null, new double[3]));
        // a grid's items are crossed one by one
        assertEquals(2, CrosstabEngine.crosstab(grid.items().get(0), null).total().base());
    }
}
