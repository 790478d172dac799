package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every pattern that sees file content runs in linear time: each is timed on its worst input at 25,000 and at
 * 100,000 characters, and four times the input may take at most {@value #MAX_RATIO} times as long (linear: 4;
 * the quadratic patterns this replaced: 16 and more). The scanners that replaced backtracking patterns are checked
 * against those patterns on many short random inputs, so that they decide exactly as before.
 */
class LinearPatternsTest {
    static final int N = 25_000;
    static final double MAX_RATIO = 10;

    /** The best of several timed runs of {@code work} on {@code input}, repeated to at least a few milliseconds. */
    private static long nanos(Consumer<String> work, String input) {
        int repeat = 1;
        long best = Long.MAX_VALUE;
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
        return Math.max(best, 1);
    }

    /** Asserts that {@code work} on {@code input(4n)} takes at most MAX_RATIO times what it takes on input(n). */
    private static void linear(String what, java.util.function.IntFunction<String> input, Consumer<String> work) {
        String small = input.apply(N);
        String large = input.apply(4 * N);
        assertTrue(large.length() >= 100_000, what + ": " + large.length());
        work.accept(small); // warm up
        work.accept(large);
        double ratio = 0;
        for (int attempt = 0; attempt < 5; attempt++) {
            ratio = nanos(work, large) / (double) nanos(work, small);
            if (ratio <= MAX_RATIO) {
                return;
            }
        }
        throw new AssertionError(what + ": 4 times the input took " + ratio + " times as long");
    }

    private static Pattern field(Class<?> owner, String name) throws Exception {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return (Pattern) f.get(null);
    }

    @Test
    void headerCodesOnLongRunsOfDigitsAndBrackets() {
        linear("digits then !", n -> "1".repeat(n) + "!", HeaderCode::parse);
        linear("a bare code", n -> "Q" + "1".repeat(n) + "é", HeaderCode::parse);
        linear("digits then ．", n -> "1".repeat(n) + "．x", HeaderCode::parse);
        linear("many [", n -> "Q1 text " + "[".repeat(n) + "]", HeaderCode::parse);
        linear("many [ with spaces", n -> "Q1 t " + "[ ".repeat(n / 2) + "x]", HeaderCode::parse);
        linear("a line break before [", n -> "Q1 " + "a\n".repeat(n / 2) + " [x]", HeaderCode::parse);
    }

    @Test
    void emailDetection() {
        linear("a@b.b.b…@", n -> "a@" + "b.".repeat(n / 2) + "@", PersonalData::isEmail);
        linear("dots then space", n -> "a@" + ".".repeat(n) + " ", PersonalData::isEmail);
    }

    @Test
    void theOtherPatternsOnFileContent() throws Exception {
        Pattern idHeader = field(QuestionRecognizer.class, "ID_HEADER");
        linear("id header", n -> "id".repeat(n / 2) + "\nx", s -> idHeader.matcher(s).matches());
        linear("id header no id", n -> "x_".repeat(n / 2), s -> idHeader.matcher(s).matches());
        Pattern idValue = field(QuestionRecognizer.class, "ID_VALUE");
        linear("id value", n -> "1".repeat(n) + "x", s -> idValue.matcher(s).matches());
        for (String name : new String[] {"QUESTION", "TEXT", "CODE", "LABEL", "SHEET_NAME"}) {
            Pattern p = field(Codebook.class, name);
            linear("codebook " + name, n -> "code text label question ".repeat(n / 24) + "\nx",
                    s -> p.matcher(s).matches());
            linear("codebook " + name + " none", n -> "z".repeat(n), s -> p.matcher(s).matches());
        }
        linear("tick run prefix", n -> "_ ".repeat(n / 2) + "x", TickRuns::trimSeparators);
        linear("leading number", n -> " ".repeat(n) + "x", CategoryOrder::leadingNumber);
        linear("leading number digits", n -> "1,".repeat(n / 2) + "x", CategoryOrder::leadingNumber);
        for (String name : new String[] {"PHONE", "IP", "NUMBER", "EMAIL_HEADER", "NAME_HEADER", "PHONE_HEADER"}) {
            Pattern p = field(PersonalData.class, name);
            linear("personal " + name, n -> "0".repeat(n) + "-", s -> p.matcher(s).matches());
            linear("personal " + name + " spaces", n -> " 1".repeat(n / 2) + "x", s -> p.matcher(s).matches());
        }
        linear("scale normalize", n -> " \t".repeat(n / 2) + "x", ScaleCatalog::normalize);
        linear("limesurvey header", n -> "a".repeat(n) + "[SQ" + "1".repeat(10) + "]\nx",
                s -> s.matches("^[^\\[]+\\[SQ\\d+\\].*"));
    }

    private static final Pattern OLD_CODE = Pattern.compile(
            "^([\\p{L}\\p{N}_]*\\p{N}[\\p{L}\\p{N}_]*)(?=$|[\\s:：\\u3000\\[(（【「<＞＜]|[.．](?:\\s|\\u3000))");
    private static final Pattern OLD_TRAILING = Pattern.compile("^(.*\\S)\\s*\\[([^\\]]+)\\]$");
    private static final Pattern OLD_EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Test
    void theScannersDecideAsThePatternsTheyReplace() {
        Random random = new Random(11);
        String alphabet = "aQ1２_ .．:：[]()（【「<＞＜@\t\n\u3000\u2028é";
        for (int i = 0; i < 60_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            Matcher code = OLD_CODE.matcher(s);
            assertEquals(code.find() ? code.end() : -1, HeaderCode.codeEnd(s), "code of [" + s + "]");
            Matcher trailing = OLD_TRAILING.matcher(s);
            String[] expected = trailing.matches() ? new String[] {trailing.group(1), trailing.group(2)} : null;
            assertArrayEquals(expected, HeaderCode.trailingOption(s), "option of [" + s + "]");
            assertEquals(OLD_EMAIL.matcher(s).matches(), PersonalData.isEmail(s), "e-mail [" + s + "]");
            assertEquals(s.replaceAll("[\\s_:：\\-・.（(\\[]+$", ""), TickRuns.trimSeparators(s), "prefix " + s.codePoints().boxed().toList());
        }
    }
}
