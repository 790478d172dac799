package com.surveypivot.ui;

import com.surveypivot.survey.Survey;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The status line: loading, no survey, or the survey's title and size; and the reader's warnings about the file. */
final class StatusLine {
    private final UiText text;
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty loadWarning = new SimpleStringProperty("");

    StatusLine(UiText text) {
        this.text = text;
    }

    void refresh(boolean loading, Survey survey) {
        if (loading) {
            status.set(text.get("status.loading"));
        } else if (survey == null) {
            status.set(text.get("status.empty"));
        } else {
            status.set(text.get("status.survey", survey.title(), survey.respondents(), survey.questions().size()));
        }
    }

    StringProperty status() {
        return status;
    }

    StringProperty loadWarning() {
        return loadWarning;
    }
}
