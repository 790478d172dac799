package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.SegmentMapData.Point;
import com.surveypivot.analysis.SegmentMapData.Quadrant;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The segment map's numbers on a hand-built survey of 12 respondents (repeated k times for the significance flag):
 *
 * <pre>
 *  r  X (collab)  Y (worry)  Job (multi)
 *  0  Good        Very       Sales
 *  1  Partly      Some       Sales
 *  2  Poor        Neutral    Sales, IT
 *  3  Poor        None       Sales
 *  4  Good        Very       IT
 *  5  Partly      Very       IT
 *  6  DK          Some       IT
 *  7  -           Very       IT          (skipped X)
 *  8  Good        Little     Other
 *  9  Partly      -          Other       (skipped Y)
 * 10  Poor        Some       -           (no job: not on the map)
 * 11  Good        None       Other
 * </pre>
 * X = NET(Partly, Poor); Y = top-2 (Very + Some); in the attribute: everyone but 10.
 * X base = answered X and in Job = {0,1,2,3,4,5,6,8,9,11} = 10, hits {1,2,3,5,9} = 5 → Total X 50%.
 * Y base = answered Y and in Job = {0,…,8,11} = 10, hits {0,1,4,5,6,7} = 6 → Total Y 60%.
 */
class SegmentMapDataTest {
    private static final double EPS = 1e-9;
    private static final List<String> COLLAB = List.of("Good", "Partly", "Poor", "DK");
    private static final List<String> WORRY = List.of("Very", "Some", "Neutral", "Little", "None");
    private static final int[] X = {0, 1, 2, 2, 0, 1, 3, -1, 0, 1, 2, 0};
    private static final int[] Y = {0, 1, 2, 4, 0, 0, 1, 0, 3, -1, 1, 4};
    private static final int[][] JOB = {{0}, {0}, {0, 1}, {0}, {1}, {1}, {1}, {1}, {2}, {2}, {}, {2}};

    /** The 12 respondents, each repeated {@code k} times; returns X, Y and Job. */
    private static Question[] survey(int k) {
        int n = 12 * k;
        int[] x = new int[n];
        int[] y = new int[n];
        List<RespondentSet> ticks = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            ticks.add(new RespondentSet(n));
        }
        RespondentSet answered = new RespondentSet(n);
        for (int copy = 0; copy < k; copy++) {
            for (int r = 0; r < 12; r++) {
                int i = copy * 12 + r;
                x[i] = X[r];
                y[i] = Y[r];
                for (int j : JOB[r]) {
                    ticks.get(j).add(i);
                    answered.add(i);
                }
            }
        }
        return new Question[] {
            Question.categorical("QX", "Collaboration", QuestionType.SINGLE, false, COLLAB, List.of("QX"), x),
            Question.categorical("QY", "Worry", QuestionType.SCALE, true, WORRY, List.of("QY"), y),
            Question.multi("Job", "Job", List.of("Sales", "IT", "Other"), List.of("J1", "J2", "J3"), ticks, answered)};
    }

    private static SegmentMapData map(int k) {
        Question[] q = survey(k);
        return SegmentMapData.compute(MapMeasure.of(q[0], List.of("Partly", "Poor")), MapMeasure.defaultFor(q[1]),
                q[2]);
    }

    /** Two-sided p of a z, through Commons Math's normal distribution (the code under test uses erfc). */
    private static double p(double z) {
        return 2 * new NormalDistribution().cumulativeProbability(-Math.abs(z));
    }

    @Test
    void sharesGapsAndTestsMatchTheHandWorkedTable() {
        SegmentMapData data = map(1);
        assertEquals(5, data.totalX().count());
        assertEquals(10, data.totalX().base());
        assertEquals(50.0, data.totalX().percent(), EPS);
        assertEquals(6, data.totalY().count());
        assertEquals(10, data.totalY().base());
        assertEquals(60.0, data.totalY().percent(), EPS);
        assertEquals(List.of("Sales", "IT", "Other"), data.segments().stream().map(Point::label).toList());

        // Sales {0,1,2,3}: X 3/4 = 75% (gap +25), Y {0,1} 2/4 = 50% (gap −10)
        // X vs rest: 3/4 against 2/6, pooled 5/10 = .5, se = √(.25·(1/4+1/6)) = .32274861, z = .41666667/se
        // Y vs rest: 2/4 against 4/6, pooled .6, se = √(.24·(1/4+1/6)) = √.1 = .31622777, z = −.16666667/se
        Point sales = data.segments().get(0);
        assertEquals(3, sales.x().count());
        assertEquals(4, sales.x().base());
        assertEquals(75.0, sales.x().percent(), EPS);
        assertEquals(50.0, sales.y().percent(), EPS);
        assertEquals(25.0, sales.gapX(), EPS);
        assertEquals(-10.0, sales.gapY(), EPS);
        assertEquals(1.2909944487, sales.testX().z(), 1e-9);
        assertEquals(p(1.2909944487358056), sales.testX().pValue(), 1e-9);
        assertEquals(-0.5270462767, sales.testY().z(), 1e-9);
        assertEquals(p(0.5270462766947299), sales.testY().pValue(), 1e-9);
        assertEquals(Quadrant.HIGH_X_LOW_Y, sales.quadrant());
        assertEquals(4, sales.base());
        assertFalse(sales.significant());

        // IT {2,4,5,6,7}: X base {2,4,5,6} = 4 (7 skipped X), hits {2,5} → 50%, gap 0 (counts as not above)
        // Y base 5, hits {4,5,6,7} → 80%, gap +20; X vs rest 2/4 against 3/6: z = 0, p = 1
        // Y vs rest 4/5 against 2/5: pooled .6, se = √(.24·.4) = .30983867, z = .4/se = 1.29099445
        Point it = data.segments().get(1);
        assertEquals(4, it.x().base());
        assertEquals(5, it.y().base());
        assertEquals(50.0, it.x().percent(), EPS);
        assertEquals(80.0, it.y().percent(), EPS);
        assertEquals(0.0, it.gapX(), EPS);
        assertEquals(20.0, it.gapY(), EPS);
        assertEquals(0.0, it.testX().z(), EPS);
        assertEquals(1.0, it.testX().pValue(), EPS);
        assertEquals(1.2909944487, it.testY().z(), 1e-9);
        assertEquals(Quadrant.LOW_X_HIGH_Y, it.quadrant());
        assertEquals(4, it.base());

        // Other {8,9,11}: X base 3, hits {9} → 33.3%; Y base {8,11} = 2 (9 skipped Y), hits none → 0%
        // X vs rest 1/3 against 4/7: pooled .5, se = √(.25·(1/3+1/7)) = .34503278, z = −.23809524/se = −.69006556
        // Y vs rest 0/2 against 6/8: pooled .6, se = √(.24·(1/2+1/8)) = √.15 = .38729833, z = −.75/se = −1.93649167
        Point other = data.segments().get(2);
        assertEquals(100.0 / 3, other.x().percent(), EPS);
        assertEquals(0.0, other.y().percent(), EPS);
        assertEquals(100.0 / 3 - 50, other.gapX(), EPS);
        assertEquals(-60.0, other.gapY(), EPS);
        assertEquals(-0.6900655593, other.testX().z(), 1e-9);
        assertEquals(-1.9364916731, other.testY().z(), 1e-9);
        assertEquals(Quadrant.LOW_X_LOW_Y, other.quadrant());
        assertEquals(2, other.base());
    }

    @Test
    void aFilterCutsEveryBaseToTheRespondentsItKeeps() {
        // keep respondents 0–5 only: X base {0,…,5} = 6 (all answered X and Job), hits Partly/Poor {1,2,3,5} = 4;
        // Y base 6, top-2 (Very/Some) hits {0,1,4,5} = 4. Sales {0,1,2,3}: X {1,2,3} 3/4, Y {0,1} 2/4.
        // IT {2,4,5}: X {2,5} 2/3, Y {4,5} 2/3. Other {8,9,11}: nobody kept → left out.
        Question[] q = survey(1);
        RespondentSet keep = new RespondentSet(12);
        for (int r = 0; r <= 5; r++) {
            keep.add(r);
        }
        SegmentMapData data = SegmentMapData.compute(MapMeasure.of(q[0], List.of("Partly", "Poor")),
                MapMeasure.defaultFor(q[1]), q[2], keep);
        assertEquals(4, data.totalX().count());
        assertEquals(6, data.totalX().base());
        assertEquals(4, data.totalY().count());
        assertEquals(6, data.totalY().base());
        assertEquals(List.of("Sales", "IT"), data.segments().stream().map(Point::label).toList());
        assertEquals(75.0, data.segments().get(0).x().percent(), EPS);
        assertEquals(50.0, data.segments().get(0).y().percent(), EPS);
        assertEquals(3, data.segments().get(1).x().base());
        assertEquals(200.0 / 3, data.segments().get(1).x().percent(), EPS);
        assertEquals(200.0 / 3, data.segments().get(1).y().percent(), EPS);
        // no filter: the same as the three-argument form
        MapMeasure mx = MapMeasure.of(q[0], List.of("Partly", "Poor"));
        MapMeasure my = MapMeasure.defaultFor(q[1]);
        assertEquals(SegmentMapData.compute(mx, my, q[2]), SegmentMapData.compute(mx, my, q[2], null));
    }

    @Test
    void significantNeedsBothGapsBelowFivePercentAndBothBasesAtLeastThirty() {
        // ×20: every z grows by √20. Sales: z_X = 1.291·4.472 = 5.77, z_Y = −.527·4.472 = −2.36, bases 80 → yes.
        // IT: z_X = 0 → no. Other: z_X = −.690·4.472 = −3.09, z_Y = −8.66, bases 60 and 40 → yes.
        SegmentMapData twenty = map(20);
        assertEquals(1.2909944487 * Math.sqrt(20), twenty.segments().get(0).testX().z(), 1e-8);
        assertEquals(List.of(true, false, true), twenty.segments().stream().map(Point::significant).toList());
        // shares do not change with k
        assertEquals(75.0, twenty.segments().get(0).x().percent(), EPS);

        // ×15: Other's bases are 45 and 30 (exactly the minimum): z_X = −.690·3.873 = −2.67 (p .0075) → yes
        assertTrue(map(15).segments().get(2).significant());
        // ×14: Other's Y base is 28 < 30: p_X = .0098, p_Y tiny, but no claim on a base under 30
        Point small = map(14).segments().get(2);
        assertTrue(small.testX().pValue() < 0.05 && small.testY().pValue() < 0.05);
        assertEquals(28, small.base());
        assertFalse(small.significant());
    }

    @Test
    void measuresDefaultToTheTopTwoOfAScaleAndTheFirstAnswerOtherwise() {
        Question[] q = survey(1);
        MapMeasure top = MapMeasure.defaultFor(q[1]);
        assertEquals(MapMeasure.Kind.TOP_TWO, top.kind());
        assertEquals(List.of("Very", "Some"), top.answerLabels());
        MapMeasure first = MapMeasure.of(q[0], List.of());
        assertEquals(MapMeasure.Kind.ANSWER, first.kind());
        assertEquals(List.of(0), first.answers());
        // by 1-based number, out of order, repeated: a NET in category order
        MapMeasure net = MapMeasure.of(q[0], List.of("3", "Partly", "2"));
        assertEquals(MapMeasure.Kind.NET, net.kind());
        assertEquals(List.of(1, 2), net.answers());
        // a multi-response question as an axis: Sales or IT ticked = {0,…,7} of the 11 in its base
        MapMeasure jobs = MapMeasure.of(q[2], List.of("Sales", "IT"));
        assertEquals(8, jobs.hits().count());
    }

    @Test
    void anUnknownAnswerIsAOneLineTranslatedMessage() {
        Question[] q = survey(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MapMeasure.of(q[0], List.of("Excellent")));
        assertEquals(Messages.get(Messages.locale(), "chart.map.error.answer", "Excellent", "QX"), e.getMessage());
        assertEquals("\"Excellent\" is not an answer of QX.",
                Messages.get(Locale.ENGLISH, "chart.map.error.answer", "Excellent", "QX"));
        assertEquals("「Excellent」はQXの選択肢にありません。",
                Messages.get(Locale.JAPANESE, "chart.map.error.answer", "Excellent", "QX"));
        Question id = Question.text("ID", "ID", QuestionType.ID, "ID", new String[12]);
        assertThrows(IllegalArgumentException.class, () -> MapMeasure.defaultFor(id));
    }

    @Test
    void aSegmentThatIsTheWholeTotalHasNoTest() {
        Question[] q = survey(1);
        RespondentSet everyone = RespondentSet.all(12);
        Question all = Question.multi("All", "All", List.of("Everyone"), List.of("A"), List.of(everyone), everyone);
        SegmentMapData data = SegmentMapData.compute(MapMeasure.defaultFor(q[0]), MapMeasure.defaultFor(q[1]), all);
        Point p = data.segments().get(0);
        assertNull(p.testX());
        assertFalse(p.significant());
        assertEquals(data.totalX().percent(), p.x().percent(), EPS);
    }
}
