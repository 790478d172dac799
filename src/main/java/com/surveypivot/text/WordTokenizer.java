package com.surveypivot.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one answer, in the answer's language ({@link Language#of}): Japanese with {@link JapaneseWords},
 * anything else with {@link EnglishWords}. Not thread-safe: one per thread.
 */
public final class WordTokenizer {
    private final JapaneseWords japanese = new JapaneseWords();
    private final EnglishWords english = new EnglishWords();

    /** The words of {@code text} in order, with where they stand in it. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        if (Language.of(text) == Language.JA) {
            japanese.tokens(text, out);
        } else {
            english.tokens(text, out);
        }
        return out;
    }

    /** The words of {@code text} in order (a word may come more than once). */
    public List<String> words(String text) {
        return tokens(text).stream().map(Token::word).toList();
    }
}
