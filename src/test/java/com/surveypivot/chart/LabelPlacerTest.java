package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.LabelPlacer.Anchor;
import com.surveypivot.chart.LabelPlacer.Box;
import com.surveypivot.chart.LabelPlacer.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    @Test
    void aLonePointGetsItsLabelOnTheRightNextToIt() {
        Box plot = new Box(0, 0, 400, 300);
        List<Placement> p = LabelPlacer.place(List.of(new Anchor(100, 100, 10, 80, 14)), plot, List.of());
        assertEquals(1, p.size());
        assertFalse(p.get(0).detached());
        assertEquals(113, p.get(0).box().x(), 1e-9);
        assertEquals(93, p.get(0).box().y(), 1e-9);
    }

    @Test
    void aPointAtTheRightEdgeGetsItsLabelOnTheLeftInsideThePlot() {
        Box plot = new Box(0, 0, 400, 300);
        Box box = LabelPlacer.place(List.of(new Anchor(390, 150, 6, 120, 14)), plot, List.of()).get(0).box();
        assertTrue(box.inside(plot));
        assertTrue(box.right() <= 390 - 6);
    }

    @Test
    void crowdedPointsGetLabelsThatNeitherOverlapNorLeaveThePlot() {
        Random random = new Random(7);
        Box plot = new Box(40, 30, 600, 420);
        for (int trial = 0; trial < 20; trial++) {
            List<Anchor> anchors = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                // a tight cluster in the middle, labels 80–200 wide
                anchors.add(new Anchor(300 + random.nextGaussian() * 40, 240 + random.nextGaussian() * 30,
                        4 + random.nextDouble() * 12, 80 + random.nextDouble() * 120, 15));
            }
            List<Box> fixed = List.of(new Box(46, 35, 90, 15), new Box(540, 35, 90, 15));
            List<Placement> placements = LabelPlacer.place(anchors, plot, fixed);
            List<Box> boxes = placements.stream().map(Placement::box).toList();
            assertFalse(LabelPlacer.anyOverlap(boxes), "trial " + trial + ": " + boxes);
            for (Box box : boxes) {
                assertTrue(box.inside(plot), "trial " + trial + ": " + box);
            }
        }
    }

    @Test
    void distanceToASegment() {
        assertEquals(5, LabelPlacer.distanceToSegment(5, 5, 0, 0, 10, 0), 1e-12);
        assertEquals(5, LabelPlacer.distanceToSegment(13, 4, 0, 0, 10, 0), 1e-12);
    }
}
