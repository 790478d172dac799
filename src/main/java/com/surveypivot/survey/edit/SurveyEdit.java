package com.surveypivot.survey.edit;

import com.surveypivot.survey.Survey;

/**
 * One change the user makes to a survey as loaded: a small immutable command that names what it changes by ids
 * and labels (never by object references), so that it can be stored in a project file and replayed on the same
 * data. {@link #apply} returns a new survey and leaves its argument as it was.
 */
public sealed interface SurveyEdit permits RenameQuestion, ChangeQuestionType, RenameCategory, ReorderCategories,
        MergeIntoMultiSet, SplitMultiSet, RebinNumbers, RegroupDates, CombinedEdit, AddWeightColumn, AddCode,
        RemoveCode, AssignCode {

    /**
     * The survey with this edit made.
     *
     * @throws IllegalArgumentException when the edit does not fit the survey (unknown id, label or type change)
     */
    Survey apply(Survey survey);

    /**
     * The id of what the edit acts on: the question (a coded text question for the coding edits), the multi-response
     * set it makes or splits, or the weight column it adds; a combined edit's first edit's.
     */
    String targetId();

    /** A short plain description, e.g. {@code rename Q1}; the window translates edits itself. */
    String description();
}
