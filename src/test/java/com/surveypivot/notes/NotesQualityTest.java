package com.surveypivot.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.analysis.SegmentMapData;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality bar of the notes, on the bundled sample and on real data (MASS survey): every claim's numbers against
 * an independent recomputation from the respondents ({@link IndependentTable}); a claimed difference has p < 0.05 at
 * a base of 30 or more; the claimed highest segment is the highest; no claim names a segment with a base under 30
 * (except the caution that leaves it out); nothing significant is left unsaid among the three strongest differences.
 */
class NotesQualityTest {
    static final List<String> Q2_NOT_WELL = List.of("連携マインドは高いが、戦略・KPI・システム面等の環境が整っていない",
            "限定的にしか連携できていない", "ほとんど連携できていない");

    static Survey sample;
    static Survey mass;

    @BeforeAll
    static void read() throws Exception {
        sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        mass = SurveyReader.read(Path.of(NotesQualityTest.class.getResource("/notes/mass_survey.xlsx").toURI()));
    }

    /** Holm's step-down adjustment, written out: the i-th smallest p times (m − i + 1), non-decreasing, ≤ 1. */
    static java.util.Map<String, Double> holm(List<IndependentTable.Seg> segments, boolean oneComparison) {
        List<IndependentTable.Seg> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingDouble(s -> Double.isNaN(s.p()) ? 1 : s.p()));
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        double running = 0;
        int m = sorted.size();
        for (int i = 0; i < m; i++) {
            double p = Double.isNaN(sorted.get(i).p()) ? 1 : sorted.get(i).p();
            running = Math.max(running, Math.min(1, p * (oneComparison ? 1 : m - i)));
            out.put(sorted.get(i).label(), oneComparison ? p : running);
        }
        return out;
    }

    static Question q(Survey s, String key) {
        return s.find(key).orElseThrow(() -> new AssertionError("no question " + key));
    }

    /** Checks every claim of one table on one measure; returns the claims. */
    static List<Claim> check(Survey survey, String question, String by, List<String> labels, String net) {
        Question qq = q(survey, question);
        Question bb = q(survey, by);
        Crosstab table = CrosstabEngine.crosstab(qq, bb);
        NoteMeasure measure = labels == null ? null : new NoteMeasure(net, labels);
        List<Claim> claims = NoteFinder.find(table, measure).claims();
        String view = question + " by " + by;
        // the measure the notes used, found independently: the one asked for, the top 2 of a scale, the most chosen
        // option of a multi-response question, else the first answer of the table
        List<String> measuredLabels;
        if (labels != null) {
            measuredLabels = labels;
        } else if (qq.type() == com.surveypivot.survey.QuestionType.SCALE) {
            measuredLabels = qq.categories().subList(0, 2);
        } else if (qq.isMulti()) {
            measuredLabels = List.of(mostCommon(qq, bb));
        } else {
            measuredLabels = List.of(table.rows().get(0).label());
        }
        IndependentTable ind = new IndependentTable(qq, bb, measuredLabels);
        boolean multiAttribute = bb.isMulti();
        // the segment claims are Holm-corrected over the eligible segments (two segments making up the table are
        // one comparison); the adjusted p worked out here from the independent p-values
        java.util.Map<String, Double> holm = holm(ind.eligible(), !multiAttribute && ind.segments.size() == 2);

        for (Claim c : claims) {
            String where = view + ": " + c;
            if (c.segment() != null && !c.kind().equals(Claim.SMALL_BASE)) {
                assertTrue(c.base() >= 30, "claim about a base under 30: " + where);
            }
            if (c.kind().equals(Claim.ABOVE_TOTAL) || c.kind().equals(Claim.BELOW_TOTAL)) {
                IndependentTable.Seg s = ind.segment(c.segment());
                assertEquals(s.share(), c.value(), 1e-9, where);
                assertEquals(ind.totalShare(), c.total(), 1e-9, where);
                assertEquals(s.base(), c.base(), where);
                assertEquals(multiAttribute ? Claim.VS_REST : Claim.ADJUSTED_RESIDUAL, c.test(), where);
                double adjusted = holm.get(s.label());
                assertTrue(adjusted < 0.05 && c.pValue() < 0.05, where);
                assertEquals(adjusted, c.pValue(), Math.max(1e-12, adjusted * 1e-6), where);
                assertEquals(c.kind().equals(Claim.ABOVE_TOTAL), s.share() > ind.totalShare(), where);
            }
        }
        // the ranking
        List<IndependentTable.Seg> ranked = new ArrayList<>(ind.eligible());
        ranked.sort(Comparator.comparingDouble(s -> -s.share()));
        if (ranked.size() >= 2) {
            Claim highest = only(claims, Claim.HIGHEST);
            assertEquals(ranked.get(0).label(), highest.segment(), view);
            assertEquals(ranked.get(0).share(), highest.value(), 1e-9, view);
            List<Claim> next = claims.stream().filter(c -> c.kind().equals(Claim.RANKING)).toList();
            for (int i = 0; i < next.size(); i++) {
                assertEquals(ranked.get(i + 1).label(), next.get(i).segment(), view + " rank " + (i + 2));
                assertEquals(ranked.get(i + 1).share(), next.get(i).value(), 1e-9, view);
            }
            Claim lowest = only(claims, Claim.LOWEST);
            assertEquals(ranked.get(ranked.size() - 1).label(), lowest.segment(), view);
            assertEquals(ranked.get(ranked.size() - 1).share(), lowest.value(), 1e-9, view);
        } else {
            assertTrue(claims.stream().noneMatch(c -> c.kind().equals(Claim.HIGHEST)), view);
        }
        // nothing significant left unsaid among the three strongest differences
        List<IndependentTable.Seg> strongest = ind.eligible().stream().filter(s -> holm.get(s.label()) < 0.05)
                .sorted(Comparator.comparingDouble(s -> -Math.abs(s.share() - ind.totalShare()))).limit(3).toList();
        for (IndependentTable.Seg s : strongest) {
            assertTrue(claims.stream().anyMatch(c -> s.label().equals(c.segment())
                    && (c.kind().equals(Claim.ABOVE_TOTAL) || c.kind().equals(Claim.BELOW_TOTAL))),
                    view + ": significant difference of " + s + " left unsaid");
        }
        // and nothing is claimed that is not significant
        long claimed = claims.stream().filter(c -> c.kind().equals(Claim.ABOVE_TOTAL)
                || c.kind().equals(Claim.BELOW_TOTAL)).count();
        assertEquals(ind.eligible().stream().filter(s -> holm.get(s.label()) < 0.05).count(), claimed, view);
        if (!ind.eligible().isEmpty()) {
            assertTrue(claims.stream().anyMatch(c -> c.kind().equals(Claim.CORRECTION)
                    && c.base() == ind.eligible().size()), view + ": the correction is said");
        }
        if (claimed == 0) {
            assertTrue(claims.stream().anyMatch(c -> c.kind().equals(Claim.NO_DIFFERENCE)), view);
        }
        // the overall most common answer
        Claim overall = claims.get(0);
        assertEquals(Claim.OVERALL, overall.kind());
        String best = mostCommon(qq, bb);
        assertEquals(best, overall.answer(), view);
        assertEquals(new IndependentTable(qq, bb, List.of(best)).totalShare(), overall.value(), 1e-9, view);
        // the mean score of a scale: points p … 1 from the top end (no "don't know" answers in these scales)
        if (qq.type() == com.surveypivot.survey.QuestionType.SCALE) {
            int points = qq.categoryCount();
            double sum = 0;
            int count = 0;
            for (int r = 0; r < qq.respondentCount(); r++) {
                for (int c = 0; c < points; c++) {
                    if (ind.inBase[r] && qq.members(c).contains(r)) {
                        sum += points - c;
                        count++;
                    }
                }
            }
            Claim mean = claims.stream().filter(c -> Claim.MEAN.equals(c.measure())).findFirst().orElseThrow();
            assertEquals(sum / count, mean.value(), 1e-9, view);
            assertEquals(count, mean.base(), view);
        }
        // every sentence carries its numbers in both languages
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            List<Note> notes = NoteWriter.notes(NoteFinder.find(table, measure), locale);
            assertEquals(claims.size(), notes.size());
            for (Note note : notes) {
                Claim c = note.claim();
                if (c.value() != null && Claim.SHARE.equals(c.measure())) {
                    assertTrue(note.text().contains(String.format(Locale.ROOT, "%.1f%%", c.value())), note.text());
                }
                if (c.segment() != null) {
                    assertTrue(note.text().contains(c.segment()), note.text());
                }
                if (c.base() != null && c.base() < 50 && c.segment() != null && !c.kind().equals(Claim.SMALL_BASE)) {
                    assertTrue(note.text().contains(locale == Locale.JAPANESE ? "参考値" : "caution"), note.text());
                }
            }
        }
        return claims;
    }

    static String mostCommon(Question qq, Question bb) {
        String best = null;
        double bestShare = -1;
        for (String label : qq.categories()) {
            double share = new IndependentTable(qq, bb, List.of(label)).totalShare();
            if (share > bestShare) {
                bestShare = share;
                best = label;
            }
        }
        return best;
    }

    static Claim only(List<Claim> claims, String kind) {
        List<Claim> found = claims.stream().filter(c -> c.kind().equals(kind)).toList();
        assertEquals(1, found.size(), kind + " in " + claims);
        return found.get(0);
    }

    @Test
    void sampleViewsByJobFunction() {
        check(sample, "Q2", "Q1", Q2_NOT_WELL, "連携が不十分");
        check(sample, "Q2", "Q1", null, null);
        check(sample, "Q3", "Q1", null, null);
        check(sample, "Q4", "Q1", null, null);
    }

    @Test
    void sampleViewsBySingleChoiceAttributes() {
        check(sample, "Q2", "業種", Q2_NOT_WELL, "連携が不十分");
        check(sample, "Q3", "役職", null, null);
        check(sample, "Q3", "従業員規模", null, null);
        check(sample, "Q4", "業種", null, null);
    }

    @Test
    void massSurvey() {
        check(mass, "Exer", "Sex", null, null);
        check(mass, "Smoke", "Exer", null, null);
        check(mass, "W.Hnd", "Sex", null, null);
        check(mass, "M.I", "Sex", null, null);
        check(mass, "Clap", "Fold", null, null);
        check(mass, "Exer", "Smoke", List.of("Freq", "Some"), "Freq+Some");
    }

    /** Exer by Sex (R: Female 118, Male 118 ...): "Freq" by Sex, worked with the independent table. */
    @Test
    void exerciseBySexMatchesTheHandCount() {
        Question exer = q(mass, "Exer");
        IndependentTable ind = new IndependentTable(exer, q(mass, "Sex"), List.of("Freq"));
        // R: table(survey$Exer, survey$Sex): Freq 49 / 65, None 11 / 13, Some 58 / 40; n = 236
        assertEquals(236, ind.totalBase);
        assertEquals(114, ind.totalHits);
        assertEquals(49, ind.segment("Female").hits());
        assertEquals(65, ind.segment("Male").hits());
    }

    /** The quadrant claims of the Q2 × Q3 map by Q1: both gaps significant (own z) and bases of 30 or more. */
    @Test
    void mapQuadrantsOnTheSample() {
        Question q2 = q(sample, "Q2");
        Question q3 = q(sample, "Q3");
        Question q1 = q(sample, "Q1");
        SegmentMapData data = SegmentMapData.compute(MapMeasure.of(q2, Q2_NOT_WELL), MapMeasure.of(q3, List.of()), q1);
        List<Claim> claims = MapNotes.claims(data, "X", "Y");
        assertFalse(claims.isEmpty());
        IndependentTable x = new IndependentTable(q2, q1, Q2_NOT_WELL);
        IndependentTable y = new IndependentTable(q3, q1, q3.categories().subList(0, 2));
        for (IndependentTable.Seg sx : x.segments) {
            IndependentTable.Seg sy = y.segment(sx.label());
            boolean both = sx.p() < 0.05 && sy.p() < 0.05 && Math.min(sx.base(), sy.base()) >= 30;
            Claim c = claims.stream().filter(cl -> cl.segment().equals(sx.label())).findFirst().orElse(null);
            assertEquals(both, c != null, sx.label());
            if (c != null) {
                assertEquals(Claim.QUADRANT, c.kind());
                assertEquals(sx.share(), c.value(), 1e-9);
                assertEquals(x.totalShare(), c.total(), 1e-9);
                assertEquals(Math.max(sx.p(), sy.p()), c.pValue(), 1e-12);
                String ja = MapNotes.notes(data, "連携が不十分", "悩んでいる", Locale.JAPANESE).stream()
                        .filter(n -> n.claim().segment().equals(sx.label())).findFirst().orElseThrow().text();
                boolean highX = sx.share() > x.totalShare();
                boolean highY = sy.share() > y.totalShare();
                String expected = highX && highY ? "「連携が不十分」も「悩んでいる」も全体より多い"
                        : highX ? "「連携が不十分」は多いが、「悩んでいる」は少ない"
                        : highY ? "「連携が不十分」は少ないが、「悩んでいる」は多い"
                        : "「連携が不十分」も「悩んでいる」も全体より少ない";
                assertTrue(ja.startsWith(sx.label() + "：" + expected), ja);
            }
        }
    }
}
