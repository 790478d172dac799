package com.surveypivot.ui;

import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.survey.Survey;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;

/**
 * How surveys come in and how it went: the background loader, the status line (with the reader's warnings) and
 * the error handler, which is told one translated line per failure.
 */
final class SurveyIntake {
    private final ObservableValue<Locale> locale;
    private final UiText text;
    private final ObservableValue<Survey> survey;
    private final StatusLine status;
    private final SurveyLoading loader;
    private Consumer<String> errorHandler = message -> { };

    /** Loads with {@code executor}; a survey read is handed to {@code shown}; {@code survey} is the one shown. */
    SurveyIntake(TaskExecutor executor, ObservableValue<Locale> locale, UiText text, ObservableValue<Survey> survey,
            Consumer<Survey> shown) {
        this.locale = locale;
        this.text = text;
        this.survey = survey;
        this.status = new StatusLine(text);
        this.loader = new SurveyLoading(executor, shown, e -> errorHandler.accept(messageOf(e)), this::refreshStatus);
        loader.onLoaded(task -> status.loadWarning().set(task.warningText(locale.getValue())));
    }

    SurveyLoading loader() {
        return loader;
    }

    StatusLine status() {
        return status;
    }

    /** One translated line for an error; never a stack trace. */
    String messageOf(Throwable error) {
        if (error instanceof LocalizedException localized) {
            return localized.message(locale.getValue());
        }
        return text.get("error.unexpected");
    }

    void reportError(String message) {
        errorHandler.accept(message);
    }

    void setErrorHandler(Consumer<String> handler) {
        this.errorHandler = handler;
    }

    /** Says in the status line whether a survey is loading, else what is shown. */
    void refreshStatus() {
        status.refresh(loader.loadingProperty().get(), survey.getValue());
    }
}
