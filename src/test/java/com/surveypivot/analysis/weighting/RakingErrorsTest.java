package com.surveypivot.analysis.weighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unreachable or unreadable targets get one clear translated line; caps, iterations and the share syntax. */
class RakingErrorsTest {
    /** Sex M/F/M/F/…, Age Young/Old in a fixed pattern, 12 respondents; "Empty" is an answer nobody gave. */
    static Survey survey() {
        int n = 12;
        int[] sex = new int[n];
        int[] age = new int[n];
        for (int r = 0; r < n; r++) {
            sex[r] = r % 2;
            age[r] = r % 3 == 0 ? 0 : 1;
        }
        List<Question> qs = new ArrayList<>();
        qs.add(Question.categorical("Sex", "Sex", QuestionType.SINGLE, false, List.of("M", "F", "Empty"),
                List.of("Sex"), sex));
        qs.add(Question.categorical("Age", "Age", QuestionType.SINGLE, false, List.of("Young", "Old"),
                List.of("Age"), age));
        return new Survey("t", "t", 1, 1, "generic", n, qs);
    }

    private static RakeException refused(String key, String... specs) throws Exception {
        List<RakeTarget> targets = new ArrayList<>();
        RakeException e = assertThrows(RakeException.class, () -> {
            for (String s : specs) {
                targets.add(TargetSpec.parse(s));
            }
            Raking.rake(survey(), targets, RakeOptions.defaults());
        });
        assertEquals(key, e.key(), e.getMessage());
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            assertFalse(e.message(l).contains("\n"));
            assertFalse(e.message(l).startsWith("weighting."), e.message(l));
        }
        return e;
    }

    @Test
    void unreachableAndUnreadableTargets() throws Exception {
        RakeException e = refused("weighting.error.emptyCategory", "Sex=M:40|F:40|Empty:20");
        assertTrue(e.getMessage().contains("Empty"), e.getMessage());
        e = refused("weighting.error.sum", "Sex=M:50|F:40");
        assertTrue(e.getMessage().contains("90.00%"), e.getMessage());
        refused("weighting.error.sum", "Sex=M:0.5|F:0.4");
        refused("weighting.error.noTarget", "Sex=M:100%");
        refused("weighting.error.zeroTarget", "Sex=M:100|F:0");
        refused("weighting.error.unknownAnswer", "Sex=M:50|X:50");
        refused("weighting.error.unknownAttribute", "Region=North:50|South:50");
        refused("weighting.error.syntax", "Sex=M50|F:50");
        refused("weighting.error.syntax", "Sex");
        refused("weighting.error.attributes", "Sex=M:50|F:50", "Age=Young:50|Old:50", "Sex=M:50|F:50",
                "Age=Young:50|Old:50", "Sex=M:50|F:50", "Age=Young:50|Old:50", "Sex=M:50|F:50");
    }

    @Test
    void percentsAndFractionsAreTheSameTargets() throws Exception {
        assertEquals(Map.of("M", 0.4, "F", 0.6), TargetSpec.parse("Sex=M:40|F:60").shares());
        assertEquals(Map.of("M", 0.4, "F", 0.6), TargetSpec.parse("Sex=M:0.4|F:0.6").shares());
        assertEquals(Map.of("M", 0.004, "F", 0.006), TargetSpec.parse("Sex=M:0.4%|F:0.6%").shares());
        assertEquals("a:b", TargetSpec.parse("Q=a:b:100").shares().keySet().iterator().next());
    }

    /*
     * One attribute: M (6 respondents) to 25%, F (6) to 75%: weights n·share/count = 12·.25/6 = 0.5 and 1.5.
     * With caps 0.6–1.4 × mean: M stays at 0.6 (capped) and the F weights can't reach their target: not converged.
     */
    @Test
    void capsAndConvergence() throws Exception {
        RakeReport plain = Raking.rake(survey(), List.of(TargetSpec.parse("Sex=M:25|F:75")), RakeOptions.defaults());
        assertTrue(plain.converged());
        assertEquals(1, plain.iterations());
        assertEquals(0.5, plain.min(), 1e-12);
        assertEquals(1.5, plain.max(), 1e-12);
        assertEquals(12 * (6 * 0.25 + 6 * 2.25) / (12.0 * 12), plain.designEffect(), 1e-12);
        RakeReport capped = Raking.rake(survey(), List.of(TargetSpec.parse("Sex=M:25|F:75")),
                RakeOptions.defaults().withCaps(0.6, 1.4).withMaxIterations(50));
        assertFalse(capped.converged());
        assertEquals(50, capped.iterations());
        assertTrue(capped.min() >= 0.6 * 0.999 && capped.max() <= 1.4 * 1.001, capped.min() + " " + capped.max());
    }
}
