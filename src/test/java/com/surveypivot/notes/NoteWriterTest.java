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
                "Overall, 50.0% answered \"Yes\" (n=300).",
                "\"A\" has the highest share of \"Yes\": 70.0%, significantly above the Total (50.0%) by 20.0 points"
                        + " (n=100, p<0.001).",
                "\"C\" has the lowest share of \"Yes\": 37.5%, significantly below the Total (50.0%) by 12.5 points"
                        + " (n=80, p=0.009).",
                "\"B\" is also significantly below the Total on \"Yes\": 40.0% against 50.0%, 10.0 points lower"
                        + " (n=100, p=0.014).",
                "The answers differ significantly between the segments (Pearson chi-square test, n=300, p<0.001).",
                "\"D\" (n=20) is left out of the comparison: its base is under 30."), s);
    }

    @Test
    void japaneseSentencesOfTheScaleTableWithHedgeForABaseUnderFifty() {
        List<String> s = NoteWriter.sentences(NoteFinder.claims(NoteFinderTest.scaleByMulti()), Locale.JAPANESE);
        assertEquals(List.of(
                "全体では「とても悩んでいる + 悩んでいる」が40.0%（n=200）。",
                "「広告宣伝・販促」では「とても悩んでいる + 悩んでいる」が50.0%で最も高く、全体（40.0%）を10.0ポイント上回る"
                        + "（有意差あり、n=120、p<0.001）。",
                "「営業・営業企画」では「とても悩んでいる + 悩んでいる」が20.0%で最も低く、全体（40.0%）を20.0ポイント下回る"
                        + "（有意差あり、n=40、p=0.004）。ただし、n=40と少ないため参考値として扱いたい。"), s);
    }

    @Test
    void noDifferenceSentenceInBothLanguages() {
        Claim chi = new Claim(Claim.NO_DIFFERENCE, null, null, null, null, null, 200, Claim.CHI_SQUARE, 0.5716);
        assertEquals("No significant difference between the segments (Pearson chi-square test, n=200, p=0.572).",
                NoteWriter.sentence(chi, Locale.ENGLISH));
        assertEquals("カイ二乗検定では、セグメント間に有意な差は見られない（n=200、p=0.572）。",
                NoteWriter.sentence(chi, Locale.JAPANESE));
        Claim vsRest = new Claim(Claim.NO_DIFFERENCE, null, "Q", Claim.SHARE, null, null, 1500, Claim.VS_REST, 0.72);
        assertEquals("No segment differs significantly from the respondents outside it on \"Q\""
                + " (two-proportion z-tests, n=1,500).", NoteWriter.sentence(vsRest, Locale.ENGLISH));
        assertEquals("「Q」について、それ以外の回答者と有意に異なるセグメントは見られない（比率の差の検定、n=1,500）。",
                NoteWriter.sentence(vsRest, Locale.JAPANESE));
    }

    /** The gap is the difference of the shown shares: 78.24 → 78.2, 69.46 → 69.5, gap 8.7 (not 8.78 → 8.8). */
    @Test
    void gapAddsUpWithTheShownShares() {
        Claim c = new Claim(Claim.ABOVE_TOTAL, "広告宣伝・販促", "連携できていない計", Claim.SHARE, 78.24, 69.46, 120,
                Claim.VS_REST, 0.01);
        assertEquals("「広告宣伝・販促」でも「連携できていない計」が78.2%と、全体（69.5%）を8.7ポイント有意に上回る（n=120、p=0.010）。",
                NoteWriter.sentence(c, Locale.JAPANESE));
    }
}
