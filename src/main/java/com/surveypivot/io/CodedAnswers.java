package com.surveypivot.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column's answers read through its codebook entry: codes become labels, and the categories follow the
 * codebook's order (every listed answer, then any unlisted answer in first-appearance order).
 *
 * @param categories the labels in order
 * @param codes      per respondent: the index into {@code categories}, or -1 for no answer
 */
record CodedAnswers(List<String> categories, int[] codes) {

    /**
     * The column's answers through the entry, or null when the entry does not describe them (fewer than half of
     * the answers are its codes or labels).
     */
    static CodedAnswers of(ColumnValues c, Codebook.Entry entry, MissingValues missing) {
        if (entry == null || c.dates || c.answered == 0) {
            return null;
        }
        List<String> categories = new ArrayList<>();
        for (String label : entry.labels()) {
            if (!missing.isMissing(label)) {
                categories.add(label);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            index.put(categories.get(i), i);
        }
        Map<String, Integer> byKey = new HashMap<>();
        java.util.Set<String> unlisted = new java.util.HashSet<>();
        int[] codes = new int[c.rows];
        int described = 0;
        for (int r = 0; r < c.rows; r++) {
            String key = c.label(r);
            if (key == null) {
                codes[r] = -1;
                continue;
            }
            Integer code = byKey.get(key);
            if (code == null) {
                String label = entry.labelOf(key);
                if (label != null && missing.isMissing(label)) {
                    byKey.put(key, -1);
                    code = -1;
                }
            }
            if (code != null && code < 0) {
                codes[r] = -1;
                described++;
                continue;
            }
            if (code == null) {
                String label = entry.labelOf(key);
                code = index.get(label != null ? label : key);
                if (code == null) {
                    code = categories.size();
                    categories.add(key);
                    index.put(key, code);
                    unlisted.add(key);
                }
                byKey.put(key, code);
            }
            codes[r] = code;
            if (!unlisted.contains(key)) {
                described++;
            }
        }
        if (described * 2 < c.answered) {
            return null;
        }
        return new CodedAnswers(List.copyOf(categories), codes);
    }

    /** A label for an option given as a code or label, through the entry (the option itself when unlisted). */
    static String label(Codebook.Entry entry, String option) {
        if (entry == null) {
            return option;
        }
        String label = entry.labelOf(option);
        return label != null ? label : option;
    }

    /** The options sorted into the entry's order (unlisted ones after, in their own order). */
    static List<String> sorted(Codebook.Entry entry, List<String> options) {
        if (entry == null) {
            return options;
        }
        List<String> out = new ArrayList<>(options);
        out.sort((a, b) -> Integer.compare(rank(entry, a, options), rank(entry, b, options)));
        return out;
    }

    private static int rank(Codebook.Entry entry, String option, List<String> options) {
        int i = entry.labels().indexOf(option);
        return i >= 0 ? i : entry.labels().size() + options.indexOf(option);
    }
}
