package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The two window-side patterns on question ids (file content) are scans in linear time, deciding as the patterns
 * they replace: timed at 25,000 and 100,000 characters (4× the input, at most 10× the time), and compared with the
 * patterns on random short inputs.
 */
class LinearUiPatternsTest {
    private static long nanos(Consumer<String> work, String input) {
        long best = Long.MAX_VALUE;
        int repeat = 1;
        for (int trial = 0; trial < 7; trial++) {
            long start = System.nanoTime();
            for (int r = 0; r < repeat; r++) {
                work.accept(input);
            }
            long took = (System.nanoTime() - start) / repeat;
            best = Math.min(best, took);
            if (took * repeat < 4_000_000 && repeat < 1 << 12) {
                repeat *= 4;
            }
        }
        return Math.max(1, best);
    }

    private static void linear(String small, String large, Consumer<String> work) {
        work.accept(small);
        work.accept(large);
        double ratio = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 5 && ratio > 10; attempt++) {
            ratio = nanos(work, large) / (double) nanos(work, small);
        }
        assertTrue(ratio <= 10, "4 times the input took " + ratio + " times as long");
    }

    @Test
    void linearOnLongIds() {
        linear("_ ".repeat(12_500) + "x", "_ ".repeat(50_000) + "x", QuestionEditActions::withoutTrailingSeparators);
        linear("1".repeat(25_000) + "\nx", "1".repeat(100_000) + "\nx", DefaultPair::hasDigitOnOneLine);
    }

    @Test
    void decideAsThePatterns() {
        Random random = new Random(5);
        String alphabet = "a1_-.[ \t\n\r\u2028x";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            if (!s.endsWith("\n") && !s.endsWith("\r") && !s.endsWith("\u2028")) {
                assertEquals(s.replaceAll("[_\\-.\\[\\s]+$", ""), QuestionEditActions.withoutTrailingSeparators(s), s);
            }
            assertEquals(s.matches(".*\\d.*"), DefaultPair.hasDigitOnOneLine(s), s);
        }
    }
}
