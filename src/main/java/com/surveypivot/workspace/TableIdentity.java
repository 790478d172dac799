package com.surveypivot.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What makes one table different from another: the question, the banner and its nest, the chosen segments, the
 * filters (in any order) and the weight. Chart and grid cosmetics (kind, decimals, counts, layout, significance
 * level) and answer edits (NETs, order) are left out, so a note or a saved view stays with its table while the table
 * is restyled. Used as the key of the user's note per table.
 */
public final class TableIdentity {
    private static final char SEP = '\u0000';
    private static final char LIST = '\u0001';

    private TableIdentity() {
    }

    /** The identity of the state's table as a string key; "" when no question is shown. */
    public static String of(PivotState s) {
        if (s == null || s.question() == null) {
            return "";
        }
        List<FilterCondition> filters = new ArrayList<>(s.filters());
        filters.sort(Comparator.comparing(FilterCondition::question));
        StringBuilder key = new StringBuilder(s.question());
        key.append(SEP).append(String.join(String.valueOf(LIST), s.banner()));
        key.append(SEP).append(s.nest() == null ? "" : s.nest());
        key.append(SEP).append(String.join(String.valueOf(LIST), s.segments()));
        key.append(SEP);
        for (FilterCondition f : filters) {
            List<String> answers = new ArrayList<>(f.answers());
            answers.sort(null);
            key.append(f.question()).append('=').append(String.join(String.valueOf(LIST), answers)).append(';');
        }
        key.append(SEP).append(s.weight() == null ? "" : s.weight());
        return key.toString();
    }
}
