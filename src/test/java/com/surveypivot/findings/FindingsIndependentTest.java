package com.surveypivot.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every finding of the scan, and the number of tests behind the Benjamini–Hochberg correction, checked against
 * {@link IndependentScan} (plain loops, own z, own chi-square, own BH) on the bundled sample and the shared data.
 */
class FindingsIndependentTest {

    static Survey sample() throws Exception {
        return SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
    }

    static Survey resource(String path) throws Exception {
        return SurveyReader.read(Path.of(FindingsIndependentTest.class.getResource(path).toURI()));
    }

    @Test
    void sampleFindingsCheckOut() throws Exception {
        check(sample(), 8);
    }

    @Test
    void massSurveyFindingsCheckOut() throws Exception {
        check(resource("/notes/mass_survey.xlsx"), 3);
    }

    @Test
    void hobbiesFindingsCheckOut() throws Exception {
        check(resource("/cli/hobbies.xlsx"), 50);
    }

    private static String key(String kind, String q, String a, String segment, String answer, List<String> members) {
        return kind + "|" + q + "|" + a + "|" + segment + "|" + (members.isEmpty() ? answer : "NET" + members);
    }

    private static void check(Survey survey, int atLeast) {
        ScanResult result = SurveyScan.run(survey, ScanOptions.defaults());
        IndependentScan mine = new IndependentScan(survey, List.of("TOP", "BOTTOM"));
        assertEquals(mine.tests.size(), result.tests(), "tests in the family");
        assertEquals(mine.findings.size(), result.findings().size(), "findings");
        assertTrue(result.findings().size() >= atLeast, result.findings().size() + " findings");
        Map<String, IndependentScan.Found> expected = new HashMap<>();
        for (IndependentScan.Found f : mine.findings) {
            IndependentScan.Test t = f.test();
            expected.put(key(t.kind(), t.question(), t.attribute(), t.segment(), t.answer(), t.members()), f);
        }
        for (Finding f : result.findings()) {
            String where = f.toString();
            IndependentScan.Found e = expected.get(key(f.kind(), f.question().id(), f.attribute().id(), f.segment(),
                    f.answer(), f.members()));
            assertNotNull(e, "not found independently: " + where);
            IndependentScan.Test t = e.test();
            assertEquals(t.base(), f.base(), where);
            close(t.p(), f.pValue(), "p " + where);
            close(e.q(), f.qValue(), "q " + where);
            assertTrue(f.qValue() < 0.05, where);
            assertEquals(f.base() < 50, f.hedged(), where);
            assertTrue(f.base() >= 30, where);
            if (Finding.CELL.equals(f.kind())) {
                assertEquals(t.value(), f.value(), 1e-9, where);
                assertEquals(t.total(), f.total(), 1e-9, where);
                assertEquals(t.value() - t.total(), f.gap(), 1e-9, where);
            }
        }
        // ranked: strongest first
        for (int i = 1; i < result.findings().size(); i++) {
            assertFalse(result.findings().get(i).strength() > result.findings().get(i - 1).strength() + 1e-12);
        }
    }

    private static void close(double expected, double actual, String where) {
        assertTrue(Math.abs(expected - actual) <= 1e-9 + 1e-6 * Math.abs(expected), where + ": " + expected
                + " vs " + actual);
    }
}
