package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.List;

/**
 * Each respondent's place in a banner of side-by-side attributes as a few small integer keys, computed once per
 * banner and shared by every table of a book. An attribute is a digit of a key: a single-valued attribute's
 * digit is its code + 1 (0 = no answer); a multi-response attribute's digit is the bit pattern of the options
 * ticked (0 = not in its base or nothing ticked). Digits are packed into keys of at most {@link #MAX_KEYS}
 * values (mixed radix); the lowest bit of the first key tells whether the respondent is in any attribute's base
 * (the table's Total). {@link KeyedCells} then accumulates a table's cells per key in one tight pass.
 */
final class BannerKeys {
    /** The most values one key takes: small enough that a table's per-key sums stay in the CPU cache. */
    static final int MAX_KEYS = 4096;
    /** The widest multi-response attribute packed as a bit pattern. */
    static final int MAX_OPTIONS = 11;

    final List<Question> banner;
    /** Per block, per respondent: the key. */
    final char[][] keys;
    /** Per block: the number of key values. */
    final int[] blockSize;
    /** Per attribute: its block, its digit's place value within the block's key, and its radix. */
    final int[] block;
    final int[] place;
    final int[] radix;
    final boolean[] multi;

    private BannerKeys(List<Question> banner, char[][] keys, int[] blockSize, int[] block, int[] place, int[] radix,
            boolean[] multi) {
        this.banner = banner;
        this.keys = keys;
        this.blockSize = blockSize;
        this.block = block;
        this.place = place;
        this.radix = radix;
        this.multi = multi;
    }

    /** The keys of a banner, or null where an attribute has too many categories or options to be a digit. */
    static BannerKeys of(List<Question> banner) {
        if (banner.isEmpty()) {
            return null;
        }
        int a = banner.size();
        int n = banner.get(0).respondentCount();
        int[] radix = new int[a];
        boolean[] multi = new boolean[a];
        for (int i = 0; i < a; i++) {
            Question by = banner.get(i);
            multi[i] = by.isMulti();
            if (multi[i]) {
                if (by.categoryCount() > MAX_OPTIONS) {
                    return null;
                }
                radix[i] = 1 << by.categoryCount();
            } else if (by.hasCodes() && by.categoryCount() + 1 <= MAX_KEYS / 2) {
                radix[i] = by.categoryCount() + 1;
            } else {
                return null;
            }
        }
        int[] block = new int[a];
        int[] place = new int[a];
        int blocks = 1;
        int size = 2; // block 0: the in-Total bit first
        int[] sizes = new int[a + 1];
        for (int i = 0; i < a; i++) {
            if ((long) size * radix[i] > MAX_KEYS) {
                sizes[blocks - 1] = size;
                blocks++;
                size = 1;
            }
            block[i] = blocks - 1;
            place[i] = size;
            size *= radix[i];
        }
        sizes[blocks - 1] = size;
        int[] blockSize = java.util.Arrays.copyOf(sizes, blocks);

        int[][] keys = new int[blocks][n];
        boolean[] inTotal = new boolean[n];
        for (int i = 0; i < a; i++) {
            int[] digits = digits(banner.get(i), n);
            int[] key = keys[block[i]];
            int p = place[i];
            for (int r = 0; r < n; r++) {
                int d = digits[r];
                key[r] += d * p;
                inTotal[r] |= d != 0;
            }
        }
        char[][] packed = new char[blocks][n];
        for (int b = 0; b < blocks; b++) {
            int[] key = keys[b];
            char[] out = packed[b];
            for (int r = 0; r < n; r++) {
                out[r] = (char) (key[r] + (b == 0 && inTotal[r] ? 1 : 0));
            }
        }
        return new BannerKeys(List.copyOf(banner), packed, blockSize, block, place, radix, multi);
    }

    /** One attribute's digit per respondent. */
    private static int[] digits(Question by, int n) {
        int[] digits = new int[n];
        if (!by.isMulti()) {
            int[] codes = by.codes();
            for (int r = 0; r < n; r++) {
                digits[r] = codes[r] + 1;
            }
            return digits;
        }
        for (int o = 0; o < by.categoryCount(); o++) {
            int bit = 1 << o;
            by.members(o).forEach(r -> digits[r] |= bit);
        }
        RespondentSet answered = by.answered();
        for (int r = 0; r < n; r++) {
            if (!answered.contains(r)) {
                digits[r] = 0;
            }
        }
        return digits;
    }

    /** Whether these keys were made for this banner (the same attribute objects in the same order). */
    boolean isFor(List<Question> other) {
        if (other.size() != banner.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            if (other.get(i) != banner.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Attribute {@code i}'s digit within a value of its block's key. */
    int digit(int i, int key) {
        return key / place[i] % radix[i];
    }

    /** Per attribute, the table column of each of its categories (-1 where the table leaves it out). */
    int[][] columnOf(int[] groupFrom, List<int[]> groupColumns) {
        int[][] columnOf = new int[banner.size()][];
        for (int g = 0; g < banner.size(); g++) {
            columnOf[g] = new int[banner.get(g).categoryCount()];
            java.util.Arrays.fill(columnOf[g], -1);
            int[] cats = groupColumns.get(g);
            for (int i = 0; i < cats.length; i++) {
                columnOf[g][cats[i]] = groupFrom[g] + i;
            }
        }
        return columnOf;
    }

    /**
     * The table columns a value of block {@code b}'s key falls in (0 = the Total), written to {@code out}.
     *
     * @return how many
     */
    int columns(int b, int key, int[][] columnOf, int[] out) {
        int count = 0;
        if (b == 0 && (key & 1) == 1) {
            out[count++] = 0;
        }
        for (int g = 0; g < banner.size(); g++) {
            if (block[g] != b) {
                continue;
            }
            int d = digit(g, key);
            if (d == 0) {
                continue;
            }
            if (!multi[g]) {
                int j = columnOf[g][d - 1];
                if (j >= 0) {
                    out[count++] = j;
                }
                continue;
            }
            for (int bits = d; bits != 0; bits &= bits - 1) {
                int j = columnOf[g][Integer.numberOfTrailingZeros(bits)];
                if (j >= 0) {
                    out[count++] = j;
                }
            }
        }
        return count;
    }

    /**
     * The attributes (banner groups) whose base a value of block {@code b}'s key is in, written to {@code out}.
     *
     * @return how many
     */
    int groups(int b, int key, int[] out) {
        int count = 0;
        for (int g = 0; g < banner.size(); g++) {
            if (block[g] == b && digit(g, key) != 0) {
                out[count++] = g;
            }
        }
        return count;
    }
}
