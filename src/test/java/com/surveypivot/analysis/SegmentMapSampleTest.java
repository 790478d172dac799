package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.SegmentMapData.Point;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The map of the bundled sample: X = Q2 NET of options 2–4 (not / only partly collaborating), Y = Q3 top-2 (worry),
 * segments = Q1 job functions. Every share is recomputed here by plain loops over the sheet's cells.
 */
class SegmentMapSampleTest {

    @Test
    void sampleMapMatchesPlainLoopsAndTellsTheSurveysStory() {
        SampleQuestions sample = SampleQuestions.load();
        MapMeasure x = MapMeasure.of(sample.q2(), List.of(SampleQuestions.Q2.get(1), SampleQuestions.Q2.get(2),
                SampleQuestions.Q2.get(3)));
        MapMeasure y = MapMeasure.defaultFor(sample.q3());
        SegmentMapData data = SegmentMapData.compute(x, y, sample.q1());

        String q2 = sample.header("Q2");
        String q3 = sample.header("Q3");
        List<String> jobs = sample.q1Headers();
        List<String> notOk = SampleQuestions.Q2.subList(1, 4);
        List<String> top2 = SampleQuestions.Q3.subList(0, 2);
        // totals: respondents with a Q2 (Q3) answer and at least one Q1 tick
        int[] total = new int[4];
        for (Map<String, String> row : sample.rows) {
            if (jobs.stream().noneMatch(j -> row.containsKey(j))) {
                continue;
            }
            if (row.containsKey(q2)) {
                total[0]++;
                total[1] += notOk.contains(row.get(q2)) ? 1 : 0;
            }
            if (row.containsKey(q3)) {
                total[2]++;
                total[3] += top2.contains(row.get(q3)) ? 1 : 0;
            }
        }
        double totalX = 100.0 * total[1] / total[0];
        double totalY = 100.0 * total[3] / total[2];
        assertEquals(totalX, data.totalX().percent(), 1e-9);
        assertEquals(totalY, data.totalY().percent(), 1e-9);
        assertEquals(jobs.size(), data.segments().size());

        for (int j = 0; j < jobs.size(); j++) {
            String job = jobs.get(j);
            int[] seg = new int[4];
            for (Map<String, String> row : sample.rows) {
                if (!row.containsKey(job)) {
                    continue;
                }
                if (row.containsKey(q2)) {
                    seg[0]++;
                    seg[1] += notOk.contains(row.get(q2)) ? 1 : 0;
                }
                if (row.containsKey(q3)) {
                    seg[2]++;
                    seg[3] += top2.contains(row.get(q3)) ? 1 : 0;
                }
            }
            Point p = data.segments().get(j);
            assertEquals(SampleQuestions.option(job), p.label());
            assertEquals(seg[0], p.x().base(), job);
            assertEquals(seg[2], p.y().base(), job);
            assertEquals(100.0 * seg[1] / seg[0], p.x().percent(), 1e-9, job);
            assertEquals(100.0 * seg[3] / seg[2], p.y().percent(), 1e-9, job);
            assertEquals(100.0 * seg[1] / seg[0] - totalX, p.gapX(), 1e-9, job);
            // the rest: Total minus the segment (a multi-response segment is a subset of the Total)
            ProportionTest restX = SignificanceTests.twoProportion(seg[1], seg[0], total[1] - seg[1],
                    total[0] - seg[0]);
            assertEquals(restX.pValue(), p.testX().pValue(), 1e-12, job);
            boolean significant = p.testX().pValue() < 0.05 && p.testY().pValue() < 0.05
                    && Math.min(seg[0], seg[2]) >= 30;
            assertEquals(significant, p.significant(), job);
        }

        Point sales = point(data, "営業・営業企画");
        assertTrue(sales.gapX() > 0, "sales collaborate poorly: " + sales.gapX());
        assertTrue(sales.gapY() < 0, "sales hardly worry: " + sales.gapY());
        Point systems = point(data, "システム管理・導入");
        assertTrue(systems.gapY() > 0, "systems worry deeply: " + systems.gapY());
        assertEquals(SegmentMapData.Quadrant.HIGH_X_LOW_Y, sales.quadrant());
    }

    private static Point point(SegmentMapData data, String label) {
        return data.segments().stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
    }
}
