package com.surveypivot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A constructed survey where segment A (80 answers) writes "kpi" far more often than the rest (120 answers).
 * References from R 4: {@code prop.test(c(x1, x2), c(80, 120), correct = FALSE)} for each word and
 * {@code p.adjust(p, "BH")} over the four words tested (kpi 40/6, tools 12/10, data 20/30, leads 2/30; "rare",
 * 2/1, has fewer than 5 users and is not tested; "ok" is in every answer, so it has no variation to test).
 */
class CharacteristicWordsTest {

    private static String[] answers() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean a = i < 80;
            int k = a ? i : i - 80;
            StringBuilder s = new StringBuilder("ok");
            if (a ? k < 40 : k < 6) {
                s.append(" kpi kpi");
            }
            if (a ? k < 12 : k < 10) {
                s.append(" tools");
            }
            if (a ? k >= 60 : k >= 90) {
                s.append(" data");
            }
            if (a ? k < 2 : k >= 90) {
                s.append(" leads");
            }
            if (a ? k == 79 || k == 78 : k == 0) {
                s.append(" rare");
            }
            list.add(s.toString());
        }
        return list.toArray(String[]::new);
    }

    private static RespondentSet segmentA() {
        RespondentSet a = new RespondentSet(200);
        for (int i = 0; i < 80; i++) {
            a.add(i);
        }
        return a;
    }

    @Test
    void theWordTheSegmentUsesFarMoreOftenIsCharacteristic() {
        TextAnswers index = TextAnswers.of(answers(), () -> false);
        List<CharacteristicWord> words = CharacteristicWords.of(index, null, segmentA());
        // tools: adjusted p 0.1865 (not significant); leads: significant but the segment uses it less
        assertEquals(1, words.size(), words.toString());
        CharacteristicWord kpi = words.get(0);
        assertEquals("kpi", kpi.word());
        assertEquals(40, kpi.segmentRespondents());
        assertEquals(6, kpi.restRespondents());
        assertEquals(0.5, kpi.segmentShare(), 1e-12);
        assertEquals(0.05, kpi.restShare(), 1e-12);
        assertEquals(7.40839025622935, kpi.z(), 1e-9);
        assertEquals(1.27841639006585e-13, kpi.pValue(), 1e-20);
        assertEquals(5.11366556026338e-13, kpi.adjustedP(), 1e-20);
    }

    @Test
    void theRestIsTheBaseOutsideTheSegmentAndSmallBasesGetNoClaim() {
        TextAnswers index = TextAnswers.of(answers(), () -> false);
        // base: A's first 29 and all of the rest: A has fewer than 30 answers in the base
        RespondentSet base = new RespondentSet(200);
        for (int i = 0; i < 200; i++) {
            if (i < 29 || i >= 80) {
                base.add(i);
            }
        }
        assertTrue(CharacteristicWords.of(index, base, segmentA()).isEmpty());
        // the segment as the rest: B (120) against A (80): "leads" (30/120 against 2/80) is B's word
        RespondentSet b = RespondentSet.all(200).andNot(segmentA());
        List<CharacteristicWord> words = CharacteristicWords.of(index, null, b);
        assertEquals(List.of("leads"), words.stream().map(CharacteristicWord::word).toList());
        assertEquals(4.23549894758253e-05, words.get(0).adjustedP(), 1e-15);
    }

    @Test
    void benjaminiHochbergMatchesR() {
        double[] q = BenjaminiHochberg.adjust(new double[] {1.27841639006585e-13, 1.39896765999527e-01, 1.0,
            2.11774947379127e-05});
        assertEquals(5.11366556026338e-13, q[0], 1e-20);
        assertEquals(1.86529021332702e-01, q[1], 1e-12);
        assertEquals(1.0, q[2], 1e-12);
        assertEquals(4.23549894758253e-05, q[3], 1e-15);
    }
}
