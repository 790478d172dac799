package com.surveypivot.text;

/** The language an answer is read in, told from its script: any kana or kanji makes it Japanese. */
public enum Language {
    JA, EN;

    /** Japanese when the text holds hiragana, katakana or CJK ideographs (mixed answers count as Japanese). */
    public static Language of(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3040' && c <= '\u30ff' // hiragana, katakana
                    || c >= '\u4e00' && c <= '\u9fff' // CJK unified ideographs
                    || c >= '\u3400' && c <= '\u4dbf' // extension A
                    || c >= '\uff66' && c <= '\uff9f' // half-width katakana
                    || c == '\u3005') { // 々
                return JA;
            }
        }
        return EN;
    }
}
