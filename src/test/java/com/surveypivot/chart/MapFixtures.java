package com.surveypivot.chart;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.analysis.SampleQuestions;
import com.surveypivot.analysis.SegmentMapData;
import java.util.List;

/** Segment maps for chart tests and the visual check. */
final class MapFixtures {
    private MapFixtures() {
    }

    /** The sample: X = Q2 NET of options 2–4, Y = Q3 top-2, segments = Q1 job functions. */
    static SegmentMapData sample() {
        SampleQuestions sample = SampleQuestions.load();
        MapMeasure x = MapMeasure.of(sample.q2(), List.of("2", "3", "4"));
        return SegmentMapData.compute(x, MapMeasure.defaultFor(sample.q3()), sample.q1());
    }
}
