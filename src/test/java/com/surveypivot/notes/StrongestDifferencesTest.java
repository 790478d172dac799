package com.surveypivot.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.survey.QuestionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

/**
 * A table whose strongest differences lie on an answer other than the measure: the notes say them, with their
 * Holm-adjusted p worked out here independently.
 * <pre>
 *          Total   A    B    C
 * base      300  100  100  100
 * Yes        90   30   30   30   ← the measure (first answer): no segment differs
 * Maybe     110   10   50   50
 * No        100   60   20   20
 * </pre>
 */
class StrongestDifferencesTest {
    static final String[] SEGMENTS = {"A", "B", "C"};
    static final String[] ANSWERS = {"Yes", "Maybe", "No"};
    static final int[][] COUNTS = {{90, 30, 30, 30}, {110, 10, 50, 50}, {100, 60, 20, 20}};

    static Crosstab table() {
        return Tables.table(Tables.single("Q", QuestionType.SINGLE, ANSWERS),
                Tables.single("S", QuestionType.SINGLE, SEGMENTS), List.of(SEGMENTS), new int[] {300, 100, 100, 100},
                List.of(ANSWERS), COUNTS, null, null);
    }

    /** Pooled two-proportion z of a segment (100) against the other 200, two-sided p. */
    static double p(int answer, int segment) {
        double hits = COUNTS[answer][segment + 1];
        double rest = COUNTS[answer][0] - hits;
        double pooled = COUNTS[answer][0] / 300.0;
        double z = (hits / 100 - rest / 200) / Math.sqrt(pooled * (1 - pooled) * (1 / 100.0 + 1 / 200.0));
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    @Test
    void strongestDifferencesOnAnotherAnswerAreSaid() {
        // Holm over the 9 answer × segment comparisons, written out
        double[] p = new double[9];
        for (int a = 0; a < 3; a++) {
            for (int s = 0; s < 3; s++) {
                p[a * 3 + s] = p(a, s);
            }
        }
        Integer[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        Arrays.sort(order, (x, y) -> Double.compare(p[x], p[y]));
        double[] holm = new double[9];
        double running = 0;
        for (int i = 0; i < 9; i++) {
            running = Math.max(running, Math.min(1, p[order[i]] * (9 - i)));
            holm[order[i]] = running;
        }
        Findings f = NoteFinder.find(table(), null);
        List<Claim> strongest = f.claims().stream().filter(c -> c.kind().equals(Claim.STRONGEST)).toList();
        assertEquals(3, strongest.size(), f.claims().toString());
        List<String> firstTwo = new ArrayList<>();
        for (Claim c : strongest) {
            int a = List.of(ANSWERS).indexOf(c.answer());
            int s = List.of(SEGMENTS).indexOf(c.segment());
            assertTrue(a > 0, "not the measure: " + c);
            assertEquals(100.0 * COUNTS[a][s + 1] / 100, c.value(), 1e-9);
            assertEquals(100.0 * COUNTS[a][0] / 300, c.total(), 1e-9);
            assertEquals(holm[a * 3 + s], c.pValue(), 1e-12 + 1e-9 * holm[a * 3 + s]);
            assertTrue(c.pValue() < 0.05);
            assertEquals(Claim.ADJUSTED_RESIDUAL, c.test());
            if (firstTwo.size() < 2) {
                firstTwo.add(c.segment() + "/" + c.answer());
            }
        }
        // the two largest gaps (±26.7 points) first, then one of ±13.3
        assertEquals(List.of("A/Maybe", "A/No"), firstTwo.stream().sorted().toList());
        assertEquals(13.33, Math.abs(strongest.get(2).gap()), 0.01);
        // the measure itself shows no difference, and the correction is said
        assertTrue(f.claims().stream().noneMatch(c -> c.kind().equals(Claim.ABOVE_TOTAL)
                || c.kind().equals(Claim.BELOW_TOTAL)));
        Claim correction = f.claims().stream().filter(c -> c.kind().equals(Claim.CORRECTION)).findFirst()
                .orElseThrow();
        assertEquals(3, correction.base());
        assertEquals(9.0, correction.value());
        List<Note> notes = NoteWriter.notes(f, Locale.ENGLISH);
        String no = notes.stream().filter(n -> n.claim() == strongest.get(0) || n.claim() == strongest.get(1))
                .filter(n -> "No".equals(n.claim().answer())).findFirst().orElseThrow().text();
        assertEquals("Among all answers, \"A\" stands out on \"No\": 60.0% against the Total's 33.3%, 26.7 points"
                + " higher (n=100, adjusted residual, Holm-adjusted p<0.001).", no);
        String ja = NoteWriter.notes(f, Locale.JAPANESE).stream().filter(n -> n.claim().kind().equals(Claim.CORRECTION))
                .findFirst().orElseThrow().text();
        assertTrue(ja.contains("Holm"), ja);
    }
}
