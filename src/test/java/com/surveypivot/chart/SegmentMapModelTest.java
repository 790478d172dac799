package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.SegmentMapData;
import com.surveypivot.chart.SegmentMapModel.Emphasis;
import com.surveypivot.chart.SegmentMapModel.MapPoint;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SegmentMapModelTest {

    @Test
    void sampleMapDescribesEverySegmentWithItsSharesBaseAndEmphasis() {
        SegmentMapData data = MapFixtures.sample();
        SegmentMapModel ja = SegmentMapModel.from(data, Locale.JAPANESE);
        assertEquals(data.segments().size(), ja.points().size());
        for (int i = 0; i < ja.points().size(); i++) {
            SegmentMapData.Point p = data.segments().get(i);
            MapPoint m = ja.points().get(i);
            assertEquals(p.label(), m.label());
            assertEquals(p.x().percent(), m.x(), 1e-12);
            assertEquals(p.y().percent(), m.y(), 1e-12);
            assertEquals(Math.min(p.x().base(), p.y().base()), m.base());
            assertEquals("(n=" + String.format(Locale.ROOT, "%,d", m.base()) + ")", m.nLabel());
            Emphasis expected = m.base() < 30 ? Emphasis.SMALL_BASE
                    : p.significant() ? Emphasis.SIGNIFICANT : Emphasis.PLAIN;
            assertEquals(expected, m.emphasis(), m.label());
            // every point and both Totals lie inside the axes
            assertTrue(m.x() > ja.xAxis().min() && m.x() < ja.xAxis().max(), m.label());
            assertTrue(m.y() > ja.yAxis().min() && m.y() < ja.yAxis().max(), m.label());
        }
        assertTrue(ja.totalX() > ja.xAxis().min() && ja.totalX() < ja.xAxis().max());
        assertEquals(data.totalX().percent(), ja.totalX(), 1e-12);
        assertEquals("Q2 部門間の業務連携状況 × Q3 部門間連携の悩みの度合い", ja.title());
        assertEquals("Q1 担当業務（複数回答）別", ja.subtitle());
        assertEquals("Q3：上位2（とても悩んでいる＋悩んでいる）（%）", ja.yTitle());
        assertTrue(ja.xTitle().startsWith("Q2：NET（連携マインドは高いが…／限定的にしか連携できていない／"), ja.xTitle());
        assertEquals("Q2高・Q3低", ja.quadrants().highXLowY());
        assertEquals("全体 " + ChartModels.valueText(data.totalX().percent(), 1) + "%", ja.totalXText());
        assertTrue(ja.totalLabel().startsWith("全体 (n="));

        SegmentMapModel en = SegmentMapModel.from(data, Locale.ENGLISH);
        assertEquals("Q3: Top 2 (とても悩んでいる + 悩んでいる) (%)", en.yTitle());
        assertEquals("Low Q2, high Q3", en.quadrants().lowXHighY());
        assertTrue(en.totalLabel().startsWith("Total (n="));
    }

    @Test
    void axisRangesAreWholeStepsAroundTheValuesWithinZeroToHundred() {
        SegmentMapModel.AxisRange r = SegmentMapModel.AxisRange.around(31.6, 72.6);
        assertEquals(20, r.min(), 1e-12);
        assertEquals(80, r.max(), 1e-12);
        assertEquals(10, r.step(), 1e-12);
        SegmentMapModel.AxisRange wide = SegmentMapModel.AxisRange.around(2, 97);
        assertEquals(0, wide.min(), 1e-12);
        assertEquals(100, wide.max(), 1e-12);
        assertEquals(20, wide.step(), 1e-12);
        SegmentMapModel.AxisRange narrow = SegmentMapModel.AxisRange.around(50, 51);
        assertTrue(narrow.min() < 50 && narrow.max() > 51 && narrow.step() == 5);
    }
}
