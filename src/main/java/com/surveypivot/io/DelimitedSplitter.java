package com.surveypivot.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a text column holds several answers per cell joined by a delimiter, and splits them.
 *
 * <p>Tokens that always appear together, side by side and never apart, are one label that itself contains the
 * delimiter ({@code 連携マインドは高いが、戦略…}, {@code (25,35]}), so they are glued back. A split is accepted only
 * when the resulting vocabulary explains the cells better than the whole labels do: fewer distinct parts than
 * distinct cells, each part used at least twice on average, and several cells holding more than one part.
 */
final class DelimitedSplitter {
    /** The most distinct parts a split may have. */
    static final int MAX_VOCABULARY = 60;
    static final List<String> DELIMITERS = List.of(";", "\n", "|", "、", ",", "，", "；");

    /** The accepted split of a column: the delimiter, the options (first-appearance order) and each value's parts. */
    record Split(String delimiter, List<String> options, Map<String, List<String>> partsOfValue) {
    }

    private DelimitedSplitter() {
    }

    /**
     * @param values distinct non-missing cell values with their counts, in first-appearance order
     */
    static Optional<Split> detect(LinkedHashMap<String, Integer> values) {
        int inTwoCells = delimitersInTwoCells(values);
        for (int d = 0; d < DELIMITERS.size(); d++) {
            String delimiter = DELIMITERS.get(d);
            if ((inTwoCells & (1 << d)) == 0 || tooManyParts(values, delimiter)) {
                continue;
            }
            Optional<Split> split = trySplit(values, delimiter);
            if (split.isPresent()) {
                return split;
            }
        }
        return Optional.empty();
    }

    /**
     * Bit {@code d} set when {@link #DELIMITERS}' element {@code d} occurs in at least two cells (the counts of the
     * values holding it add up to 2 or more). Each value's characters are read once for all the delimiters (each is
     * one character), and reading stops once every delimiter is settled.
     */
    static int delimitersInTwoCells(Map<String, Integer> values) {
        int all = (1 << DELIMITERS.size()) - 1;
        int once = 0;
        int twice = 0;
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            int count = e.getValue();
            int found = count > 0 ? delimiterBits(e.getKey()) : 0;
            if (found != 0) {
                twice |= count >= 2 ? found : found & once;
                once |= found;
                if (twice == all) {
                    break;
                }
            }
        }
        return twice;
    }

    /** The delimiters a text holds, as bits in the order of {@link #DELIMITERS}. */
    private static int delimiterBits(String s) {
        int bits = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case ';' -> bits |= 1;
                case '\n' -> bits |= 2;
                case '|' -> bits |= 4;
                case '、' -> bits |= 8;
                case ',' -> bits |= 16;
                case '，' -> bits |= 32;
                case '；' -> bits |= 64;
                default -> {
                }
            }
        }
        return bits;
    }

    /**
     * True when a split at {@code delimiter} cannot be accepted because its vocabulary would be too large, found
     * without splitting every value. The last token of a cell always ends one of that cell's parts, and a part's
     * text (tokens joined by the delimiter) determines its last token, so distinct last tokens mean distinct parts:
     * their number is a lower bound of the vocabulary. Free text (thousands of distinct sentences) stops here after
     * a few dozen values.
     */
    private static boolean tooManyParts(LinkedHashMap<String, Integer> values, String delimiter) {
        int allowed = Math.min(MAX_VOCABULARY, values.size() - 1);
        Set<String> lastTokens = new HashSet<>();
        for (String value : values.keySet()) {
            String last = lastToken(value, delimiter);
            if (last != null && lastTokens.add(last) && lastTokens.size() > allowed) {
                return true;
            }
        }
        return false;
    }

    /** The last non-empty stripped piece of a cell split at a delimiter (the last of {@link #tokens}), or null. */
    static String lastToken(String cell, String delimiter) {
        int end = cell.length();
        while (end >= 0) {
            int at = cell.lastIndexOf(delimiter, end - delimiter.length());
            String piece = cell.substring(at < 0 ? 0 : at + delimiter.length(), end).strip();
            if (!piece.isEmpty()) {
                return piece;
            }
            if (at < 0) {
                return null;
            }
            end = at;
        }
        return null;
    }

    private static Optional<Split> trySplit(LinkedHashMap<String, Integer> values, String delimiter) {
        Map<String, Integer> tokenCount = new HashMap<>();
        Map<String, Integer> pairCount = new HashMap<>();
        Map<String, List<String>> tokensOf = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            List<String> tokens = tokens(e.getKey(), delimiter);
            tokensOf.put(e.getKey(), tokens);
            int n = e.getValue();
            for (int i = 0; i < tokens.size(); i++) {
                tokenCount.merge(tokens.get(i), n, Integer::sum);
                if (i + 1 < tokens.size()) {
                    pairCount.merge(tokens.get(i) + '\u0000' + tokens.get(i + 1), n, Integer::sum);
                }
            }
        }
        Map<String, List<String>> partsOf = new LinkedHashMap<>();
        Map<String, Integer> partCount = new LinkedHashMap<>();
        int multiPartCells = 0;
        long partUses = 0;
        for (Map.Entry<String, List<String>> e : tokensOf.entrySet()) {
            List<String> tokens = e.getValue();
            List<String> parts = new ArrayList<>();
            StringBuilder current = null;
            for (int i = 0; i < tokens.size(); i++) {
                if (current == null) {
                    current = new StringBuilder(tokens.get(i));
                } else {
                    String a = tokens.get(i - 1);
                    String b = tokens.get(i);
                    int together = pairCount.getOrDefault(a + '\u0000' + b, 0);
                    if (together == tokenCount.get(a) && together == tokenCount.get(b)) {
                        current.append(delimiter).append(b);
                    } else {
                        parts.add(current.toString());
                        current = new StringBuilder(b);
                    }
                }
            }
            if (current != null) {
                parts.add(current.toString());
            }
            List<String> distinctParts = parts.stream().distinct().toList();
            partsOf.put(e.getKey(), distinctParts);
            int n = values.get(e.getKey());
            if (distinctParts.size() > 1) {
                multiPartCells += n;
            }
            for (String p : distinctParts) {
                partCount.merge(p, n, Integer::sum);
                partUses += n;
            }
        }
        int vocabulary = partCount.size();
        boolean better = multiPartCells >= 2 && vocabulary < values.size() && vocabulary <= MAX_VOCABULARY
                && partUses >= 2L * vocabulary;
        if (!better) {
            return Optional.empty();
        }
        return Optional.of(new Split(delimiter, new ArrayList<>(partCount.keySet()), partsOf));
    }

    /** The non-empty, stripped pieces of a cell split at a delimiter. */
    static List<String> tokens(String cell, String delimiter) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int at = cell.indexOf(delimiter, start);
            String piece = at < 0 ? cell.substring(start) : cell.substring(start, at);
            piece = piece.strip();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
            if (at < 0) {
                break;
            }
            start = at + delimiter.length();
        }
        return out;
    }
}
