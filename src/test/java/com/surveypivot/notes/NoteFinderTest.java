package com.surveypivot.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.survey.QuestionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims on hand-built tables. Every expected number is worked out in the comments; p-values of the
 * two-proportion z-tests use the pooled proportion, two-sided (checked with scipy.stats.norm.sf).
 */
class NoteFinderTest {

    static void assertClaim(Claim c, String kind, String segment, Double value, Double total, Integer base,
            String test, Double p) {
        assertEquals(kind, c.kind(), "kind of " + c);
        assertEquals(segment, c.segment(), "segment of " + c);
        if (value == null) {
            assertNull(c.value());
        } else {
            assertEquals(value, c.value(), 1e-9, "value of " + c);
        }
        if (total == null) {
            assertNull(c.total());
        } else {
            assertEquals(total, c.total(), 1e-9, "total of " + c);
        }
        assertEquals(base, c.base(), "base of " + c);
        assertEquals(test, c.test(), "test of " + c);
        if (p == null) {
            assertNull(c.pValue());
        } else {
            assertEquals(p, c.pValue(), p * 1e-6, "p of " + c);
        }
    }

    /**
     * Q (Yes/No) by a single-choice attribute A, B, C, D.
     * <pre>
     *          Total   A    B    C    D
     * base      300  100  100   80   20
     * Yes       150   70   40   30   10   → 50%, 70%, 40%, 37.5%, 50%
     * No        150   30   60   50   10
     * </pre>
     * Chi-square: expected Yes = No = 50, 50, 40, 10 → (20²/50 + 10²/50 + 10²/40 + 0)·2 = 25, df 3,
     * p = 1.5440e-5 → significant, so segment tests count. D (n=20) is under 30: left out.
     * A vs rest: 70/100 vs 80/200, pooled .5, se = √(.25·(1/100+1/200)) = .061237, z = 4.899, p = 9.6336e-7.
     * C vs rest: 30/80 vs 120/220, se = √(.25·(1/80+1/220)) = .065279, z = −2.611, p = 0.0090234.
     * B vs rest: 40/100 vs 110/200, se = .061237, z = −2.449, p = 0.0143059 → below the Total.
     */
    static Crosstab significantSingle() {
        return Tables.table(Tables.single("Q", QuestionType.SINGLE, "Yes", "No"),
                Tables.single("A", QuestionType.SINGLE, "A", "B", "C", "D"), List.of("A", "B", "C", "D"),
                new int[] {300, 100, 100, 80, 20}, List.of("Yes", "No"),
                new int[][] {{150, 70, 40, 30, 10}, {150, 30, 60, 50, 10}},
                new ChiSquare(25, 3, 1.5440498291101365e-05, 10, 0, 8, 300), null);
    }

    @Test
    void singleChoiceAttributeWithSignificantChiSquare() {
        // the segment tests are the cells' adjusted residuals, equal here to the vs-rest z (segments partition
        // the Total), so the p-values worked out above apply
        List<Claim> claims = NoteFinder.claims(significantSingle());
        assertEquals(10, claims.size(), claims.toString());
        assertClaim(claims.get(0), Claim.OVERALL, null, 50.0, 50.0, 300, null, null);
        assertEquals("Yes", claims.get(0).answer());
        String r = Claim.ADJUSTED_RESIDUAL;
        // Holm over the three segments: A 3 × 9.6336e-7; C 2 × 0.0090234; B max(1 × 0.0143059, C's) = C's
        double pa = 3 * 9.633570086430965e-07;
        double pc = 2 * 0.009023438818080336;
        assertClaim(claims.get(1), Claim.ABOVE_TOTAL, "A", 70.0, 50.0, 100, r, pa);
        assertClaim(claims.get(2), Claim.BELOW_TOTAL, "C", 37.5, 50.0, 80, r, pc);
        assertClaim(claims.get(3), Claim.BELOW_TOTAL, "B", 40.0, 50.0, 100, r, pc);
        // the strongest differences of the whole table (No is the mirror of Yes here) are all said already
        assertClaim(claims.get(4), Claim.HIGHEST, "A", 70.0, 50.0, 100, r, pa);
        assertClaim(claims.get(5), Claim.RANKING, "B", 40.0, 50.0, 100, r, pc);
        assertClaim(claims.get(6), Claim.LOWEST, "C", 37.5, 50.0, 80, r, pc);
        assertClaim(claims.get(7), Claim.TEST, null, null, null, 300, Claim.CHI_SQUARE, 1.5440498291101365e-05);
        // the correction is said: 3 segments, 3 comparisons behind the strongest differences (Yes/No mirror)
        assertClaim(claims.get(8), Claim.CORRECTION, null, 3.0, null, 3, null, null);
        assertClaim(claims.get(9), Claim.SMALL_BASE, "D", null, null, 20, null, null);
        claims.forEach(c -> assertEquals(Claim.SHARE.equals(c.measure()) || c.measure() == null, true));
    }

    /**
     * Yes/No by A, B (n=100 each): Yes 52, 48; Total 100/200 = 50%.
     * Chi-square: expected 50 in every cell → 4·2²/50 = 0.32, df 1, p = 0.5716 → nothing significant:
     * highest/lowest are only described (evidence: the chi-square), and a no-difference sentence follows.
     */
    @Test
    void singleChoiceAttributeWithoutDifference() {
        Crosstab table = Tables.table(Tables.single("Q", QuestionType.SINGLE, "Yes", "No"),
                Tables.single("A", QuestionType.SINGLE, "A", "B"), List.of("A", "B"), new int[] {200, 100, 100},
                List.of("Yes", "No"), new int[][] {{100, 52, 48}, {100, 48, 52}},
                new ChiSquare(0.32, 1, 0.5716076449533314, 50, 0, 4, 200), null);
        List<Claim> claims = NoteFinder.claims(table);
        // two segments making up the table are one comparison: no Holm factor
        assertEquals(5, claims.size(), claims.toString());
        assertClaim(claims.get(0), Claim.OVERALL, null, 50.0, 50.0, 200, null, null);
        assertClaim(claims.get(1), Claim.HIGHEST, "A", 52.0, 50.0, 100, Claim.ADJUSTED_RESIDUAL, 0.5716076449533314);
        assertClaim(claims.get(2), Claim.LOWEST, "B", 48.0, 50.0, 100, Claim.ADJUSTED_RESIDUAL, 0.5716076449533314);
        assertClaim(claims.get(3), Claim.NO_DIFFERENCE, null, null, null, 200, Claim.CHI_SQUARE,
                0.5716076449533314);
        assertClaim(claims.get(4), Claim.CORRECTION, null, 1.0, null, 2, null, null);
    }

    /**
     * A 5-point scale (top-2 box = first two categories) by a multi-response attribute whose columns overlap.
     * <pre>
     *                     Total  広告宣伝・販促  営業・営業企画
     * base                  200     120        40
     * とても悩んでいる         30      24         2
     * 悩んでいる              50      36         6     → top-2: 80/200 = 40%, 60/120 = 50%, 8/40 = 20%
     * どちらともいえない       60      30        16
     * あまり悩んでいない       40      20        10
     * まったく悩んでいない     20      10         6
     * </pre>
     * 広告宣伝・販促 vs rest: 60/120 vs 20/80, pooled .4, se = √(.24·(1/120+1/80)) = .070711, z = 3.5355,
     * p = 4.0695e-4. 営業・営業企画 vs rest: 8/40 vs 72/160, se = √(.24·(1/40+1/160)) = .086603, z = −2.8868,
     * p = 0.0038924. No chi-square for a multi-response attribute.
     */
    static Crosstab scaleByMulti() {
        return Tables.table(Tables.single("Q3", QuestionType.SCALE, "とても悩んでいる", "悩んでいる", "どちらともいえない",
                "あまり悩んでいない", "まったく悩んでいない"), Tables.multi("Q1", "広告宣伝・販促", "営業・営業企画"),
                List.of("広告宣伝・販促", "営業・営業企画"), new int[] {200, 120, 40},
                List.of("とても悩んでいる", "悩んでいる", "どちらともいえない", "あまり悩んでいない", "まったく悩んでいない"),
                new int[][] {{30, 24, 2}, {50, 36, 6}, {60, 30, 16}, {40, 20, 10}, {20, 10, 6}}, null, null);
    }

    @Test
    void scaleTopTwoByMultiResponseAttribute() {
        List<Claim> claims = NoteFinder.claims(scaleByMulti());
        // most common answer, TOP2, mean, two significant segments (strongest first), two mean claims, highest,
        // lowest, the correction
        assertEquals(10, claims.size(), claims.toString());
        assertClaim(claims.get(1), Claim.OVERALL, null, 40.0, 40.0, 200, null, null);
        assertEquals(Claim.TOP2, claims.get(1).answer());
        assertEquals(Claim.MEAN, claims.get(2).measure());
        // Holm over the two segments: 広告宣伝・販促 2 × 4.0695e-4, 営業・営業企画 max(0.0038924, that)
        double ad = 2 * 0.0004069520174449578;
        assertClaim(claims.get(3), Claim.BELOW_TOTAL, "営業・営業企画", 20.0, 40.0, 40, Claim.VS_REST,
                0.003892417122778628);
        assertClaim(claims.get(4), Claim.ABOVE_TOTAL, "広告宣伝・販促", 50.0, 40.0, 120, Claim.VS_REST, ad);
        // mean scores (5 … 1) against the rest, Welch t, Holm over the two segments; from R:
        // t.test(rep(5:1, c(2,6,16,10,6)), rep(5:1, c(28,44,44,30,14)))$p.value = 0.0050142440651272093 and
        // t.test(rep(5:1, c(24,36,30,20,10)), rep(5:1, c(6,14,30,20,10)))$p.value = 0.0012867459845085495,
        // p.adjust(…, "holm") = 0.0050142440651272093, 0.0025734919690170990
        assertClaim(claims.get(5), Claim.MEAN_BELOW, "営業・営業企画", 2.7, 3.15, 40, Claim.T_TEST,
                0.0050142440651272093);
        assertClaim(claims.get(6), Claim.MEAN_ABOVE, "広告宣伝・販促", 3.3666666666666667, 3.15, 120, Claim.T_TEST,
                0.0025734919690170990);
        assertClaim(claims.get(7), Claim.HIGHEST, "広告宣伝・販促", 50.0, 40.0, 120, Claim.VS_REST, ad);
        assertClaim(claims.get(8), Claim.LOWEST, "営業・営業企画", 20.0, 40.0, 40, Claim.VS_REST,
                0.003892417122778628);
        assertEquals(Claim.CORRECTION, claims.get(9).kind());
    }

    /**
     * A multi-response question (leading option = most ticked in the Total) by a multi-response attribute.
     * <pre>
     *        Total   X    Y
     * base     150  100  100    (X and Y overlap by 50)
     * P         40   30   20
     * Q         90   60   61    → Q leads: 60%, 60%, 61%
     * R         20   10   15
     * </pre>
     * X vs rest: 60/100 vs 30/50 → z = 0, p = 1. Y vs rest: 61/100 vs 29/50, pooled .6,
     * se = √(.24·(1/100+1/50)) = .084853, z = .35355, p = 0.72367. Nothing significant → no-difference with the
     * smallest p.
     */
    @Test
    void multiResponseQuestionWithNoDifference() {
        Crosstab table = Tables.table(Tables.multi("Q4", "P", "Q", "R"), Tables.multi("Q1", "X", "Y"),
                List.of("X", "Y"), new int[] {150, 100, 100}, List.of("P", "Q", "R"),
                new int[][] {{40, 30, 20}, {90, 60, 61}, {20, 10, 15}}, null, null);
        List<Claim> claims = NoteFinder.claims(table);
        // overall, two leading options, highest, lowest, Q leads everywhere, option P differs in Y, no difference on Q,
        // the correction (Holm over X and Y: Y 2 × 0.72367 → 1)
        assertEquals(9, claims.size(), claims.toString());
        assertClaim(claims.get(0), Claim.OVERALL, null, 60.0, 60.0, 150, null, null);
        assertEquals("Q", claims.get(0).answer());
        assertClaim(claims.get(3), Claim.HIGHEST, "Y", 61.0, 60.0, 100, Claim.VS_REST, 1.0);
        assertClaim(claims.get(4), Claim.LOWEST, "X", 60.0, 60.0, 100, Claim.VS_REST, 1.0);
        assertEquals(Claim.LEADING_EVERYWHERE, claims.get(5).kind());
        assertEquals(Claim.OPTION_DIFFERS, claims.get(6).kind());
        assertClaim(claims.get(7), Claim.NO_DIFFERENCE, null, null, null, 150, Claim.VS_REST, 1.0);
        assertEquals("Q", claims.get(7).answer());
        assertEquals(Claim.CORRECTION, claims.get(8).kind());
    }

    /** Only a Total column: just the overall share (Yes 30 of 120 = 25%). */
    @Test
    void totalOnly() {
        Crosstab table = Tables.table(Tables.single("Q", QuestionType.SINGLE, "Yes", "No"), null, List.of(),
                new int[] {120}, List.of("Yes", "No"), new int[][] {{30}, {90}}, null, null);
        List<Claim> claims = NoteFinder.claims(table);
        assertEquals(Claim.OVERALL, claims.get(claims.size() - 1).kind());
        assertClaim(claims.get(claims.size() - 1), Claim.OVERALL, null, 25.0, 25.0, 120, null, null);
    }

    /** Every segment under 30: nothing is named, each is reported as left out; the chi-square is still told. */
    @Test
    void smallBasesAreNeverNamed() {
        Crosstab table = Tables.table(Tables.single("Q", QuestionType.SINGLE, "Yes", "No"),
                Tables.single("A", QuestionType.SINGLE, "A", "B"), List.of("A", "B"), new int[] {50, 25, 25},
                List.of("Yes", "No"), new int[][] {{30, 25, 5}, {20, 0, 20}},
                new ChiSquare(33.33, 1, 8e-9, 10, 0, 4, 50), null);
        List<Claim> claims = NoteFinder.claims(table);
        assertEquals(List.of(Claim.OVERALL, Claim.TEST, Claim.SMALL_BASE, Claim.SMALL_BASE),
                claims.stream().map(Claim::kind).toList());
        assertEquals("A", claims.get(2).segment());
        assertEquals(25, claims.get(2).base());
    }
}
