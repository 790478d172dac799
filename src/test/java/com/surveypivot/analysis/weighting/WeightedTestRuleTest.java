package com.surveypivot.analysis.weighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.notes.Claim;
import com.surveypivot.notes.NoteFinder;
import com.surveypivot.notes.NoteWriter;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, one rule for weighted tests: both entry points of the engine compute a weighted chi-square on the
 * counts rescaled to the Kish effective base; checked against a plain loop over the respondents; the notes say so.
 */
class WeightedTestRuleTest {

    @Test
    void bothEntryPointsUseTheEffectiveBase() throws Exception {
        Survey s = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        double[] w = s.find("ウェイト").orElseThrow().numbers();
        for (String[] pair : new String[][] {{"Q2", "業種"}, {"Q3", "従業員規模"}, {"役職", "業種"}}) {
            Question q = s.find(pair[0]).orElseThrow();
            Question by = s.find(pair[1]).orElseThrow();
            ChiSquare old = CrosstabEngine.crosstab(q, by, w).chiSquare();
            ChiSquare spec = CrosstabEngine.compute(TableSpec.of(q, by).withWeights(w)).chiSquare();
            double expected = plainLoop(q, by, w);
            assertEquals(expected, old.statistic(), 1e-9, pair[0]);
            assertEquals(expected, spec.statistic(), 1e-9, pair[0]);
            assertEquals(old.pValue(), spec.pValue(), 1e-12);
        }
    }

    /** Weighted table of the respondents who answered both, rescaled to (Σw)²/Σw², Pearson's X² by hand. */
    private static double plainLoop(Question q, Question by, double[] w) {
        int[] a = q.codes();
        int[] b = by.codes();
        double[][] t = new double[q.categoryCount()][by.categoryCount()];
        double sum = 0;
        double sumSq = 0;
        for (int r = 0; r < a.length; r++) {
            double x = Double.isFinite(w[r]) && w[r] > 0 ? w[r] : 0;
            if (a[r] >= 0 && b[r] >= 0) {
                t[a[r]][b[r]] += x;
                sum += x;
                sumSq += x * x;
            }
        }
        double scale = (sum * sum / sumSq) / sum;
        double n = sum * scale;
        double[] rows = new double[t.length];
        double[] cols = new double[t[0].length];
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t[0].length; j++) {
                rows[i] += t[i][j] * scale;
                cols[j] += t[i][j] * scale;
            }
        }
        double x2 = 0;
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t[0].length; j++) {
                double e = rows[i] * cols[j] / n;
                if (e > 0) {
                    x2 += Math.pow(t[i][j] * scale - e, 2) / e;
                }
            }
        }
        return x2;
    }

    @Test
    void theNotesOfAWeightedTableSayTestsUseTheEffectiveBase() throws Exception {
        Survey s = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        double[] w = s.find("ウェイト").orElseThrow().numbers();
        Crosstab t = CrosstabEngine.compute(TableSpec.of(s.find("Q2").orElseThrow(), s.find("業種").orElseThrow())
                .withWeights(w));
        List<Claim> claims = NoteFinder.claims(t);
        Claim last = claims.get(claims.size() - 1);
        assertEquals(Claim.WEIGHTED, last.kind());
        assertEquals(t.total().effectiveBase(), last.value(), 1e-9);
        List<String> en = NoteWriter.sentences(claims, Locale.ENGLISH);
        assertTrue(en.get(en.size() - 1).contains("effective base"), en.get(en.size() - 1));
        List<String> ja = NoteWriter.sentences(claims, Locale.JAPANESE);
        assertTrue(ja.get(ja.size() - 1).contains("有効サンプル数"), ja.get(ja.size() - 1));
        Crosstab unweighted = CrosstabEngine.compute(TableSpec.of(s.find("Q2").orElseThrow(),
                s.find("業種").orElseThrow()));
        assertTrue(NoteFinder.claims(unweighted).stream().noneMatch(c -> Claim.WEIGHTED.equals(c.kind())));
    }
}
