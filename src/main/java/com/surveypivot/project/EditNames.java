package com.surveypivot.project;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.edit.AddWeightColumn;
import com.surveypivot.survey.edit.ChangeQuestionType;
import com.surveypivot.survey.edit.CombinedEdit;
import com.surveypivot.survey.edit.MergeIntoMultiSet;
import com.surveypivot.survey.edit.RebinNumbers;
import com.surveypivot.survey.edit.RegroupDates;
import com.surveypivot.survey.edit.RenameCategory;
import com.surveypivot.survey.edit.RenameQuestion;
import com.surveypivot.survey.edit.ReorderCategories;
import com.surveypivot.survey.edit.SplitMultiSet;
import com.surveypivot.survey.edit.SurveyEdit;
import java.util.Locale;

/** A survey edit in a few translated words (for the list of what did not fit), by its kind and question. */
final class EditNames {
    private EditNames() {
    }

    /** The edit's kind as named in the messages ({@code project.edit.<kind>}). */
    static String kind(SurveyEdit edit) {
        if (edit instanceof CombinedEdit e) {
            return e.edits().isEmpty() ? "rename" : kind(e.edits().get(0));
        }
        if (edit instanceof RenameQuestion) {
            return "rename";
        }
        if (edit instanceof ChangeQuestionType) {
            return "type";
        }
        if (edit instanceof RenameCategory || edit instanceof ReorderCategories) {
            return "categories";
        }
        if (edit instanceof MergeIntoMultiSet) {
            return "merge";
        }
        if (edit instanceof SplitMultiSet) {
            return "split";
        }
        if (edit instanceof RebinNumbers || edit instanceof RegroupDates) {
            return "bins";
        }
        if (edit instanceof AddWeightColumn) {
            return "weight";
        }
        return "coding"; // AddCode, RemoveCode, AssignCode
    }

    static String text(String kind, String question, Locale locale) {
        return Messages.get(locale, "project.edit." + kind, question);
    }
}
