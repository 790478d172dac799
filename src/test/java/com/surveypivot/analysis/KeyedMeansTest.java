package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Means of a number question (the one-pass {@link KeyedMeans}) against a two-pass computation written here, per
 * column of a banner with a single-choice and a multi-response attribute, unweighted and weighted:
 * m = Σwx/Σw, sd = √(Σw(x − m)²/Σw · n'/(n' − 1)) with n' = (Σw)²/Σw² (the sample sd when unweighted).
 */
class KeyedMeansTest {
    @Test
    void numberMeansMatchTwoPassComputation() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 5000;
        double[] values = new double[n];
        int[] codes = new int[n];
        for (int r = 0; r < n; r++) {
            values[r] = random.nextDouble() < 0.04 ? Double.NaN : random.nextInt(100) + random.nextDouble();
            codes[r] = Double.isNaN(values[r]) ? -1 : (int) (values[r] / 25);
        }
        Question number = Question.number("Spend", "Spend", "Spend", values, List.of("0–25", "25–50", "50–75",
                "75–100"), codes);
        int[] regionCodes = new int[n];
        List<RespondentSet> ticks = List.of(new RespondentSet(n), new RespondentSet(n), new RespondentSet(n));
        for (int r = 0; r < n; r++) {
            regionCodes[r] = random.nextDouble() < 0.05 ? -1 : random.nextInt(4);
            for (RespondentSet t : ticks) {
                if (random.nextDouble() < 0.4) {
                    t.add(r);
                }
            }
        }
        Question region = Question.categorical("Region", "Region", QuestionType.SINGLE, false,
                List.of("N", "E", "S", "W"), List.of("Region"), regionCodes);
        Question jobs = Question.multi("Jobs", "Jobs", List.of("a", "b", "c"), List.of("a", "b", "c"), ticks,
                RespondentSet.all(n));
        double[] weights = new double[n];
        for (int r = 0; r < n; r++) {
            weights[r] = 0.3 + 2 * random.nextDouble();
        }
        for (double[] w : new double[][] {null, weights}) {
            Crosstab table = CrosstabEngine.compute(new TableSpec(number, List.of(region, jobs), null, null, w,
                    List.of(), CellOptions.defaults()));
            // columns: Total, N, E, S, W, a, b, c
            assertEquals(8, table.columns().size());
            for (int j = 0; j < 8; j++) {
                List<Integer> members = new ArrayList<>();
                for (int r = 0; r < n; r++) {
                    boolean inRegion = regionCodes[r] >= 0;
                    boolean anyJob = ticks.get(0).contains(r)
                            || ticks.get(1).contains(r) || ticks.get(2).contains(r);
                    boolean in = j == 0 ? inRegion || anyJob : j <= 4 ? regionCodes[r] == j - 1
                            : ticks.get(j - 5).contains(r);
                    if (in && !Double.isNaN(values[r])) {
                        members.add(r);
                    }
                }
                double sw = 0;
                double sw2 = 0;
                double swx = 0;
                for (int r : members) {
                    double wr = w == null ? 1 : w[r];
                    sw += wr;
                    sw2 += wr * wr;
                    swx += wr * values[r];
                }
                double m = swx / sw;
                double ss = 0;
                for (int r : members) {
                    double wr = w == null ? 1 : w[r];
                    ss += wr * (values[r] - m) * (values[r] - m);
                }
                double eff = sw * sw / sw2;
                double sd = Math.sqrt(ss / sw * eff / (eff - 1));
                MeanScore mean = table.columns().get(j).mean();
                assertNotNull(mean, "column " + j);
                assertEquals(members.size(), mean.n(), "n of column " + j);
                assertEquals(m, mean.mean(), 1e-9 * Math.abs(m), "mean of column " + j);
                assertEquals(sd, mean.sd(), 1e-9 * sd, "sd of column " + j);
                assertEquals(sw, mean.weightedN(), 1e-9 * sw, "Σw of column " + j);
            }
        }
        // nobody with a value: no mean
        double[] none = new double[n];
        java.util.Arrays.fill(none, Double.NaN);
        int[] noCodes = new int[n];
        java.util.Arrays.fill(noCodes, -1);
        Question empty = Question.number("E", "E", "E", none, List.of(), noCodes);
        Crosstab table = CrosstabEngine.compute(TableSpec.of(empty, region).withOptions(
                CellOptions.defaults().withHideEmpty(true, false)));
        assertNull(table.columns().get(0).mean());
    }
}
