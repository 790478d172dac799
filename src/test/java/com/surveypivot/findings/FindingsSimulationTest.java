package com.surveypivot.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Survey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 5% promise on surveys drawn at random (fixed seeds): with no relation at all, a scan should find something in
 * at most about 5% of surveys (under the complete null every finding is false, so this share is the false
 * discovery rate); with planted differences, the share of false findings among all findings stays within 5% on
 * average and the planted differences come first, strongest first.
 */
class FindingsSimulationTest {
    private static final int RUNS = 200;

    /** 3 attributes, then 5 questions of every kind, nothing related. */
    private static Survey nullSurvey(long seed) {
        SimulatedSurvey s = new SimulatedSurvey(seed, 400);
        int[] a = s.attribute("A", 3);
        s.attribute("B", 4);
        s.attribute("C", 2);
        s.single("Q1", 4, false, a, -1, 0);
        s.single("Q2", 5, true, a, -1, 0);
        s.single("Q3", 3, false, a, -1, 0);
        s.multi("Q4", 5);
        s.multi("Q5", 4);
        return s.survey();
    }

    @Test
    void noRelationsFindSomethingInAtMostFivePercentOfSurveys() {
        int withFindings = 0;
        int tests = 0;
        for (int run = 0; run < RUNS; run++) {
            ScanResult result = SurveyScan.run(nullSurvey(1000 + run), ScanOptions.defaults());
            tests += result.tests();
            if (!result.findings().isEmpty()) {
                withFindings++;
            }
        }
        double share = (double) withFindings / RUNS;
        // 5% plus two binomial standard errors of 200 runs
        double limit = 0.05 + 2 * Math.sqrt(0.05 * 0.95 / RUNS);
        assertTrue(share <= limit, "surveys with a false finding: " + withFindings + " of " + RUNS);
        assertTrue(tests / RUNS > 150, "tests per survey: " + tests / RUNS);
    }

    @Test
    void plantedDifferencesAreFoundStrongestFirstAndFalseFindingsStayUnderFivePercent() {
        double fdpSum = 0;
        int runs = 100;
        for (int run = 0; run < runs; run++) {
            SimulatedSurvey s = new SimulatedSurvey(5000 + run, 1200);
            int[] a = s.attribute("A", 3);
            s.attribute("B", 4);
            s.single("P1", 4, false, a, 1, 0.40);   // segment A-b: about +30 points on P1-a
            s.single("P2", 5, true, a, 2, 0.15);    // segment A-c: about +12 points on "Very much"
            s.single("Q1", 4, false, a, -1, 0);
            s.multi("Q2", 5);
            Survey survey = s.survey();
            ScanResult result = SurveyScan.run(survey, ScanOptions.defaults());
            List<Finding> cells = result.findings().stream().filter(f -> Finding.CELL.equals(f.kind())).toList();
            int p1 = indexOf(cells, "P1", "A-b", "P1-a");
            int p2 = indexOf(cells, "P2", "A-c", "Very much");
            assertTrue(p1 >= 0, "run " + run + ": P1 by A not found");
            assertEquals(0, p1, "run " + run + ": the strongest planted difference comes first");
            if (p2 >= 0) {
                assertTrue(p2 > p1);
            }
            long falseOnes = result.findings().stream().filter(f -> !planted(f)).count();
            fdpSum += result.findings().isEmpty() ? 0 : (double) falseOnes / result.findings().size();
        }
        double fdr = fdpSum / runs;
        assertTrue(fdr <= 0.05 + 0.03, "mean share of false findings " + fdr);
    }

    @Test
    void thePlantedTopTwoBoxDifferenceIsFoundWithEnoughRespondents() {
        SimulatedSurvey s = new SimulatedSurvey(77, 3000);
        int[] a = s.attribute("A", 3);
        s.single("P2", 5, true, a, 2, 0.15);
        ScanResult result = SurveyScan.run(s.survey(), ScanOptions.defaults());
        assertTrue(result.findings().stream().anyMatch(f -> f.question().id().equals("P2")
                && "A-c".equals(f.segment()) && f.gap() != null && f.gap() > 5), result.findings().toString());
    }

    /** A finding about a table where a difference was planted (every cell of it truly differs). */
    private static boolean planted(Finding f) {
        String q = f.question().id();
        String a = f.attribute().id();
        return (q.equals("P1") || q.equals("P2")) && a.equals("A") || (a.equals("P1") || a.equals("P2"))
                && q.equals("A");
    }

    private static int indexOf(List<Finding> cells, String question, String segment, String answer) {
        for (int i = 0; i < cells.size(); i++) {
            Finding f = cells.get(i);
            boolean direct = f.question().id().equals(question) && segment.equals(f.segment())
                    && answer.equals(f.answer());
            boolean mirrored = f.attribute().id().equals(question) && f.question().id().equals("A")
                    && answer.equals(f.segment()) && segment.equals(f.answer());
            if (direct || mirrored) {
                return i;
            }
        }
        return -1;
    }
}
