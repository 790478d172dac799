package com.surveypivot.survey;

import java.util.Arrays;

/**
 * A set of respondents (row indexes 0..size-1) as a bit set. Crosstab cells are counts of
 * intersections, so the hot operations here count bits of ANDed words without allocating.
 */
public final class RespondentSet {
    private final long[] words;
    private final int size;

    public RespondentSet(int size) {
        this.size = size;
        this.words = new long[(size + 63) >>> 6];
    }

    private RespondentSet(int size, long[] words) {
        this.size = size;
        this.words = words;
    }

    /** A set holding every respondent. */
    public static RespondentSet all(int size) {
        RespondentSet set = new RespondentSet(size);
        for (int i = 0; i < size; i++) {
            set.add(i);
        }
        return set;
    }

    /**
     * The respondents of each code in {@code codes} (one code per respondent, below 0 = none): element {@code c}
     * for code {@code c} in {@code [0, categories)}, and element {@code categories} for every respondent with a
     * code. One pass, word by word.
     */
    public static RespondentSet[] byCode(int[] codes, int categories) {
        int size = codes.length;
        int wordCount = (size + 63) >>> 6;
        long[][] words = new long[categories + 1][wordCount];
        long[] any = words[categories];
        for (int r = 0; r < size; r++) {
            int code = codes[r];
            if (code >= 0) {
                long bit = 1L << r;
                words[code][r >>> 6] |= bit;
                any[r >>> 6] |= bit;
            }
        }
        RespondentSet[] sets = new RespondentSet[categories + 1];
        for (int c = 0; c <= categories; c++) {
            sets[c] = new RespondentSet(size, words[c]);
        }
        return sets;
    }

    public int size() {
        return size;
    }

    public void add(int respondent) {
        words[respondent >>> 6] |= 1L << respondent;
    }

    public void remove(int respondent) {
        words[respondent >>> 6] &= ~(1L << respondent);
    }

    public boolean contains(int respondent) {
        return (words[respondent >>> 6] & (1L << respondent)) != 0;
    }

    public int count() {
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        return n;
    }

    public boolean isEmpty() {
        for (long w : words) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /** |a ∩ b| without building the intersection. */
    public static int countBoth(RespondentSet a, RespondentSet b) {
        long[] x = a.words;
        long[] y = b.words;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += Long.bitCount(x[i] & y[i]);
        }
        return n;
    }

    /** |a ∩ b ∩ c| without building the intersection. */
    public static int countAll(RespondentSet a, RespondentSet b, RespondentSet c) {
        long[] x = a.words;
        long[] y = b.words;
        long[] z = c.words;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += Long.bitCount(x[i] & y[i] & z[i]);
        }
        return n;
    }

    /** Σ weight over a ∩ b. */
    public static double weightBoth(RespondentSet a, RespondentSet b, double[] weights) {
        long[] x = a.words;
        long[] y = b.words;
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            long w = x[i] & y[i];
            while (w != 0) {
                int bit = Long.numberOfTrailingZeros(w);
                sum += weights[(i << 6) + bit];
                w &= w - 1;
            }
        }
        return sum;
    }

    /** Σ weight over a ∩ b ∩ c. */
    public static double weightAll(RespondentSet a, RespondentSet b, RespondentSet c, double[] weights) {
        long[] x = a.words;
        long[] y = b.words;
        long[] z = c.words;
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            long w = x[i] & y[i] & z[i];
            while (w != 0) {
                int bit = Long.numberOfTrailingZeros(w);
                sum += weights[(i << 6) + bit];
                w &= w - 1;
            }
        }
        return sum;
    }

    /** A new set a ∩ b. */
    public RespondentSet and(RespondentSet other) {
        long[] out = new long[words.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = words[i] & other.words[i];
        }
        return new RespondentSet(size, out);
    }

    /** A new set a ∪ b. */
    public RespondentSet or(RespondentSet other) {
        long[] out = new long[words.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = words[i] | other.words[i];
        }
        return new RespondentSet(size, out);
    }

    /** A new set a \ b. */
    public RespondentSet andNot(RespondentSet other) {
        long[] out = new long[words.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = words[i] & ~other.words[i];
        }
        return new RespondentSet(size, out);
    }

    public RespondentSet copy() {
        return new RespondentSet(size, words.clone());
    }

    /** Calls the action for each respondent in the set, in ascending order. */
    public void forEach(java.util.function.IntConsumer action) {
        for (int i = 0; i < words.length; i++) {
            long w = words[i];
            while (w != 0) {
                action.accept((i << 6) + Long.numberOfTrailingZeros(w));
                w &= w - 1;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RespondentSet other && other.size == size && Arrays.equals(other.words, words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words) * 31 + size;
    }
}
