package com.surveypivot.findings;

import com.surveypivot.analysis.TopBox;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * The scan recomputed for tests, unweighted, from the scan's written rules only: plain loops over respondents for
 * every count (a respondent's answers read one by one from the question's members), the pooled two-proportion z
 * and the Pearson chi-square written out here, and Benjamini–Hochberg written out here. Nothing from analysis or
 * findings is used; only {@link TopBox#points} (question typing) says how many points a scale has.
 */
final class IndependentScan {
    /** One test: a cell (segment and answer set), a table, or an option. */
    record Test(String kind, String question, String attribute, String segment, String answer, double value,
            double total, int base, double p, List<String> members) {
        double gap() {
            return value - total;
        }
    }

    /** A finding: a test with its q. */
    record Found(Test test, double q) {
    }

    final List<Test> tests = new ArrayList<>();
    final List<Found> findings = new ArrayList<>();

    IndependentScan(Survey survey, List<String> boxNames) {
        List<Question> questions = new ArrayList<>();
        List<Question> attributes = new ArrayList<>();
        List<Question> all = survey.questions();
        List<Integer> qPos = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Question q = all.get(i);
            boolean kind = q.type() == QuestionType.SINGLE || q.type() == QuestionType.SCALE || q.isMulti();
            if (q.type() == QuestionType.GRID) {
                for (Question item : q.items()) {
                    questions.add(item);
                    qPos.add(i);
                }
            } else if (kind && q.categoryCount() >= 2) {
                questions.add(q);
                qPos.add(i);
            }
            if (kind && q.categoryCount() >= 2 && q.categoryCount() <= 15) {
                attributes.add(q);
            }
        }
        for (Question a : attributes) {
            int aPos = all.indexOf(a);
            for (int qi = 0; qi < questions.size(); qi++) {
                Question q = questions.get(qi);
                if (q == a) {
                    continue;
                }
                boolean mirrored = attributes.contains(q) && questions.contains(a);
                if (mirrored && qPos.get(qi) < aPos) {
                    continue; // kept as A by Q, with Q as the attribute
                }
                table(q, a, boxNames);
            }
        }
        double[] p = tests.stream().mapToDouble(Test::p).toArray();
        double[] q = bh(p);
        List<Found> raw = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (q[i] < 0.05) {
                raw.add(new Found(tests.get(i), q[i]));
            }
        }
        // one story, one finding: a box's own answers moving the same way, and the weaker opposite box, are folded
        for (Found f : raw) {
            boolean folded = false;
            for (Found box : raw) {
                Test b = box.test;
                Test t = f.test;
                if (box == f || !b.kind.equals("cell") || b.members.isEmpty() || !t.kind.equals("cell")
                        || !b.question.equals(t.question) || !b.attribute.equals(t.attribute)
                        || !b.segment.equals(t.segment)) {
                    continue;
                }
                boolean same = Math.signum(b.gap()) == Math.signum(t.gap());
                if (t.members.isEmpty() && same && b.members.contains(t.answer)) {
                    folded = true;
                }
                if (!t.members.isEmpty() && !same && Math.abs(b.gap()) > Math.abs(t.gap())
                        && t.members.stream().noneMatch(b.members::contains)) {
                    folded = true;
                }
            }
            if (!folded) {
                findings.add(f);
            }
        }
    }

    static double[] bh(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[m];
        double min = 1;
        for (int k = m - 1; k >= 0; k--) {
            min = Math.min(min, p[order[k]] * m / (k + 1));
            q[order[k]] = min;
        }
        return q;
    }

    private static boolean has(Question q, int c, int r) {
        return q.members(c).contains(r);
    }

    private void table(Question q, Question a, List<String> boxNames) {
        int n = q.respondentCount();
        boolean[] in = new boolean[n];
        int total = 0;
        for (int r = 0; r < n; r++) {
            boolean inA = a.answered().contains(r);
            if (a.isMulti()) {
                boolean ticked = false;
                for (int c = 0; c < a.categoryCount(); c++) {
                    ticked |= has(a, c, r);
                }
                inA &= ticked;
            }
            in[r] = inA && q.answered().contains(r);
            total += in[r] ? 1 : 0;
        }
        // rows: answers with respondents, then the top and bottom boxes of a 4-, 5- or 7-point scale
        List<int[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        for (int c = 0; c < q.categoryCount(); c++) {
            int count = 0;
            for (int r = 0; r < n; r++) {
                count += in[r] && has(q, c, r) ? 1 : 0;
            }
            if (count > 0) {
                rows.add(new int[] {c});
                labels.add(q.categories().get(c));
                members.add(List.of());
            }
        }
        int answerRows = rows.size();
        int points = q.type() == QuestionType.SCALE ? TopBox.points(q) : 0;
        int box = points == 4 || points == 5 ? 2 : points == 7 ? 3 : 0;
        if (box > 0) {
            int[] top = new int[box];
            int[] bottom = new int[box];
            for (int i = 0; i < box; i++) {
                top[i] = i;
                bottom[i] = points - box + i;
            }
            rows.add(top);
            labels.add(boxNames.get(0));
            members.add(Arrays.stream(top).mapToObj(c -> q.categories().get(c)).toList());
            rows.add(bottom);
            labels.add(boxNames.get(1));
            members.add(Arrays.stream(bottom).mapToObj(c -> q.categories().get(c)).toList());
        }
        // columns: the attribute's categories with respondents in the table
        List<Integer> cols = new ArrayList<>();
        List<Integer> colBase = new ArrayList<>();
        for (int s = 0; s < a.categoryCount(); s++) {
            int b = 0;
            for (int r = 0; r < n; r++) {
                b += in[r] && has(a, s, r) ? 1 : 0;
            }
            if (b > 0) {
                cols.add(s);
                colBase.add(b);
            }
        }
        int k = cols.size();
        int[][] hits = new int[rows.size()][k];
        int[] totalHits = new int[rows.size()];
        for (int r = 0; r < n; r++) {
            if (!in[r]) {
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                boolean hit = false;
                for (int c : rows.get(i)) {
                    hit |= has(q, c, r);
                }
                if (hit) {
                    totalHits[i]++;
                    for (int j = 0; j < k; j++) {
                        if (has(a, cols.get(j), r)) {
                            hits[i][j]++;
                        }
                    }
                }
            }
        }
        String qid = q.id();
        String aid = a.id();
        if (total >= 30 && k >= 2 && !a.isMulti()) {
            if (!q.isMulti()) {
                double[][] obs = new double[answerRows][k];
                for (int i = 0; i < answerRows; i++) {
                    for (int j = 0; j < k; j++) {
                        obs[i][j] = hits[i][j];
                    }
                }
                Double p = chiSquareP(obs);
                if (p != null) {
                    tests.add(new Test("table", qid, aid, null, null, Double.NaN, Double.NaN, total, p, List.of()));
                }
            } else {
                for (int i = 0; i < answerRows; i++) {
                    double[][] obs = new double[2][k];
                    for (int j = 0; j < k; j++) {
                        obs[0][j] = hits[i][j];
                        obs[1][j] = colBase.get(j) - hits[i][j];
                    }
                    Double p = chiSquareP(obs);
                    if (p != null) {
                        tests.add(new Test("option", qid, aid, null, labels.get(i), Double.NaN, Double.NaN, total, p,
                                List.of()));
                    }
                }
            }
        }
        boolean twoSegments = !a.isMulti() && k == 2;
        boolean twoAnswers = !q.isMulti() && answerRows == 2;
        List<Test> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (twoAnswers && i >= answerRows) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                int b = colBase.get(j);
                if (b < 30) {
                    continue;
                }
                int restBase = total - b;
                int restHits = totalHits[i] - hits[i][j];
                double pooled = (double) totalHits[i] / total;
                double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / b + 1.0 / restBase));
                double z = ((double) hits[i][j] / b - (double) restHits / restBase) / se;
                if (restBase <= 0 || !Double.isFinite(z)) {
                    continue;
                }
                double p = Erf.erfc(Math.abs(z) / Math.sqrt(2));
                cells.add(new Test("cell", qid, aid, a.categories().get(cols.get(j)), labels.get(i),
                        100.0 * hits[i][j] / b, 100.0 * totalHits[i] / total, b, p, members.get(i)));
            }
        }
        if (twoSegments) {
            cells = stronger(cells, true);
        }
        if (twoAnswers) {
            cells = stronger(cells, false);
        }
        tests.addAll(cells);
    }

    private static List<Test> stronger(List<Test> cells, boolean sameAnswer) {
        List<Test> out = new ArrayList<>();
        for (Test t : cells) {
            Test twin = out.stream().filter(o -> sameAnswer ? o.answer.equals(t.answer) : o.segment.equals(t.segment))
                    .findFirst().orElse(null);
            if (twin == null) {
                out.add(t);
            } else if (Math.abs(t.gap()) > Math.abs(twin.gap())) {
                out.set(out.indexOf(twin), t);
            }
        }
        return out;
    }

    /** Pearson chi-square p without continuity correction; rows and columns summing to 0 dropped. */
    static Double chiSquareP(double[][] obs) {
        int rows = obs.length;
        int cols = obs[0].length;
        double[] rs = new double[rows];
        double[] cs = new double[cols];
        double n = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                rs[i] += obs[i][j];
                cs[j] += obs[i][j];
                n += obs[i][j];
            }
        }
        int r = (int) Arrays.stream(rs).filter(v -> v > 0).count();
        int c = (int) Arrays.stream(cs).filter(v -> v > 0).count();
        int df = (r - 1) * (c - 1);
        if (df <= 0) {
            return null;
        }
        double x = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (rs[i] > 0 && cs[j] > 0) {
                    double e = rs[i] * cs[j] / n;
                    x += (obs[i][j] - e) * (obs[i][j] - e) / e;
                }
            }
        }
        return 1 - new ChiSquaredDistribution(df).cumulativeProbability(x);
    }
}
