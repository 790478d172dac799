package com.surveypivot.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scan on the bundled sample tells the source report's story in its first ten findings. */
class FindingsSampleTest {
    static final List<String> MARKETING_SALES = List.of("商品・サービス企画と営業", "広告宣伝・販促と営業",
            "BtoBリード獲得・ナーチャリングと営業");
    static Survey sample;
    static ScanResult result;

    @BeforeAll
    static void scan() throws Exception {
        sample = FindingsIndependentTest.sample();
        result = SurveyScan.run(sample, ScanOptions.defaults());
    }

    @Test
    void theSourceReportsReadingsAreAmongTheTopTen() {
        List<Finding> top = result.findings().subList(0, 10);
        String all = top.toString();
        assertTrue(top.stream().anyMatch(f -> f.question().id().equals("Q2") && f.attribute().id().equals("Q1")),
                "job function × collaboration (Q2): " + all);
        assertTrue(top.stream().anyMatch(f -> f.question().id().equals("Q3") && f.attribute().id().equals("Q1")),
                "job function × worry (Q3): " + all);
        assertTrue(top.stream().anyMatch(f -> f.question().id().equals("Q4") && f.attribute().id().equals("Q1")
                && MARKETING_SALES.contains(f.answer())), "job function × a marketing-and-sales pair (Q4): " + all);
        for (Finding f : top) {
            assertTrue(f.qValue() < 0.05, f.toString());
            assertTrue(f.base() >= ScanOptions.MIN_BASE, f.toString());
        }
    }

    @Test
    void aMirroredPairAppearsOnce() {
        Set<Set<Question>> pairs = new HashSet<>();
        Set<List<Question>> ordered = new HashSet<>();
        for (Finding f : result.findings()) {
            ordered.add(List.of(f.question(), f.attribute()));
            pairs.add(Set.of(f.question(), f.attribute()));
        }
        assertEquals(pairs.size(), ordered.size(), "a pair seen in both orientations");
        // Q2 and Q3 are both questions and attributes: only Q3 by Q2 (the earlier one is the attribute)
        assertTrue(result.findings().stream().noneMatch(f -> f.question().id().equals("Q2")
                && f.attribute().id().equals("Q3")));
    }

    @Test
    void smallSegmentsAreNeverFindingsAndUnderFiftyAreHedged() {
        // "その他" of Q1 has a base under 30 on every question
        assertTrue(result.findings().stream().noneMatch(f -> "その他".equals(f.segment())
                && f.attribute().id().equals("Q1")));
        for (Finding f : result.findings()) {
            String text = FindingWriter.sentence(f, Locale.ENGLISH);
            assertEquals(f.base() < 50, text.contains("read with caution"), text);
        }
    }

    @Test
    void sentencesSayWhatTheEvidenceSays() {
        Finding f = result.findings().get(0);
        String en = FindingWriter.sentence(f, Locale.ENGLISH);
        assertTrue(en.contains(String.format(Locale.ROOT, "%.1f%%", f.value())), en);
        assertTrue(en.contains(String.format(Locale.ROOT, "Total's %.1f%%", f.total())), en);
        assertTrue(en.contains(f.segment()) && en.contains(f.answer()) && en.contains("q"), en);
        String ja = FindingWriter.sentence(f, Locale.JAPANESE);
        assertTrue(ja.contains("「" + f.segment() + "」") && ja.contains("ポイント"), ja);
        String method = FindingWriter.method(result, Locale.ENGLISH);
        assertTrue(method.contains("Benjamini") && method.contains(String.valueOf(result.tests())), method);
        assertTrue(FindingWriter.method(result, Locale.JAPANESE).contains("偽発見率"));
    }

    @Test
    void chosenQuestionsAttributesAndMinimumGap() {
        Question q2 = sample.find("Q2").orElseThrow();
        Question q1 = sample.find("Q1").orElseThrow();
        ScanResult one = SurveyScan.run(sample, ScanOptions.defaults().withQuestions(List.of(q2))
                .withAttributes(List.of(q1)).withMinGap(10));
        assertEquals(1, one.tables());
        assertFalse(one.findings().isEmpty());
        for (Finding f : one.findings()) {
            assertTrue(f.question() == q2 && f.attribute() == q1);
            assertTrue(Math.abs(f.gap()) >= 10, f.toString());
        }
    }

    @Test
    void weightedScanUsesTheWeights() {
        Question weight = sample.find("ウェイト").orElseThrow();
        ScanResult weighted = SurveyScan.run(sample, ScanOptions.defaults().withWeight(weight));
        assertTrue(weighted.weighted());
        assertTrue(FindingWriter.method(weighted, Locale.ENGLISH).contains("effective"));
        assertFalse(weighted.findings().isEmpty());
        assertTrue(weighted.findings().stream().noneMatch(f -> f.question() == weight || f.attribute() == weight));
        assertTrue(weighted.findings().get(0).value() != result.findings().get(0).value());
    }

    @Test
    void progressIsToldAndCancelStopsTheScan() {
        List<Integer> seen = new ArrayList<>();
        ScanResult r = SurveyScan.run(sample, ScanOptions.defaults(), (done, total) -> seen.add(done), () -> false);
        assertEquals(0, seen.get(0));
        assertEquals(r.tables(), seen.get(seen.size() - 1));
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class, () -> SurveyScan.run(sample, ScanOptions.defaults(),
                SurveyScan.Progress.NONE, () -> asked.incrementAndGet() > 1));
    }

    @Test
    void aFilteredScanCountsOnlyTheRespondentsKept() {
        Question size = sample.find("従業員規模").orElseThrow();
        Question q1 = sample.find("Q1").orElseThrow();
        com.surveypivot.analysis.Filter large = com.surveypivot.analysis.Filter.answer(size, "1,000〜4,999人",
                "5,000人以上");
        ScanResult filtered = SurveyScan.run(sample, ScanOptions.defaults().withFilter(large)
                .withAttributes(List.of(q1)));
        assertTrue(filtered.filtered());
        assertTrue(FindingWriter.method(filtered, Locale.ENGLISH).contains("filter"));
        // plain count of respondents in the large companies who ticked a job function and answered the question
        for (Finding f : filtered.findings()) {
            int base = 0;
            int code = f.attribute().categories().indexOf(f.segment());
            for (int r = 0; r < sample.respondents(); r++) {
                boolean kept = size.code(r) == 2 || size.code(r) == 3;
                if (kept && f.question().answered().contains(r) && f.attribute().members(code).contains(r)) {
                    base++;
                }
            }
            assertEquals(base, f.base(), f.toString());
        }
        assertFalse(filtered.findings().isEmpty());
    }
}
