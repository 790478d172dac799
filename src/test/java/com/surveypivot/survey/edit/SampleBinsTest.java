package com.surveypivot.survey.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The edits on the bundled sample (1,000 respondents), checked against independent computations: Commons Math's
 * R-7 percentiles for the ウェイト quartiles, java.time's ISO week fields for the weeks of 回答日時.
 */
class SampleBinsTest {
    private static Survey sample;

    @BeforeAll
    static void read() throws Exception {
        sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
    }

    @Test
    void weightByQuartilesGivesFourBinsOfAboutAQuarter() {
        Question weight = sample.find("ウェイト").orElseThrow();
        double[] values = weight.numbers();
        double[] given = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(given);
        double q1 = percentile.evaluate(25);
        double q2 = percentile.evaluate(50);
        double q3 = percentile.evaluate(75);
        int[] expected = new int[4];
        for (double v : given) {
            expected[v <= q1 ? 0 : v <= q2 ? 1 : v <= q3 ? 2 : 3]++;
        }

        Question q = RebinNumbers.quantiles(weight.id(), 4).apply(sample).find(weight.id()).orElseThrow();
        assertEquals(4, q.categoryCount(), q.categories().toString());
        int total = 0;
        for (int c = 0; c < 4; c++) {
            assertEquals(expected[c], q.count(c), "bin " + q.categories().get(c));
            assertTrue(q.count(c) >= 200 && q.count(c) <= 300, q.categories() + " " + q.count(c));
            total += q.count(c);
        }
        assertEquals(given.length, total);
        assertEquals(1000, total);
        // the labels are the smallest and largest weight inside each bin, at the weights' precision
        int places = Arrays.stream(given).mapToInt(v -> new java.math.BigDecimal(Double.toString(v))
                .stripTrailingZeros().scale()).max().orElseThrow();
        String format = "%." + places + "f";
        double smallest = Arrays.stream(given).min().orElseThrow();
        double largest = Arrays.stream(given).max().orElseThrow();
        assertTrue(q.categories().get(0).startsWith(String.format(java.util.Locale.ROOT, format, smallest)
                + "\u2013"), q.categories().get(0));
        assertTrue(q.categories().get(3).endsWith("\u2013" + String.format(java.util.Locale.ROOT, format, largest)),
                q.categories().get(3));
    }

    @Test
    void answerTimesByWeekAddUpToAllRespondents() {
        Question date = sample.find("回答日時").orElseThrow();
        Map<String, Integer> byIsoWeek = new TreeMap<>();
        for (double d : date.numbers()) {
            if (!Double.isNaN(d)) {
                LocalDate day = LocalDate.ofEpochDay((long) Math.floor(d));
                String key = day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                        + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                byIsoWeek.merge(key, 1, Integer::sum);
            }
        }
        Question q = new RegroupDates(date.id(), RegroupDates.Grouping.WEEK).apply(sample).find(date.id())
                .orElseThrow();
        assertTrue(q.categoryCount() >= 2 && q.categoryCount() <= 3, q.categories().toString());
        assertEquals(byIsoWeek.size(), q.categoryCount());
        int c = 0;
        int total = 0;
        for (int expected : byIsoWeek.values()) {
            assertEquals(expected, q.count(c), q.categories().get(c));
            total += q.count(c++);
        }
        assertEquals(1000, total);
        for (String label : q.categories()) {
            LocalDate monday = LocalDate.parse(label.substring(0, 10));
            assertEquals(java.time.DayOfWeek.MONDAY, monday.getDayOfWeek(), label);
        }
    }
}
