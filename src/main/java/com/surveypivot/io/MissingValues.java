package com.surveypivot.io;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Answers that mean "no answer": blank, spaces, 無回答, N/A, #N/A, - and the user's own list. */
final class MissingValues {
    private static final List<String> STANDARD = List.of("無回答", "N/A", "#N/A", "-", "n/a", "－");
    private final Set<String> values = new HashSet<>(STANDARD);
    private final Set<String> extra = new HashSet<>();

    MissingValues(List<String> extraValues) {
        for (String s : extraValues) {
            if (s != null) {
                values.add(s.strip());
                extra.add(s.strip());
            }
        }
    }

    /** True when the user listed values of their own, so that a number may be missing. */
    boolean hasNumberCodes() {
        return !extra.isEmpty();
    }

    /** True when the user listed a number as missing (a code such as 99), as the sheet would show it. */
    boolean isMissingNumber(double value) {
        return !extra.isEmpty() && extra.contains(NumberText.format(value));
    }

    /** True when a (stripped) text means no answer. */
    boolean isMissing(String stripped) {
        return stripped == null || stripped.isEmpty() || values.contains(stripped);
    }
}
