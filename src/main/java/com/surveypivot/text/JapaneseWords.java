package com.surveypivot.text;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese words with Lucene's Kuromoji (IPADIC) in normal mode, so compound nouns stay whole where the
 * dictionary has them: nouns, verbs and adjectives, in their base form (使っ → 使う, 多く → 多い); pronouns,
 * numbers, dependent nouns and verbs, suffixes, Kuromoji's stop words and ours are left out. One instance per
 * thread (the tokenizer keeps state).
 */
final class JapaneseWords {
    private static final CharArraySet KUROMOJI_STOP = JapaneseAnalyzer.getDefaultStopSet();
    private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final BaseFormAttribute baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
    private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);

    /** Adds the words of {@code text} to {@code out}, in order (a word may come more than once). */
    void tokens(String text, List<Token> out) {
        LuceneTokens.each(tokenizer, text, () -> {
            String tag = pos.getPartOfSpeech();
            if (tag == null || !kept(tag)) {
                return;
            }
            String base = baseForm.getBaseForm();
            String word = Words.normalise(base == null ? term.toString() : base);
            if (!word.isEmpty() && !stop(word)) {
                out.add(new Token(word, offset.startOffset(), offset.endOffset()));
            }
        });
    }

    /** Nouns (not pronouns, numbers, dependent nouns, suffixes or adverb-like nouns), verbs and adjectives. */
    static boolean kept(String tag) {
        if (tag.startsWith("名詞")) {
            return !(tag.startsWith("名詞-代名詞") || tag.startsWith("名詞-数") || tag.startsWith("名詞-非自立")
                    || tag.startsWith("名詞-接尾") || tag.startsWith("名詞-副詞可能") || tag.startsWith("名詞-特殊"));
        }
        if (tag.startsWith("動詞") || tag.startsWith("形容詞")) {
            return !(tag.endsWith("-非自立") || tag.endsWith("-接尾"));
        }
        return false;
    }

    private static boolean stop(String word) {
        if (KUROMOJI_STOP.contains(word) || StopWords.JAPANESE.contains(word)) {
            return true;
        }
        // a lone kana or Latin letter is noise; a lone kanji (声, 数) is a word
        return word.length() == 1 && !Character.isIdeographic(word.codePointAt(0));
    }
}
