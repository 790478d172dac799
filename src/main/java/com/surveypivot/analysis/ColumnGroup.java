package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One group of banner columns: the categories of one attribute, or for a nested banner the inner attribute's
 * categories within one category of the outer attribute. Column letters and column tests stay within a group.
 *
 * @param name        the group's name: the attribute's id, or for a nested group the outer category label
 * @param attribute   the attribute whose categories the columns are
 * @param outer       for a nested group, the outer attribute; else null
 * @param from        index of the group's first column in {@link Crosstab#columns()}
 * @param to          index after its last column
 * @param base        the (weighted) number of respondents of the group: answered the question and the attribute
 * @param unweightedBase the unweighted number of them
 * @param chiSquare   Pearson chi-square of the question by this group's columns (single-choice by single-choice;
 *                    weighted counts rescaled to the group's effective base); null where it does not apply
 * @param rowChiSquares for a multi-response question, each row's own chi-square (ticked / not ticked × the
 *                    group's columns), aligned with {@link Crosstab#rows()} (null entries for NETs); else empty
 */
public record ColumnGroup(String name, Question attribute, Question outer, int from, int to, double base,
        int unweightedBase, ChiSquare chiSquare, List<ChiSquare> rowChiSquares) {

    public ColumnGroup {
        rowChiSquares = rowChiSquares == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(rowChiSquares));
    }

    /** The number of columns in the group. */
    public int size() {
        return to - from;
    }
}
