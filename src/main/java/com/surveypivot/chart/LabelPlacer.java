package com.surveypivot.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Places point labels so that no two overlap and all stay inside the plot: each label tries positions around its
 * point (right, left, above, below, the diagonals), then rings further out (drawn with a leader line); a greedy
 * first pass takes the cheapest free position, then a few passes move each label again with the others fixed, until
 * nothing changes. Cost: overlapping another label is forbidden where any free position exists; overlapping a point
 * or a fixed box (captions, line labels) is expensive; distance from the point is cheap.
 *
 * <p>Plain geometry in the chart's coordinates (y downwards); no JavaFX, so it is tested on its own.
 */
final class LabelPlacer {
    /** Empty space kept around every label. */
    static final double PAD = 2;
    private static final double[] RING_STEPS = {0, 10, 22, 36, 52, 72, 96, 126};
    private static final int REFINE_PASSES = 8;

    private LabelPlacer() {
    }

    /** An axis-aligned box: top-left corner, width and height. */
    record Box(double x, double y, double w, double h) {
        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }

        Box grow(double d) {
            return new Box(x - d, y - d, w + 2 * d, h + 2 * d);
        }

        double overlap(Box o) {
            double dx = Math.min(right(), o.right()) - Math.max(x, o.x);
            double dy = Math.min(bottom(), o.bottom()) - Math.max(y, o.y);
            return dx > 0 && dy > 0 ? dx * dy : 0;
        }

        boolean inside(Box o) {
            return x >= o.x - 1e-9 && y >= o.y - 1e-9 && right() <= o.right() + 1e-9 && bottom() <= o.bottom() + 1e-9;
        }
    }

    /** A point to label: its centre, its radius and the size of its label. */
    record Anchor(double x, double y, double radius, double width, double height) {
        Box circle() {
            return new Box(x - radius, y - radius, 2 * radius, 2 * radius);
        }
    }

    /** Where a label went: its box and whether it sits away from its point (then a leader line is drawn). */
    record Placement(Box box, boolean detached) {
    }

    /**
     * Places one label per anchor.
     *
     * @param anchors the points with their label sizes
     * @param bounds  the plot: every label stays inside it
     * @param fixed   boxes that labels should avoid (captions, other texts)
     * @return one placement per anchor, in the same order
     */
    static List<Placement> place(List<Anchor> anchors, Box bounds, List<Box> fixed) {
        int n = anchors.size();
        List<List<Candidate>> candidates = new ArrayList<>();
        for (Anchor anchor : anchors) {
            candidates.add(candidates(anchor, bounds));
        }
        Candidate[] chosen = new Candidate[n];
        // greedy: the most crowded points first (more neighbours close by), so they get the best spots
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(neighbours(anchors, b), neighbours(anchors, a)));
        for (int i : order) {
            chosen[i] = best(i, candidates.get(i), chosen, anchors, fixed);
        }
        for (int pass = 0; pass < REFINE_PASSES; pass++) {
            boolean moved = false;
            for (int i : order) {
                Candidate current = chosen[i];
                chosen[i] = null;
                Candidate better = best(i, candidates.get(i), chosen, anchors, fixed);
                chosen[i] = better;
                moved |= better != current;
            }
            if (!moved) {
                break;
            }
        }
        List<Placement> placements = new ArrayList<>(n);
        for (Candidate c : chosen) {
            placements.add(new Placement(c.box, c.ring > 0));
        }
        return placements;
    }

    /** True when two of the boxes overlap (padding not counted). */
    static boolean anyOverlap(List<Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).overlap(boxes.get(j)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Candidate(Box box, int ring, double preference) {
    }

    private static int neighbours(List<Anchor> anchors, int i) {
        Anchor a = anchors.get(i);
        int count = 0;
        for (Anchor b : anchors) {
            if (b != a && Math.abs(b.x - a.x) < a.width + b.width && Math.abs(b.y - a.y) < 3 * a.height) {
                count++;
            }
        }
        return count;
    }

    /** Positions around the anchor, nearest ring first; only those inside the bounds. */
    private static List<Candidate> candidates(Anchor a, Box bounds) {
        List<Candidate> list = new ArrayList<>();
        double w = a.width;
        double h = a.height;
        for (int ring = 0; ring < RING_STEPS.length; ring++) {
            double d = a.radius + 3 + RING_STEPS[ring];
            double diag = d * 0.72;
            double[][] spots = {
                {a.x + d, a.y - h / 2, 0},            // right
                {a.x - d - w, a.y - h / 2, 0.4},      // left
                {a.x - w / 2, a.y - d - h, 0.6},      // above
                {a.x - w / 2, a.y + d, 0.7},          // below
                {a.x + diag, a.y - diag - h, 0.9},    // above right
                {a.x + diag, a.y + diag, 1.0},        // below right
                {a.x - diag - w, a.y - diag - h, 1.1}, // above left
                {a.x - diag - w, a.y + diag, 1.2},    // below left
            };
            for (double[] s : spots) {
                Box box = new Box(s[0], s[1], w, h);
                if (box.inside(bounds)) {
                    list.add(new Candidate(box, ring, s[2] + ring * 6));
                }
            }
            if (ring > 0) {
                // on the outer rings, also slide along the point's row and column
                for (double f : new double[] {-0.5, 0.5}) {
                    Box right = new Box(a.x + d, a.y - h / 2 + f * d, w, h);
                    Box left = new Box(a.x - d - w, a.y - h / 2 + f * d, w, h);
                    for (Box box : List.of(right, left)) {
                        if (box.inside(bounds)) {
                            list.add(new Candidate(box, ring, 1.5 + ring * 6));
                        }
                    }
                }
            }
        }
        if (list.isEmpty()) {
            // a label wider than the plot: keep it inside as far as it goes, at the point's height
            double x = Math.max(bounds.x, Math.min(a.x - w / 2, bounds.right() - w));
            double y = Math.max(bounds.y, Math.min(a.y - h / 2, bounds.bottom() - h));
            list.add(new Candidate(new Box(x, y, w, h), 0, 0));
        }
        return list;
    }

    /** Distance from (px, py) to the segment from (ax, ay) to (bx, by). */
    static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    private static Candidate best(int self, List<Candidate> options, Candidate[] chosen, List<Anchor> anchors,
            List<Box> fixed) {
        Candidate best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Candidate c : options) {
            Box padded = c.box.grow(PAD);
            double labels = 0;
            for (int j = 0; j < chosen.length; j++) {
                if (j != self && chosen[j] != null) {
                    labels += padded.overlap(chosen[j].box);
                }
            }
            double points = 0;
            for (Anchor other : anchors) {
                points += padded.overlap(other.circle());
            }
            double boxes = 0;
            for (Box f : fixed) {
                boxes += padded.overlap(f);
            }
            double crossings = 0;
            if (c.ring > 0) {
                Anchor a = anchors.get(self);
                double bx = Math.max(c.box.x, Math.min(a.x, c.box.right()));
                double by = Math.max(c.box.y, Math.min(a.y, c.box.bottom()));
                for (Anchor other : anchors) {
                    if (other != a && distanceToSegment(other.x, other.y, a.x, a.y, bx, by) < other.radius + 1) {
                        crossings++;
                    }
                }
            }
            double cost = labels * 1e6 + points * 40 + boxes * 60 + crossings * 3000 + c.preference;
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }
}
