package com.surveypivot.text.bench;

import com.surveypivot.survey.RespondentSet;
import com.surveypivot.text.CharacteristicWords;
import com.surveypivot.text.TextAnswers;
import com.surveypivot.text.WordCounts;
import com.surveypivot.text.WordTokenizer;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Benchmark of free-text words (not a unit test): 100,000 Japanese answers of about 40 characters, composed from
 * clauses of survey comments with a fixed seed. Times, in one run: the first answers (Kuromoji's dictionary
 * loading), tokenising all answers with {@link TextAnswers#of} (every core), the same on one thread with
 * {@link WordTokenizer}, and as a baseline Lucene's plain {@link StandardTokenizer} (Unicode word boundaries, no
 * dictionary) over the same text on one thread; then, on the tokenised answers, the words table of one segment
 * (a tenth of the respondents: {@link WordCounts#top}) and its characteristic words ({@link CharacteristicWords});
 * last, the window's model choosing a segment ({@link WindowRefreshBench}).
 *
 * <p>Run: {@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=com.surveypivot.text.bench.TextBenchmark
 * -Dexec.classpathScope=test} (optional argument: the number of answers).
 */
public final class TextBenchmark {
    private static final String[] CLAUSES = {
        "部門ごとにKPIがばらばらで", "マーケティングが獲得したリードを営業が追いきれず", "顧客データが部門ごとに分散していて",
        "ツールの導入ばかりが先行して", "受注後の引き継ぎで情報が途切れ", "会議は多いのに決まったことが実行されず",
        "経営方針が現場まで伝わっておらず", "お客様の声が商品企画に届かず", "MAとSFAが連携しておらず",
        "評価制度が部門ごとに違うため", "データの定義が揃っていないので", "問い合わせの内容が共有されず"};
    private static final String[] ENDINGS = {
        "困っています。", "改善したいです。", "数字が合いません。", "連携が進みません。", "時間がかかります。",
        "全社で取り組む必要があります。", "担当者が疲弊しています。"};

    private TextBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.printf(Locale.ROOT, "Java %s, %d cores, %d answers%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), n);
        SplittableRandom random = new SplittableRandom(20241203L);
        String[] answers = new String[n];
        long chars = 0;
        for (int i = 0; i < n; i++) {
            String a = CLAUSES[random.nextInt(CLAUSES.length)] + "、" + CLAUSES[random.nextInt(CLAUSES.length)] + "、"
                    + ENDINGS[random.nextInt(ENDINGS.length)];
            answers[i] = a;
            chars += a.length();
        }
        System.out.printf(Locale.ROOT, "mean answer length: %.1f characters%n", (double) chars / n);

        long t0 = System.nanoTime();
        TextAnswers.of(Arrays.copyOf(answers, 1000), () -> false);
        System.out.printf(Locale.ROOT, "first 1,000 answers (dictionary loading): %d ms%n", ms(t0));

        for (int round = 1; round <= 3; round++) {
            long standard = standardPass(answers);
            long raw = rawKuromojiPass(answers);
            long single = singleThreadPass(answers);
            long start = System.nanoTime();
            TextAnswers index = TextAnswers.of(answers, () -> false);
            long all = ms(start);
            System.out.printf(Locale.ROOT, "round %d: TextAnswers.of (all cores) %d ms; Kuromoji one thread %d ms;"
                    + " bare Kuromoji one thread %d ms; StandardTokenizer one thread %d ms (words/standard %.2fx,"
                    + " words/bare Kuromoji %.2fx); %d distinct words%n", round, all, single, raw, standard,
                    (double) single / standard, (double) single / raw, index.vocabularySize());
            if (round == 3) {
                segment(index, n, random);
            }
        }
        WindowRefreshBench.run(answers);
    }

    private static void segment(TextAnswers index, int n, SplittableRandom random) {
        RespondentSet segment = new RespondentSet(n);
        for (int r = 0; r < n; r++) {
            if (random.nextInt(10) == 0) {
                segment.add(r);
            }
        }
        long[] table = new long[21];
        long[] characteristic = new long[21];
        for (int i = 0; i < table.length; i++) {
            long start = System.nanoTime();
            WordCounts.top(index, segment, 30);
            table[i] = System.nanoTime() - start;
            start = System.nanoTime();
            CharacteristicWords.of(index, null, segment);
            characteristic[i] = System.nanoTime() - start;
        }
        Arrays.sort(table);
        Arrays.sort(characteristic);
        System.out.printf(Locale.ROOT, "segment of %d respondents: words table %.1f ms (median of 21, max %.1f);"
                + " characteristic words %.1f ms (median, max %.1f)%n", segment.count(), table[10] / 1e6,
                table[20] / 1e6, characteristic[10] / 1e6, characteristic[20] / 1e6);
    }

    private static long singleThreadPass(String[] answers) {
        WordTokenizer tokenizer = new WordTokenizer();
        long start = System.nanoTime();
        long words = 0;
        for (String a : answers) {
            words += tokenizer.words(a).size();
        }
        if (words == 0) {
            throw new IllegalStateException("no words");
        }
        return ms(start);
    }

    /** Kuromoji's tokens with nothing read from them: what our filtering and base forms add to. */
    private static long rawKuromojiPass(String[] answers) throws IOException {
        return pass(answers, new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));
    }

    private static long standardPass(String[] answers) throws IOException {
        return pass(answers, new StandardTokenizer());
    }

    private static long pass(String[] answers, Tokenizer tokenizer) throws IOException {
        long start = System.nanoTime();
        long tokens = 0;
        for (String a : answers) {
            tokenizer.setReader(new StringReader(a));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                tokens++;
            }
            tokenizer.end();
            tokenizer.close();
        }
        if (tokens == 0) {
            throw new IllegalStateException("no tokens");
        }
        return ms(start);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
