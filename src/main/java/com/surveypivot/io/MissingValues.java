package com.surveypivot.io;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Answers that mean "no answer": blank, spaces, 無回答, N/A, #N/A, - and the user's own list. */
final class MissingValues {
    private static final List<String> STANDARD = List.of("無回答", "N/A", "#N/A", "-", "n/a", "－");
    private final Set<String> values = new HashSet<>(STANDARD);

    MissingValues(List<String> extra) {
        for (String s : extra) {
            if (s != null) {
                values.add(s.strip());
            }
        }
    }

    /** True when a (stripped) text means no answer. */
    boolean isMissing(String stripped) {
        return stripped == null || stripped.isEmpty() || values.contains(stripped);
    }
}
