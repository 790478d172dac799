package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import java.util.List;

/**
 * The result of crossing a question (rows: its answers) by an attribute (columns: Total, then the
 * attribute's categories), in R's orientation: cells are column %.
 *
 * <p>Who counts: a respondent is in the table when they answered both the question and the attribute
 * (for a multi-response attribute: ticked at least one option). Answers and attribute categories with no
 * respondents in the table are left out. Totals are kept apart from cells: the Total is column 0.
 *
 * @param question  the question (rows)
 * @param by        the attribute (columns)
 * @param columns   Total first, then one per attribute category in category order
 * @param rows      one per answer, in answer order
 * @param chiSquare Pearson chi-square for single-choice by single-choice; null where it does not apply
 * @param weighted  whether counts are weighted
 */
public record Crosstab(Question question, Question by, List<TableColumn> columns, List<TableRow> rows,
        ChiSquare chiSquare, boolean weighted) {

    public Crosstab {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The Total column. */
    public TableColumn total() {
        return columns.get(0);
    }

    /** The segment columns (everything after the Total). */
    public List<TableColumn> segments() {
        return columns.subList(1, columns.size());
    }
}
