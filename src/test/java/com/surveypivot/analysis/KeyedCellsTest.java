package com.surveypivot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The one-pass weighted cells ({@link KeyedCells}, used by {@link CrosstabEngine#compute} and {@link TableBook})
 * against a straightforward computation written here: for every respondent, look up its answer and its attribute
 * categories and add 1, w and w² to each cell it belongs to. Random surveys with missing answers, multi-response
 * attributes (some respondents outside their base, some ticking nothing), zero, NaN and negative weights, filters,
 * and banners wide enough to need several keys. Counts must be equal, sums equal to 1e-12 relative.
 */
class KeyedCellsTest {
    private static final double REL = 1e-12;

    @Test
    void oneTablePerBannerMatchesStraightforwardSums() {
        for (long seed = 1; seed <= 6; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 3000 + random.nextInt(2000);
            List<Question> banner = banner(n, random, seed % 2 == 0);
            double[] weights = weights(n, random);
            for (int qi = 0; qi < 4; qi++) {
                Question q = single("Q" + qi, n, 2 + random.nextInt(9), random);
                Filter filter = qi % 2 == 1 ? Filter.not(Filter.answer(banner.get(0), banner.get(0).categories().get(0)))
                        : null;
                TableSpec spec = new TableSpec(q, banner, null, filter, weights, List.of(),
                        CellOptions.defaults().withHideEmpty(false, false));
                Crosstab fast = CrosstabEngine.compute(spec);
                Crosstab book = TableBook.compute(List.of(spec, spec)).get(1);
                Straightforward expected = new Straightforward(q, banner, filter, weights);
                compare(expected, fast, "seed " + seed + " q" + qi);
                compare(expected, book, "book seed " + seed + " q" + qi);
                Crosstab byTemplate = TableBook.compute(spec, List.of(banner.get(1), q)).get(1);
                compare(expected, byTemplate, "template seed " + seed + " q" + qi);
            }
        }
    }

    @Test
    void multiResponseQuestionMatchesStraightforwardSums() {
        for (long seed = 11; seed <= 14; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 3000 + random.nextInt(2000);
            List<Question> banner = banner(n, random, seed % 2 == 0);
            double[] weights = weights(n, random);
            Question q = multi("M", n, 7, random);
            Filter filter = seed % 2 == 1 ? Filter.answer(banner.get(1), banner.get(1).categories().get(2),
                    banner.get(1).categories().get(3)) : null;
            TableSpec spec = new TableSpec(q, banner, null, filter, weights, List.of(),
                    CellOptions.defaults().withHideEmpty(false, false));
            compare(new Straightforward(q, banner, filter, weights), CrosstabEngine.compute(spec), "multi " + seed);
        }
    }

    @Test
    void bookOfMixedSpecsEqualsTablesComputedOneByOne() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 2000;
        List<Question> narrow = banner(n, random, false);
        List<Question> wide = banner(n, random, true);
        double[] w1 = weights(n, random);
        double[] w2 = weights(n, random);
        Question q = single("Q", n, 5, random);
        Question m = multi("M", n, 4, random);
        double[] values = new double[n];
        int[] codes = new int[n];
        for (int r = 0; r < n; r++) {
            values[r] = random.nextInt(50);
            codes[r] = (int) values[r] / 10;
        }
        Question number = Question.number("N", "N", "N", values, List.of("0", "10", "20", "30", "40"), codes);
        List<TableSpec> specs = new ArrayList<>();
        for (Question question : List.of(q, m, number)) {
            specs.add(new TableSpec(question, narrow, null, null, w1, List.of(), null));
            specs.add(new TableSpec(question, narrow, null, null, w2, List.of(), null));
            specs.add(new TableSpec(question, wide, null, null, w2, List.of(), null));
            specs.add(new TableSpec(question, wide, null, null, null, List.of(), null));
            specs.add(new TableSpec(question, narrow, wide.get(1), null, w1, List.of(), null)); // nested: bit sets
        }
        List<Crosstab> book = TableBook.compute(specs);
        for (int i = 0; i < specs.size(); i++) {
            assertEquals(CrosstabEngine.compute(specs.get(i)), book.get(i), "spec " + i);
        }
    }

    @Test
    void keyedCellsEqualTheBitSetPassCellByCell() {
        SplittableRandom random = new SplittableRandom(99);
        int n = 4000;
        List<Question> banner = banner(n, random, true);
        double[] raw = weights(n, random);
        double[] w = new SharedInputs().weights(raw)[0];
        Question q = single("Q", n, 6, random);
        BannerKeys keys = BannerKeys.of(banner);
        assertNotNull(keys);
        // columns: Total, then each attribute's categories (the last one of each group left out, the order reversed)
        List<RespondentSet> columnSets = new ArrayList<>();
        List<RespondentSet> bases = new ArrayList<>();
        RespondentSet total = new RespondentSet(n);
        for (Question by : banner) {
            total = total.or(CrosstabEngine.attributeBase(by).and(q.answered()));
        }
        columnSets.add(total);
        int[] from = new int[banner.size()];
        List<int[]> cats = new ArrayList<>();
        for (int g = 0; g < banner.size(); g++) {
            Question by = banner.get(g);
            RespondentSet base = CrosstabEngine.attributeBase(by).and(q.answered());
            bases.add(base);
            from[g] = columnSets.size();
            int[] c = new int[by.categoryCount() - 1];
            for (int i = 0; i < c.length; i++) {
                c[i] = by.categoryCount() - 1 - i;
                columnSets.add(by.members(c[i]).and(base));
            }
            cats.add(c);
        }
        WeightedCells old = WeightedCells.weighted(q, w, columnSets, bases, from, cats, banner);
        WeightedCells fast = KeyedCells.compute(q.codes(), q.categoryCount(), w, keys, columnSets.size(), from, cats);
        for (int c = 0; c < q.categoryCount(); c++) {
            for (int j = 0; j < columnSets.size(); j++) {
                assertEquals(old.n[c][j], fast.n[c][j], "n " + c + "," + j);
                assertClose(old.w[c][j], fast.w[c][j], "w " + c + "," + j);
                assertClose(old.w2[c][j], fast.w2[c][j], "w2 " + c + "," + j);
            }
            for (int g = 0; g < banner.size(); g++) {
                assertClose(old.groupW[c][g], fast.groupW[c][g], "group w " + c + "," + g);
                assertClose(old.groupW2[c][g], fast.groupW2[c][g], "group w2 " + c + "," + g);
            }
        }
    }

    /** Per respondent, per cell: the definition of a weighted table. */
    private static final class Straightforward {
        final List<double[]> columnW = new ArrayList<>();
        final double[][] cellW;
        final double[] colW;
        final double[] colW2;
        final int[] colN;

        Straightforward(Question q, List<Question> banner, Filter filter, double[] raw) {
            int n = q.respondentCount();
            RespondentSet kept = filter == null ? RespondentSet.all(n) : filter.select(n);
            int k = 1;
            for (Question by : banner) {
                k += by.categoryCount();
            }
            cellW = new double[q.categoryCount()][k];
            colW = new double[k];
            colW2 = new double[k];
            colN = new int[k];
            for (int r = 0; r < n; r++) {
                if (!q.answered().contains(r) || !kept.contains(r)) {
                    continue;
                }
                List<Integer> answers = new ArrayList<>();
                for (int c = 0; c < q.categoryCount(); c++) {
                    if (q.isMulti() ? q.members(c).contains(r) : q.code(r) == c) {
                        answers.add(c);
                    }
                }
                double w = Double.isFinite(raw[r]) && raw[r] > 0 ? raw[r] : 0;
                boolean inTotal = false;
                int offset = 1;
                for (Question by : banner) {
                    for (int a = 0; a < by.categoryCount(); a++) {
                        boolean in = by.isMulti() ? by.answered().contains(r) && by.members(a).contains(r)
                                : by.code(r) == a;
                        if (in) {
                            int j = offset + a;
                            for (int c : answers) {
                                cellW[c][j] += w;
                            }
                            colW[j] += w;
                            colW2[j] += w * w;
                            colN[j]++;
                            inTotal = true;
                        }
                    }
                    offset += by.categoryCount();
                }
                if (inTotal) {
                    for (int c : answers) {
                        cellW[c][0] += w;
                    }
                    colW[0] += w;
                    colW2[0] += w * w;
                    colN[0]++;
                }
            }
        }
    }

    private static void compare(Straightforward expected, Crosstab table, String where) {
        assertEquals(expected.colW.length, table.columns().size(), where + " columns");
        for (int j = 0; j < expected.colW.length; j++) {
            TableColumn col = table.columns().get(j);
            assertEquals(expected.colN[j], col.unweightedBase(), where + " n of column " + j);
            assertClose(expected.colW[j], col.base(), where + " Σw of column " + j);
            double effective = expected.colW2[j] > 0 ? expected.colW[j] * expected.colW[j] / expected.colW2[j] : 0;
            assertClose(effective, col.effectiveBase(), where + " effective base of column " + j);
            for (TableRow row : table.rows()) {
                if (row.net()) {
                    continue;
                }
                int c = table.question().indexOf(row.label());
                assertClose(expected.cellW[c][j], row.count(j), where + " cell " + row.label() + "," + j);
            }
        }
    }

    private static void assertClose(double expected, double actual, String where) {
        assertEquals(expected, actual, REL * Math.max(1, Math.abs(expected)), where);
    }

    private static List<Question> banner(int n, SplittableRandom random, boolean wide) {
        List<Question> banner = new ArrayList<>();
        banner.add(single("Gender", n, 2, random));
        banner.add(single("Age", n, 6, random));
        banner.add(multi("Jobs", n, 6, random));
        banner.add(single("Region", n, 8, random));
        if (wide) {
            banner.add(multi("Tools", n, 11, random)); // a key of its own
            banner.add(single("Size", n, 40, random));
        }
        return banner;
    }

    private static double[] weights(int n, SplittableRandom random) {
        double[] w = new double[n];
        for (int r = 0; r < n; r++) {
            double u = random.nextDouble();
            w[r] = u < 0.01 ? 0 : u < 0.015 ? Double.NaN : u < 0.02 ? -1 : 0.2 + 3 * random.nextDouble();
        }
        return w;
    }

    private static Question single(String id, int n, int categories, SplittableRandom random) {
        int[] codes = new int[n];
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            labels.add(id + " " + c);
        }
        for (int r = 0; r < n; r++) {
            codes[r] = random.nextDouble() < 0.05 ? -1 : random.nextInt(categories);
        }
        return Question.categorical(id, id, QuestionType.SINGLE, false, labels, List.of(id), codes);
    }

    private static Question multi(String id, int n, int options, SplittableRandom random) {
        List<RespondentSet> ticks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < options; c++) {
            ticks.add(new RespondentSet(n));
            labels.add(id + " " + c);
        }
        RespondentSet answered = new RespondentSet(n);
        for (int r = 0; r < n; r++) {
            if (random.nextDouble() < 0.9) {
                answered.add(r);
            }
            for (int c = 0; c < options; c++) {
                if (random.nextDouble() < 0.25) {
                    ticks.get(c).add(r); // ticks outside the base too: they must not count
                }
            }
        }
        return Question.multi(id, id, labels, labels, ticks, answered);
    }
}
