package com.surveypivot.survey;

import java.util.Locale;

/** What kind of answers a question holds; decides how it can be crossed and charted. */
public enum QuestionType {
    /** One answer per respondent from a list of labels. */
    SINGLE,
    /** Several answers per respondent ("check all that apply"). */
    MULTI,
    /** One answer from an ordered rating scale (agreement, satisfaction, worry ...). */
    SCALE,
    /** A matrix: several items rated on the same scale. */
    GRID,
    /** Numeric values. */
    NUMBER,
    /** Dates or date-times. */
    DATE,
    /** Free text: listed, not crossed. */
    TEXT,
    /** Respondent identifiers: not crossed. */
    ID;

    /** The lower-case name used in json and on the command line. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the question has categories that can be a crosstab's rows or columns. */
    public boolean isCrossable() {
        return this != TEXT && this != ID;
    }
}
