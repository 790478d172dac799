package com.surveypivot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words Kuromoji (IPADIC, normal mode) and the English tokenizer give for known sentences. */
class WordTokenizerTest {
    private final WordTokenizer tokenizer = new WordTokenizer();

    @Test
    void japaneseNounsVerbsAndAdjectivesInTheirBaseForm() {
        // 分かれ → 分かれる, 向け → 向ける, 違い → 違う, 合い → 合う; particles, auxiliaries, ごと and できる are left out
        assertEquals(List.of("システム", "部門", "分かれる", "顧客", "情報", "共有"),
                tokenizer.words("システムが部門ごとに分かれていて、顧客情報を共有できません。"));
        assertEquals(List.of("データ", "定義", "部門", "違う", "数字", "合う"),
                tokenizer.words("データの定義が部門ごとに違い、数字が合いません。"));
        assertEquals(List.of("広告", "効果", "測る", "難しい"), tokenizer.words("広告の効果を測るのが難しい"));
        assertEquals(List.of("マーケティング", "獲得", "リード", "営業", "追う"),
                tokenizer.words("マーケティングが獲得したリードを営業が追いきれていません。"));
    }

    @Test
    void compoundNounsStayWholeWhereTheDictionaryHasThem() {
        // IPADIC has 関西国際空港 as one entry: normal mode keeps it (search mode would split it)
        assertEquals(List.of("関西国際空港", "行く"), tokenizer.words("関西国際空港に行きました。"));
        // 引き継ぎ is one noun in the dictionary; 顧客情報 is not an entry and comes as two nouns
        assertEquals(List.of("営業", "引き継ぎ", "うまい"), tokenizer.words("営業への引き継ぎがうまくいかない"));
    }

    @Test
    void latinWordsInJapaneseAnswersAreNormalised() {
        // full-width letters become ASCII; acronyms keep their capitals
        assertEquals(List.of("CRM", "使う"), tokenizer.words("ＣＲＭを使っています"));
        assertEquals(List.of("部門", "KPI", "ばらばら", "方向", "向ける"),
                tokenizer.words("部門ごとにKPIがばらばらで、同じ方向を向けていないと感じます。"));
    }

    @Test
    void englishAnswersAreLowerCasedWithoutStopWords() {
        // KPIs → KPI (an acronym's plural); our, between, and: stop words
        assertEquals(List.of("KPI", "differ", "marketing", "sales"),
                tokenizer.words("Our KPIs differ between marketing and sales."));
        assertEquals(List.of("tools", "talk"), tokenizer.words("Too many tools that do not talk to each other."));
        assertEquals(List.of(), tokenizer.words("   "));
    }

    @Test
    void languageIsToldByScript() {
        assertEquals(Language.JA, Language.of("KPIの統一"));
        assertEquals(Language.JA, Language.of("ﾃﾞｰﾀ"));
        assertEquals(Language.EN, Language.of("Nothing in particular."));
    }

    @Test
    void tokensKnowWhereTheyStandForHighlighting() {
        String text = "リードを営業が追いきれていません";
        for (Token t : tokenizer.tokens(text)) {
            if (t.word().equals("追う")) {
                assertEquals("追い", text.substring(t.start(), t.end()));
            }
            if (t.word().equals("営業")) {
                assertEquals("営業", text.substring(t.start(), t.end()));
            }
        }
    }
}
