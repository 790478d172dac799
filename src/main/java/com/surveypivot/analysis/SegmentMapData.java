package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The numbers of a two-question segment map: for each segment (category or option) of an attribute, its share on
 * measure X and on measure Y, its gap to the Total on each axis in points and the test of the segment against the
 * rest of the Total.
 *
 * <p><b>Base rule</b> (the same as the crosstab's, per axis): the base of the X axis is the respondents who
 * answered question X and the attribute (for a multi-response attribute: ticked at least one of its options); the
 * Total's X share is over that whole base, a segment's over the part of it in the segment. The Y axis likewise with
 * question Y. So each share equals the matching cell of the crosstab of that question by the attribute, and a
 * respondent who skipped Y still counts on X. A segment with no respondents on either axis is left out. Counts are
 * unweighted.
 *
 * <p><b>Tests</b>: on each axis the segment against the respondents of the Total outside it (pooled two-proportion
 * z-test, {@link SignificanceTests#twoProportion}); right for single and multi-response attributes alike. A point is
 * {@link Point#significant()} when both tests have p below {@link #LEVEL} and both bases are at least
 * {@link SignificanceTests#MIN_BASE}.
 *
 * @param x        the horizontal measure
 * @param y        the vertical measure
 * @param by       the attribute whose segments are the points
 * @param totalX   the Total's share on X
 * @param totalY   the Total's share on Y
 * @param segments one point per segment with respondents, in category order
 */
public record SegmentMapData(MapMeasure x, MapMeasure y, Question by, Share totalX, Share totalY,
        List<Point> segments) {

    /** Significance level of the {@link Point#significant()} flag (95%). */
    public static final double LEVEL = 0.05;

    public SegmentMapData {
        segments = List.copyOf(segments);
    }

    /**
     * A share: {@code count} of {@code base} respondents, as a percent.
     *
     * @param count   respondents in the base who gave a measured answer
     * @param base    respondents in the base
     * @param percent 100·count/base (0 where the base is 0)
     */
    public record Share(int count, int base, double percent) {
        static Share of(int count, int base) {
            return new Share(count, base, base > 0 ? 100.0 * count / base : 0);
        }
    }

    /** Where a segment lies against the Total cross-lines (a gap of exactly 0 counts as not above). */
    public enum Quadrant {
        HIGH_X_HIGH_Y, HIGH_X_LOW_Y, LOW_X_HIGH_Y, LOW_X_LOW_Y;

        static Quadrant of(double gapX, double gapY) {
            if (gapX > 0) {
                return gapY > 0 ? HIGH_X_HIGH_Y : HIGH_X_LOW_Y;
            }
            return gapY > 0 ? LOW_X_HIGH_Y : LOW_X_LOW_Y;
        }

        public boolean highX() {
            return this == HIGH_X_HIGH_Y || this == HIGH_X_LOW_Y;
        }

        public boolean highY() {
            return this == HIGH_X_HIGH_Y || this == LOW_X_HIGH_Y;
        }
    }

    /**
     * One segment on the map.
     *
     * @param label       the attribute's category (or option) label
     * @param x           the segment's share on X
     * @param y           the segment's share on Y
     * @param gapX        x − Total on X, in percentage points
     * @param gapY        y − Total on Y, in percentage points
     * @param testX       the segment against the rest on X; null where it cannot be computed (the segment is the
     *                    whole Total, or nobody / everybody gave the answer)
     * @param testY       the same on Y
     * @param quadrant    the side of each Total line the segment lies on
     * @param significant both gaps significant at {@link #LEVEL} and both bases at least
     *                    {@link SignificanceTests#MIN_BASE}
     */
    public record Point(String label, Share x, Share y, double gapX, double gapY, ProportionTest testX,
            ProportionTest testY, Quadrant quadrant, boolean significant) {

        /** The smaller of the two axis bases: what the point's size shows and what the base check uses. */
        public int base() {
            return Math.min(x.base(), y.base());
        }
    }

    /**
     * Computes the map.
     *
     * @throws IllegalArgumentException (translated message) when the questions come from surveys of different
     *                                  sizes or the attribute cannot be crossed
     */
    public static SegmentMapData compute(MapMeasure x, MapMeasure y, Question by) {
        return compute(x, y, by, null);
    }

    /**
     * Computes the map over the respondents in {@code keep} only (a table filter's selection; null keeps everyone):
     * every base, Total and segment alike, is cut to them.
     *
     * @throws IllegalArgumentException as {@link #compute(MapMeasure, MapMeasure, Question)}
     */
    public static SegmentMapData compute(MapMeasure x, MapMeasure y, Question by, RespondentSet keep) {
        Objects.requireNonNull(x);
        Objects.requireNonNull(y);
        Objects.requireNonNull(by);
        int n = by.respondentCount();
        if (x.question().respondentCount() != n || y.question().respondentCount() != n) {
            throw new IllegalArgumentException(Messages.get("chart.map.error.sizes"));
        }
        MapMeasure.defaultFor(by); // the attribute must be crossable too
        RespondentSet inAttribute = CrosstabEngine.attributeBase(by);
        if (keep != null) {
            inAttribute = inAttribute.and(keep);
        }
        RespondentSet baseX = x.question().answered().and(inAttribute);
        RespondentSet baseY = y.question().answered().and(inAttribute);
        RespondentSet hitsX = x.hits();
        RespondentSet hitsY = y.hits();
        Share totalX = Share.of(RespondentSet.countBoth(hitsX, baseX), baseX.count());
        Share totalY = Share.of(RespondentSet.countBoth(hitsY, baseY), baseY.count());
        List<Point> points = new ArrayList<>();
        for (int c = 0; c < by.categoryCount(); c++) {
            RespondentSet members = by.members(c);
            int segmentBaseX = RespondentSet.countBoth(members, baseX);
            int segmentBaseY = RespondentSet.countBoth(members, baseY);
            if (segmentBaseX == 0 || segmentBaseY == 0) {
                continue;
            }
            Share sx = Share.of(RespondentSet.countAll(members, baseX, hitsX), segmentBaseX);
            Share sy = Share.of(RespondentSet.countAll(members, baseY, hitsY), segmentBaseY);
            ProportionTest testX = againstRest(sx, totalX);
            ProportionTest testY = againstRest(sy, totalY);
            double gapX = sx.percent() - totalX.percent();
            double gapY = sy.percent() - totalY.percent();
            boolean significant = testX != null && testY != null && testX.pValue() < LEVEL
                    && testY.pValue() < LEVEL && Math.min(segmentBaseX, segmentBaseY) >= SignificanceTests.MIN_BASE;
            points.add(new Point(by.categories().get(c), sx, sy, gapX, gapY, testX, testY,
                    Quadrant.of(gapX, gapY), significant));
        }
        return new SegmentMapData(x, y, by, totalX, totalY, points);
    }

    /** The segment against the respondents of the Total outside it (a segment is a subset of the Total). */
    private static ProportionTest againstRest(Share segment, Share total) {
        return SignificanceTests.twoProportion(segment.count(), segment.base(), total.count() - segment.count(),
                total.base() - segment.base());
    }
}
