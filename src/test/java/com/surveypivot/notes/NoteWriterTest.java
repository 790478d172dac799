package com.surveypivot.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Sentences for the hand-built tables of {@link NoteFinderTest}, in English and Japanese. */
class NoteWriterTest {

    @Test
    void englishSentencesOfTheSignificantSingleChoiceTable() {
        List<String> s = NoteWriter.sentences(NoteFinder.claims(NoteFinderTest.significantSingle()), Locale.ENGLISH);
        assertEquals(List.of(
                "Overall, the most common answer is \"Yes\" at 50.0% (n=300).",
                "\"A\" is significantly above the Total on \"Yes\": 70.0% against 50.0%, 20.0 points higher"
                        + " (n=100, adjusted residual, p<0.001).",
                "\"C\" is significantly below the Total on \"Yes\": 37.5% against 50.0%, 12.5 points lower"
                        + " (n=80, adjusted residual, p=0.018).",
                "\"B\" is significantly below the Total on \"Yes\": 40.0% against 50.0%, 10.0 points lower"
                        + " (n=100, adjusted residual, p=0.018).",
                "Ranked on \"Yes\", \"A\" comes first at 70.0% (Total 50.0%, n=100).",
                "It is followed by \"B\" at 40.0% (n=100).",
                "\"C\" is lowest at 37.5% (n=80).",
                "The answers differ significantly between the segments (chi-square test, n=300, p<0.001).",
                "Segment claims are corrected for multiple comparisons (Holm): over the 3 segments compared on each"
                        + " measure, and over all 3 answer-by-segment comparisons for the strongest differences; the"
                        + " p-values shown are adjusted.",
                "\"D\" (n=20) is left out of the comparison: its base is under 30."), s);
    }

    @Test
    void japaneseSentencesOfTheScaleTableWithHedgeForABaseUnderFifty() {
        List<Note> notes = NoteWriter.notes(NoteFinder.find(NoteFinderTest.scaleByMulti(), null), Locale.JAPANESE);
        assertEquals("全体で最も多い回答は「どちらともいえない」で、30.0%（n=200）。", notes.get(0).text());
        assertEquals("全体では「TOP2（上位2段階の合計）」（「とても悩んでいる」＋「悩んでいる」）が40.0%を占める（n=200）。",
                notes.get(1).text());
        assertEquals("「営業・営業企画」は「TOP2（上位2段階の合計）」が20.0%と、全体（40.0%）を20.0ポイント有意に下回る"
                + "（n=40、それ以外の回答者との比率の差の検定、p=0.004）。ただし、n=40と少ないため参考値として扱いたい。",
                notes.get(3).text());
        assertEquals("最も低いのは「営業・営業企画」で20.0%（n=40）。ただし、n=40と少ないため参考値として扱いたい。",
                notes.get(8).text());
        assertEquals("「営業・営業企画」の平均点はそれ以外の回答者より低い：2.70（全体 3.15、n=40、Welchのt検定、Holm補正後の"
                + "p=0.005）。ただし、n=40と少ないため参考値として扱いたい。", notes.get(5).text());
    }

    @Test
    void noDifferenceSentenceInBothLanguages() {
        Claim chi = new Claim(Claim.NO_DIFFERENCE, null, null, null, null, null, 200, Claim.CHI_SQUARE, 0.5716);
        assertEquals("No significant difference between the segments (chi-square test, n=200, p=0.572).",
                NoteWriter.sentence(chi, Locale.ENGLISH));
        assertEquals("セグメント間に有意な差は見られない（カイ二乗検定、n=200、p=0.572）。",
                NoteWriter.sentence(chi, Locale.JAPANESE));
    }

    /** The gap is the difference of the shown shares: 78.24 → 78.2, 69.46 → 69.5, gap 8.7 (not 8.78 → 8.8). */
    @Test
    void gapAddsUpWithTheShownShares() {
        Claim c = new Claim(Claim.ABOVE_TOTAL, "広告宣伝・販促", "連携できていない計", Claim.SHARE, 78.24, 69.46, 120,
                Claim.VS_REST, 0.01);
        assertEquals("「広告宣伝・販促」は「連携できていない計」が78.2%と、全体（69.5%）を8.7ポイント有意に上回る"
                + "（n=120、それ以外の回答者との比率の差の検定、p=0.010）。", NoteWriter.sentence(c, Locale.JAPANESE));
    }
}
