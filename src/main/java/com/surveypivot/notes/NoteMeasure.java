package com.surveypivot.notes;

import java.util.List;

/**
 * What the notes measure on a table: the share of one answer, or of a NET of several answers, named by their
 * labels (so the notes do not depend on the order of the answers).
 *
 * @param name   the answer label for one answer, else the NET's name (e.g. {@code 連携不十分}, {@code TOP2})
 * @param labels the answer labels counted, at least one
 */
public record NoteMeasure(String name, List<String> labels) {
    public NoteMeasure {
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a measure needs at least one answer");
        }
        if (name == null || name.isBlank()) {
            name = labels.size() == 1 ? labels.get(0) : "NET";
        }
    }

    /** One answer. */
    public static NoteMeasure answer(String label) {
        return new NoteMeasure(label, List.of(label));
    }

    /** Whether this is a NET of several answers. */
    public boolean isNet() {
        return labels.size() > 1 || !name.equals(labels.get(0));
    }
}
