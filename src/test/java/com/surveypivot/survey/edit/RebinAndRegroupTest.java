package com.surveypivot.survey.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rebinning numbers and regrouping dates on small lists whose bins and counts are worked by hand below. */
class RebinAndRegroupTest {
    private static final double NA = Double.NaN;

    /** A survey with one number question N (placeholder categories) and one date question D. */
    static Survey survey(double[] numbers, double[] days) {
        int n = numbers.length;
        int[] none = new int[n];
        java.util.Arrays.fill(none, -1);
        Question num = Question.number("N", "数値", "N 数値", numbers, List.of(), none);
        Question date = Question.date("D", "日時", "D 日時", days, List.of(), none);
        Question other = Question.categorical("S", "性別", QuestionType.SINGLE, false, List.of("男性", "女性"),
                List.of("S 性別"), new int[n]);
        return new Survey("t", "Sheet1", 1, 1, "generic", n, List.of(other, num, date));
    }

    static Survey numbers(double... values) {
        double[] days = new double[values.length];
        java.util.Arrays.fill(days, NA);
        return survey(values, days);
    }

    static int[] counts(Question q) {
        int[] c = new int[q.categoryCount()];
        for (int i = 0; i < c.length; i++) {
            c[i] = q.count(i);
        }
        return c;
    }

    static Question rebin(Survey s, RebinNumbers edit) {
        return edit.apply(s).find("N").orElseThrow();
    }

    /**
     * Ten values (and one blank): 1 2 2 2 3 4 5 5 6 10. Type-7 quartiles, h = 9p:
     * p=.25 → h=2.25 → x[2]+.25(x[3]-x[2]) = 2; p=.5 → h=4.5 → 3+.5(4-3) = 3.5; p=.75 → h=6.75 → 5+.75(5-5) = 5;
     * max 10. Bins (right-closed): ≤2 {1,2,2,2} = 4; (2,3.5] {3} = 1; (3.5,5] {4,5,5} = 3; (5,10] {6,10} = 2.
     * The three 2s and the two 5s each stay in one bin.
     */
    @Test
    void quantilesKeepTiesTogether() {
        Question q = rebin(numbers(5, 2, 1, 2, NA, 10, 2, 3, 4, 5, 6), RebinNumbers.quantiles("N", 4));
        assertEquals(List.of("1\u20132", "3", "4\u20135", "6\u201310"), q.categories());
        assertArrayEquals(new int[] {4, 1, 3, 2}, counts(q));
        assertArrayEquals(new int[] {2, 0, 0, 0, -1, 3, 0, 1, 2, 2, 3}, q.codes());
        assertEquals(10, q.answered().count(), "the blank stays out of the base");
        assertEquals(QuestionType.NUMBER, q.type());
        assertTrue(q.isOrdered());
    }

    /**
     * 1 1 1 1 1 1 1 2 3 4: quartiles h=9p: 2.25 → 1; 4.5 → 1; 6.75 → x[6]+.75(x[7]-x[6]) = 1.75; max 4.
     * Unique breaks 1, 1.75, 4: ≤1 the seven 1s; (1,1.75] nobody (left out); (1.75,4] {2,3,4}. So 2 bins, not 4.
     */
    @Test
    void heavyTiesGiveFewerQuantileBins() {
        Question q = rebin(numbers(1, 1, 1, 1, 1, 1, 1, 2, 3, 4), RebinNumbers.quantiles("N", 4));
        assertEquals(List.of("1", "2\u20134"), q.categories());
        assertArrayEquals(new int[] {7, 3}, counts(q));
    }

    /**
     * 0.6 0.65 0.7 0.8 0.95 1.2 (two decimals): median h=5·.5=2.5 → 0.7+.5(0.8-0.7) = 0.75.
     * ≤0.75 {0.6,0.65,0.7} "0.60–0.70"; (0.75,1.2] {0.8,0.95,1.2} "0.80–1.20".
     */
    @Test
    void decimalQuantilesAreLabelledAtTheDataPrecision() {
        Question q = rebin(numbers(0.6, 0.65, 0.7, 0.8, 0.95, 1.2), RebinNumbers.quantiles("N", 2));
        assertEquals(List.of("0.60\u20130.70", "0.80\u20131.20"), q.categories());
        assertArrayEquals(new int[] {3, 3}, counts(q));
    }

    /**
     * 18 25 33 34 48 49 64 65 79, four bins: w = (79-18)/4 = 15.25, lower bounds 18, 33.25, 48.5, 63.75.
     * [18,33.25) {18,25,33} "18–33"; [33.25,48.5) {34,48} "34–48"; [48.5,63.75) {49} "49–63";
     * [63.75,79] {64,65,79} "64–79".
     */
    @Test
    void equalWidthBinsWholeNumbers() {
        Question q = rebin(numbers(18, 25, 33, 34, 48, 49, 64, 65, 79), RebinNumbers.equalWidth("N", 4));
        assertEquals(List.of("18\u201333", "34\u201348", "49\u201363", "64\u201379"), q.categories());
        assertArrayEquals(new int[] {3, 2, 1, 3}, counts(q));
    }

    /**
     * 0.6 0.8 1.0 1.6 (one decimal), two bins: w = 0.5, lower bounds 0.6, 1.1. [0.6,1.1) {0.6,0.8,1.0}
     * "0.6–1.0"; [1.1,1.6] {1.6} "1.1–1.6". Three bins: w = 1/3, bounds 0.6, 0.933, 1.267: {0.6,0.8} "0.6–0.9",
     * {1.0} "1.0–1.2", {1.6} "1.3–1.6".
     */
    @Test
    void equalWidthBinsDecimals() {
        Question two = rebin(numbers(0.6, 0.8, 1.0, 1.6), RebinNumbers.equalWidth("N", 2));
        assertEquals(List.of("0.6\u20131.0", "1.1\u20131.6"), two.categories());
        assertArrayEquals(new int[] {3, 1}, counts(two));
        Question three = rebin(numbers(0.6, 0.8, 1.0, 1.6), RebinNumbers.equalWidth("N", 3));
        assertEquals(List.of("0.6\u20130.9", "1.0\u20131.2", "1.3\u20131.6"), three.categories());
        assertArrayEquals(new int[] {2, 1, 1}, counts(three));
    }

    /**
     * 5 9 10 15 19 20 79 80 95 (and a blank), cut points 20, 10, 80 (any order): "≤ 9" {5,9} = 2;
     * "10–19" {10,15,19} = 3; "20–79" {20,79} = 2; "80 ≤" {80,95} = 2.
     */
    @Test
    void cutPointsWithOpenEnds() {
        Survey s = numbers(5, 9, 10, 15, 19, 20, 79, 80, 95, NA);
        Question q = rebin(s, RebinNumbers.cutPoints("N", List.of(20.0, 10.0, 80.0)));
        assertEquals(List.of("\u2264 9", "10\u201319", "20\u201379", "80 \u2264"), q.categories());
        assertArrayEquals(new int[] {2, 3, 2, 2}, counts(q));
        assertEquals(-1, q.code(9));
        // cut points 10 and 100: "≤ 9" {5,9}, "10–99" the other seven, "100 ≤" nobody (left out)
        Question wide = rebin(s, RebinNumbers.cutPoints("N", List.of(10.0, 100.0)));
        assertEquals(List.of("\u2264 9", "10\u201399"), wide.categories());
        assertArrayEquals(new int[] {2, 7}, counts(wide));
    }

    /** 0.55 0.6 0.79 0.8 1.25, cut at 0.6 and 0.8: "≤ 0.59" {0.55}; "0.60–0.79" {0.6,0.79}; "0.80 ≤" {0.8,1.25}. */
    @Test
    void decimalCutPoints() {
        Question q = rebin(numbers(0.55, 0.6, 0.79, 0.8, 1.25), RebinNumbers.cutPoints("N", List.of(0.6, 0.8)));
        assertEquals(List.of("\u2264 0.59", "0.60\u20130.79", "0.80 \u2264"), q.categories());
        assertArrayEquals(new int[] {1, 2, 2}, counts(q));
    }

    /** 3 1 2 1 (and a blank): categories 1 2 3, codes 2 0 1 0 -1. */
    @Test
    void distinctValuesUpToThirty() {
        Question q = rebin(numbers(3, 1, 2, 1, NA), RebinNumbers.distinctValues("N"));
        assertEquals(List.of("1", "2", "3"), q.categories());
        assertArrayEquals(new int[] {2, 0, 1, 0, -1}, q.codes());
        double[] many = new double[31];
        for (int i = 0; i < many.length; i++) {
            many[i] = i;
        }
        assertEquals(31, RebinNumbers.distinctValues(numbers(many).find("N").orElseThrow()));
        assertThrows(IllegalArgumentException.class, () -> RebinNumbers.distinctValues("N").apply(numbers(many)));
        assertEquals(30, rebin(numbers(java.util.Arrays.copyOf(many, 30)), RebinNumbers.distinctValues("N"))
                .categoryCount());
    }

    @Test
    void badBinningsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RebinNumbers.quantiles("N", 1));
        assertThrows(IllegalArgumentException.class, () -> RebinNumbers.equalWidth("N", 21));
        assertThrows(IllegalArgumentException.class, () -> RebinNumbers.cutPoints("N", List.of()));
        assertThrows(IllegalArgumentException.class, () -> RebinNumbers.cutPoints("N", List.of(1.0, 1.0)));
        assertThrows(IllegalArgumentException.class, () -> RebinNumbers.cutPoints("N", List.of(Double.NaN)));
        Survey s = numbers(1, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> RebinNumbers.quantiles("S", 2).apply(s));
        assertThrows(IllegalArgumentException.class, () -> RebinNumbers.quantiles("X", 2).apply(s));
        assertThrows(IllegalArgumentException.class, () -> new RegroupDates("N", RegroupDates.Grouping.DAY)
                .apply(s));
    }

    private static double at(String isoDateTime) {
        java.time.LocalDateTime t = java.time.LocalDateTime.parse(isoDateTime);
        return t.toLocalDate().toEpochDay() + t.toLocalTime().toSecondOfDay() / 86400.0;
    }

    /**
     * Eight answers across the October/November 2024 boundary (2024-10-28 and 2024-11-04 are Mondays):
     * <pre>
     *  r0 Sun 10-27 23:30   r1 Mon 10-28 00:10   r2 Thu 10-31 12:00   r3 Fri 11-01 09:00
     *  r4 Sun 11-03 23:59   r5 Mon 11-04 08:00   r6 blank             r7 Fri 11-01 18:00
     * </pre>
     * By day: 10-27 1, 10-28 1, 10-31 1, 11-01 2 (r3 r7, times ignored), 11-03 1, 11-04 1.
     * By week (Monday to Sunday): 10-21–10-27 {r0} 1; 10-28–11-03 {r1 r2 r3 r4 r7} 5; 11-04–11-10 {r5} 1.
     * By month: 2024-10 {r0 r1 r2} 3; 2024-11 {r3 r4 r5 r7} 4.
     */
    static Survey dates() {
        double[] days = {at("2024-10-27T23:30"), at("2024-10-28T00:10"), at("2024-10-31T12:00"),
            at("2024-11-01T09:00"), at("2024-11-03T23:59"), at("2024-11-04T08:00"), NA, at("2024-11-01T18:00")};
        double[] nums = new double[days.length];
        java.util.Arrays.fill(nums, 1);
        return survey(nums, days);
    }

    static Question regroup(Survey s, RegroupDates.Grouping g) {
        return new RegroupDates("D", g).apply(s).find("D").orElseThrow();
    }

    @Test
    void datesByDay() {
        Question q = regroup(dates(), RegroupDates.Grouping.DAY);
        assertEquals(List.of("2024-10-27", "2024-10-28", "2024-10-31", "2024-11-01", "2024-11-03", "2024-11-04"),
                q.categories());
        assertArrayEquals(new int[] {1, 1, 1, 2, 1, 1}, counts(q));
        assertEquals(-1, q.code(6));
        assertEquals(QuestionType.DATE, q.type());
    }

    @Test
    void datesByIsoWeekStartOnMonday() {
        Question q = regroup(dates(), RegroupDates.Grouping.WEEK);
        assertEquals(List.of("2024-10-21\u201310-27", "2024-10-28\u201311-03", "2024-11-04\u201311-10"),
                q.categories());
        assertArrayEquals(new int[] {1, 5, 1}, counts(q));
        assertArrayEquals(new int[] {0, 1, 1, 1, 1, 2, -1, 1}, q.codes());
    }

    @Test
    void datesByMonth() {
        Question q = regroup(dates(), RegroupDates.Grouping.MONTH);
        assertEquals(List.of("2024-10", "2024-11"), q.categories());
        assertArrayEquals(new int[] {3, 4}, counts(q));
    }

    /** 2024-12-31 is a Tuesday of the week from Monday 2024-12-30 to Sunday 2025-01-05 (ISO 2025-W01). */
    @Test
    void weekAcrossTheNewYear() {
        double[] days = {LocalDate.of(2024, 12, 31).toEpochDay(), LocalDate.of(2025, 1, 5).toEpochDay() + 0.99,
            LocalDate.of(2025, 1, 6).toEpochDay()};
        Question q = new RegroupDates("D", RegroupDates.Grouping.WEEK).apply(survey(new double[] {1, 1, 1}, days))
                .find("D").orElseThrow();
        assertEquals(List.of("2024-12-30\u201301-05", "2025-01-06\u201301-12"), q.categories());
        assertArrayEquals(new int[] {2, 1}, counts(q));
    }

    @Test
    void editsArePlainValuesThatLeaveTheSurveyTheyApplyTo() {
        Survey original = dates();
        Survey weeks = new RegroupDates("D", RegroupDates.Grouping.WEEK).apply(original);
        Survey both = RebinNumbers.quantiles("N", 2).apply(weeks);
        assertEquals(List.of("S", "N", "D"), both.questions().stream().map(Question::id).toList(), "same place");
        assertEquals(3, both.find("D").orElseThrow().categoryCount());
        assertEquals(0, original.find("D").orElseThrow().categoryCount(), "the original is unchanged");
        assertEquals(new RegroupDates("D", RegroupDates.Grouping.WEEK), new RegroupDates("D",
                RegroupDates.Grouping.WEEK), "plain values, as a project file would store them");
    }
}
