package com.surveypivot.ui;

import com.surveypivot.survey.edit.AddCode;
import com.surveypivot.survey.edit.AssignCode;
import com.surveypivot.survey.edit.RemoveCode;
import com.surveypivot.survey.edit.SurveyEdit;

/** The coding edits of free-text answers in a few translated words, for the Undo and Redo items. */
final class TextCodingEdits {
    private TextCodingEdits() {
    }

    /** The edit described, or null when it is not a coding edit. */
    static String describe(SurveyEdit edit, UiText text) {
        TextI18n i18n = new TextI18n(text);
        if (edit instanceof AddCode e) {
            return i18n.get("text.edit.addCode", e.code());
        }
        if (edit instanceof RemoveCode e) {
            return i18n.get("text.edit.removeCode", e.code());
        }
        if (edit instanceof AssignCode e) {
            return i18n.get(e.assigned() ? "text.edit.assign" : "text.edit.unassign", e.code(), e.respondents().size());
        }
        return null;
    }
}
