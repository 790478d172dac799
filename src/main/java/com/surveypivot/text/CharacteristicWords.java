package com.surveypivot.text;

import com.surveypivot.analysis.ProportionTest;
import com.surveypivot.analysis.SignificanceTests;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words that set a segment's answers apart from the other answers. For every word used by at least
 * {@link #MIN_USERS} respondents of the base, the share of the segment's answers that use it is tested against the
 * share of the other answers with the pooled two-proportion z-test (R's {@code prop.test(correct = FALSE)}, the
 * test the notes use for a segment against the rest); the p-values of all words tested are adjusted with
 * Benjamini–Hochberg, and a word is characteristic when its adjusted p is under {@link #ALPHA} and the segment uses
 * it more. No words are claimed for a segment (or against a rest) of fewer than {@link #MIN_BASE} answers, the
 * notes' rule for small bases.
 */
public final class CharacteristicWords {
    /** Words used by fewer respondents are not tested (too few to tell anything). */
    public static final int MIN_USERS = 5;
    /** The segment and the rest need this many answers each. */
    public static final int MIN_BASE = 30;
    /** False discovery rate. */
    public static final double ALPHA = 0.05;

    private CharacteristicWords() {
    }

    /**
     * @param base    the respondents considered (the filter); null: every answer
     * @param segment the segment's respondents (its answers among the base are compared with the base's others)
     * @return the characteristic words, most significant first (empty when a base is under {@link #MIN_BASE})
     */
    public static List<CharacteristicWord> of(TextAnswers answers, RespondentSet base, RespondentSet segment) {
        RespondentSet inSegment = base == null ? segment : base.and(segment);
        int[] all = WordCounts.counts(answers, base);
        int[] seg = WordCounts.counts(answers, inSegment);
        int n = WordCounts.answers(answers, base);
        int n1 = WordCounts.answers(answers, inSegment);
        int n2 = n - n1;
        if (n1 < MIN_BASE || n2 < MIN_BASE) {
            return List.of();
        }
        List<Integer> tested = new ArrayList<>();
        List<ProportionTest> tests = new ArrayList<>();
        for (int id = 0; id < all.length; id++) {
            if (all[id] < MIN_USERS) {
                continue;
            }
            ProportionTest test = SignificanceTests.twoProportion(seg[id], n1, all[id] - seg[id], n2);
            if (test != null) {
                tested.add(id);
                tests.add(test);
            }
        }
        double[] p = tests.stream().mapToDouble(ProportionTest::pValue).toArray();
        double[] q = BenjaminiHochberg.adjust(p);
        List<CharacteristicWord> words = new ArrayList<>();
        for (int i = 0; i < tested.size(); i++) {
            int id = tested.get(i);
            ProportionTest test = tests.get(i);
            if (q[i] < ALPHA && test.z() > 0) {
                int rest = all[id] - seg[id];
                words.add(new CharacteristicWord(answers.word(id), seg[id], (double) seg[id] / n1, rest,
                        (double) rest / n2, test.z(), test.pValue(), q[i]));
            }
        }
        words.sort(Comparator.comparingDouble(CharacteristicWord::adjustedP)
                .thenComparing(Comparator.comparingDouble(CharacteristicWord::z).reversed())
                .thenComparing(CharacteristicWord::word));
        return words;
    }
}
