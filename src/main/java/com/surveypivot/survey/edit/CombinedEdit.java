package com.surveypivot.survey.edit;

import com.surveypivot.survey.Survey;
import java.util.List;

/** Several edits made as one step (e.g. a dialog that renames and reorders categories), undone together. */
public record CombinedEdit(List<SurveyEdit> edits) implements SurveyEdit {

    public CombinedEdit {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a combined edit has edits");
        }
    }

    @Override
    public Survey apply(Survey survey) {
        Survey result = survey;
        for (SurveyEdit edit : edits) {
            result = edit.apply(result);
        }
        return result;
    }

    @Override
    public String targetId() {
        return edits.get(0).targetId();
    }

    @Override
    public String description() {
        return edits.get(0).description();
    }
}
