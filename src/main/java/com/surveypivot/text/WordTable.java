package com.surveypivot.text;

import java.util.List;

/**
 * The most frequent words of some answers.
 *
 * @param answers how many answers were counted (the base of every share)
 * @param words   the words, most respondents first (ties in word order)
 */
public record WordTable(int answers, List<WordFrequency> words) {
    public WordTable {
        words = List.copyOf(words);
    }
}
