package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartPaletteTest {

    @Test
    void recognisesDontKnowStyleAnswersButNotTheNeutralMiddle() {
        for (String label : List.of("わからない", "分からない", "無回答", "Don't know", "Prefer not to say", "N/A")) {
            assertTrue(ChartPalette.isDontKnow(label), label);
        }
        for (String label : List.of("どちらともいえない", "Neither agree nor disagree", "その他", "満足")) {
            assertFalse(ChartPalette.isDontKnow(label), label);
        }
    }

    @Test
    void onlyTrailingDontKnowsAreGreyed() {
        assertEquals(2, ChartPalette.trailingDontKnows(List.of("はい", "いいえ", "わからない", "無回答")));
        assertEquals(0, ChartPalette.trailingDontKnows(List.of("わからない", "はい", "いいえ")));
        assertEquals(0, ChartPalette.trailingDontKnows(List.of("わからない")));
    }

    @Test
    void oddRampsHaveAGreyMiddleAndEvenRampsNone() {
        assertEquals("#D6D6D6", ChartPalette.diverging(5).get(2));
        assertEquals("#D6D6D6", ChartPalette.diverging(7).get(3));
        assertFalse(ChartPalette.diverging(4).contains("#D6D6D6"));
        assertEquals(ChartPalette.diverging(4).get(0), ChartPalette.diverging(5).get(0));
        assertEquals(ChartPalette.diverging(4).get(3), ChartPalette.diverging(5).get(4));
    }

    @Test
    void qualitativeColoursAreDistinct() {
        assertEquals(12, ChartPalette.qualitative(12).stream().distinct().count());
    }
}
