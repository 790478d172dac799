package com.surveypivot.text;

import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Counts words by the respondents who used them, over all answers or the answers of some respondents. */
public final class WordCounts {
    private WordCounts() {
    }

    /**
     * Per word id, how many of the kept respondents' answers use it.
     *
     * @param keep the respondents counted; null: every answer
     */
    public static int[] counts(TextAnswers answers, RespondentSet keep) {
        int[] counts = new int[answers.vocabularySize()];
        for (int a = 0; a < answers.size(); a++) {
            if (keep == null || keep.contains(answers.respondent(a))) {
                for (int id : answers.wordIds(a)) {
                    counts[id]++;
                }
            }
        }
        return counts;
    }

    /** How many answers the kept respondents wrote (null: all). */
    public static int answers(TextAnswers answers, RespondentSet keep) {
        if (keep == null) {
            return answers.size();
        }
        int n = 0;
        for (int a = 0; a < answers.size(); a++) {
            if (keep.contains(answers.respondent(a))) {
                n++;
            }
        }
        return n;
    }

    /** The {@code top} most frequent words (by respondents) of the kept respondents' answers; top ≤ 0: all. */
    public static WordTable top(TextAnswers answers, RespondentSet keep, int top) {
        int[] counts = counts(answers, keep);
        int base = answers(answers, keep);
        List<Integer> used = new ArrayList<>();
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] > 0) {
                used.add(id);
            }
        }
        used.sort(Comparator.<Integer>comparingInt(id -> -counts[id]).thenComparing(answers::word));
        List<WordFrequency> words = new ArrayList<>();
        for (int id : top > 0 && used.size() > top ? used.subList(0, top) : used) {
            words.add(new WordFrequency(answers.word(id), counts[id], (double) counts[id] / base));
        }
        return new WordTable(base, words);
    }
}
