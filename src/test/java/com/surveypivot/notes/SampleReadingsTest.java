package com.surveypivot.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.survey.Question;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notes on the bundled sample tell the source survey's story (issue 2's findings 1–5), in Japanese and English.
 * Answers are looked up by label, so the test holds whatever order the reader gives them.
 */
class SampleReadingsTest {
    static final String PLANNING_PAIR = "経営企画・事業戦略系と現場（マーケティングや営業）";

    @BeforeAll
    static void read() throws Exception {
        NotesQualityTest.read();
    }

    static Findings find(String question, String by, NoteMeasure measure) {
        Question q = NotesQualityTest.q(NotesQualityTest.sample, question);
        Question b = NotesQualityTest.q(NotesQualityTest.sample, by);
        return NoteFinder.find(CrosstabEngine.crosstab(q, b), measure);
    }

    static List<Claim> of(Findings f, String kind) {
        return f.claims().stream().filter(c -> c.kind().equals(kind)).toList();
    }

    /** The sentence of a claim in a language. */
    static String text(Findings f, Claim claim, Locale locale) {
        return NoteWriter.notes(f, locale).stream().filter(n -> n.claim() == claim).findFirst().orElseThrow().text();
    }

    @Test
    void q2AboutSeventyPercentNotOrPartlyWithOptionTwoMostCommon() {
        Findings f = find("Q2", "Q1", new NoteMeasure("連携が不十分", NotesQualityTest.Q2_NOT_WELL));
        List<Claim> overall = of(f, Claim.OVERALL);
        assertEquals(NotesQualityTest.Q2_NOT_WELL.get(0), overall.get(0).answer());
        Claim net = overall.get(1);
        assertEquals("連携が不十分", net.answer());
        assertTrue(net.value() > 65 && net.value() < 75, net.toString());
        String ja = text(f, net, Locale.JAPANESE);
        assertTrue(ja.startsWith("全体では「連携が不十分」（「連携マインドは高いが"), ja);
        assertTrue(ja.contains(String.format(Locale.ROOT, "%.1f%%を占める", net.value())), ja);
        String en = text(f, net, Locale.ENGLISH);
        assertTrue(en.startsWith(String.format(Locale.ROOT, "Overall, %.1f%% fall in \"連携が不十分\"", net.value())), en);
        assertTrue(text(f, overall.get(0), Locale.JAPANESE).startsWith("全体で最も多い回答は「連携マインドは高いが"));
        assertTrue(text(f, overall.get(0), Locale.ENGLISH).startsWith("Overall, the most common answer is \"連携マインドは高いが"));
    }

    @Test
    void q2ByQ1AdvertisingHighestThenResearchThenSales() {
        Findings f = find("Q2", "Q1", new NoteMeasure("連携が不十分", NotesQualityTest.Q2_NOT_WELL));
        Claim highest = of(f, Claim.HIGHEST).get(0);
        assertEquals("広告宣伝・販促", highest.segment());
        assertEquals(List.of("調査・リサーチ", "営業・営業企画"), of(f, Claim.RANKING).stream().map(Claim::segment).toList());
        assertTrue(of(f, Claim.ABOVE_TOTAL).stream().anyMatch(c -> c.segment().equals("広告宣伝・販促")));
        assertTrue(text(f, highest, Locale.JAPANESE).startsWith("「連携が不十分」の割合が最も高いのは「広告宣伝・販促」で"));
        assertTrue(text(f, highest, Locale.ENGLISH).startsWith("Ranked on \"連携が不十分\", \"広告宣伝・販促\" comes first"));
        Claim second = of(f, Claim.RANKING).get(0);
        assertTrue(text(f, second, Locale.JAPANESE).startsWith("次いで「調査・リサーチ」が"));
        assertTrue(text(f, second, Locale.ENGLISH).startsWith("It is followed by \"調査・リサーチ\""));
    }

    @Test
    void q3ByQ1SystemsAndSitesWorryMostSalesBelowTotal() {
        Findings f = find("Q3", "Q1", null);
        Set<String> top = Set.of("システム管理・導入", "サイト運営・管理");
        Claim highest = of(f, Claim.HIGHEST).get(0);
        assertEquals(Claim.TOP2, highest.answer());
        assertTrue(top.contains(highest.segment()), highest.toString());
        assertTrue(top.contains(of(f, Claim.RANKING).get(0).segment()));
        for (String s : top) {
            assertTrue(of(f, Claim.ABOVE_TOTAL).stream().anyMatch(c -> c.segment().equals(s)), s);
        }
        Claim sales = of(f, Claim.BELOW_TOTAL).stream().filter(c -> c.segment().equals("営業・営業企画")).findFirst()
                .orElseThrow();
        assertEquals("営業・営業企画", of(f, Claim.LOWEST).get(0).segment());
        assertTrue(text(f, sales, Locale.JAPANESE).startsWith("「営業・営業企画」は「TOP2（上位2段階の合計）」が"), text(f, sales, Locale.JAPANESE));
        assertTrue(text(f, sales, Locale.JAPANESE).contains("ポイント有意に下回る"));
        assertTrue(text(f, sales, Locale.ENGLISH).startsWith("\"営業・営業企画\" is significantly below the Total on \"top 2\""));
    }

    @Test
    void q4PlanningPairLeadsOverallAndInTheFourGroups() {
        Findings f = find("Q4", "Q1", null);
        List<Claim> overall = of(f, Claim.OVERALL);
        assertEquals(PLANNING_PAIR, overall.get(0).answer());
        assertEquals("マーケティング系とプロダクト開発系", of(f, Claim.LEADING).get(0).answer());
        Set<String> otherLeaders = Set.copyOf(of(f, Claim.SEGMENT_LEADING).stream().map(Claim::segment).toList());
        for (String group : List.of("広告宣伝・販促", "営業・営業企画", "カスタマーサービス", "経営企画・事業戦略")) {
            assertTrue(!otherLeaders.contains(group), group);
        }
        List<Claim> lead = f.claims().stream().filter(c -> c.kind().equals(Claim.LEADING_ELSEWHERE)
                || c.kind().equals(Claim.LEADING_EVERYWHERE)).toList();
        assertEquals(PLANNING_PAIR, lead.get(0).answer());
        assertTrue(text(f, overall.get(0), Locale.JAPANESE).startsWith("全体で最も多い回答は「" + PLANNING_PAIR + "」"));
        assertTrue(text(f, lead.get(0), Locale.ENGLISH).contains("\"" + PLANNING_PAIR + "\" is the most chosen option"));
    }

    /**
     * The source report's two-question reading: sales collaborate poorly but hardly worry; site/systems people
     * collaborate fairly well but worry; advertising and research have both problems. Each is a quadrant claim, so
     * both of its gaps are significant (checked independently in NotesQualityTest).
     */
    @Test
    void mapOfQ2AndQ3ByQ1ReadsLikeTheSourceReport() {
        Question q1 = NotesQualityTest.q(NotesQualityTest.sample, "Q1");
        Question q2 = NotesQualityTest.q(NotesQualityTest.sample, "Q2");
        Question q3 = NotesQualityTest.q(NotesQualityTest.sample, "Q3");
        com.surveypivot.analysis.SegmentMapData data = com.surveypivot.analysis.SegmentMapData.compute(
                com.surveypivot.analysis.MapMeasure.of(q2, NotesQualityTest.Q2_NOT_WELL),
                com.surveypivot.analysis.MapMeasure.of(q3, List.of()), q1);
        List<Note> ja = MapNotes.notes(data, "連携が不十分", "悩んでいる", Locale.JAPANESE);
        assertTrue(ja.stream().anyMatch(n -> n.text().startsWith("営業・営業企画：「連携が不十分」は多いが、「悩んでいる」は少ない")),
                ja.toString());
        assertTrue(ja.stream().anyMatch(n -> n.text().startsWith("サイト運営・管理：「連携が不十分」は少ないが、「悩んでいる」は多い")),
                ja.toString());
        for (String marketing : List.of("広告宣伝・販促", "調査・リサーチ")) {
            assertTrue(ja.stream().anyMatch(n -> n.text().startsWith(marketing + "：「連携が不十分」も「悩んでいる」も全体より多い")),
                    ja.toString());
        }
        List<Note> en = MapNotes.notes(data, "poor collaboration", "worried", Locale.ENGLISH);
        assertTrue(en.stream().anyMatch(n -> n.text().startsWith(
                "営業・営業企画: more \"poor collaboration\"") && n.text().contains("but less \"worried\"")), en.toString());
    }
}
