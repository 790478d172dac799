package com.surveypivot.text;

import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English words: Lucene's standard tokenizer (Unicode word boundaries), lower case, our stop list; numbers and
 * single letters are left out. One instance per thread.
 */
final class EnglishWords {
    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);

    /** Adds the words of {@code text} to {@code out}, in order. */
    void tokens(String text, List<Token> out) {
        LuceneTokens.each(tokenizer, text, () -> {
            String word = Words.normalise(term.toString());
            if (word.length() >= 2 && !StopWords.ENGLISH.contains(word) && hasLetter(word)) {
                out.add(new Token(word, offset.startOffset(), offset.endOffset()));
            }
        });
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
