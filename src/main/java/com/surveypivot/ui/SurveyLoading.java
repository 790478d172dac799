package com.surveypivot.ui;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * Reading surveys in the background for the window: one load at a time (a new one cancels the previous), its
 * progress, and the file the shown survey came from. On success the survey goes to {@code shown}; on failure the
 * current survey stays and {@code failed} gets the error.
 */
final class SurveyLoading {
    private final TaskExecutor executor;
    private final Consumer<Survey> shown;
    private final Consumer<Throwable> failed;
    private final Runnable changed;
    private Consumer<SurveyLoadTask> loaded = task -> { };
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private Task<Survey> current;

    /** {@code changed} runs when a load starts or ends (the status line follows). */
    SurveyLoading(TaskExecutor executor, Consumer<Survey> shown, Consumer<Throwable> failed, Runnable changed) {
        this.executor = executor;
        this.shown = shown;
        this.failed = failed;
        this.changed = changed;
    }

    /** Reads one sheet of a workbook (null: the one that holds the respondent table). */
    Task<Survey> openSheet(Path source, String sheet) {
        Task<Survey> task = load(progressSink -> SurveyReader.read(source, ReadOptions.defaults().withSheet(sheet),
                progressSink));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> file.set(source));
        return task;
    }

    /** Reads the bundled sample survey. */
    Task<Survey> openSample() {
        Task<Survey> task = load(EarlySample::read);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> file.set(null));
        return task;
    }

    /** Shows the sample read before the window was built, as a load of the sample that succeeded at once. */
    void showSample(Survey survey) {
        cancel();
        shown.accept(survey);
        FirstChartTiming.mark("survey shown");
        file.set(null);
    }

    /** Called with each load that succeeded, after its survey is shown (for the reader's warnings). */
    void onLoaded(Consumer<SurveyLoadTask> listener) {
        loaded = listener;
    }

    /** Reads a survey from any source (the open actions, and tests with a slow source). */
    Task<Survey> load(SurveyLoadTask.Source source) {
        return load(source, () -> { });
    }

    /**
     * Reads a survey (a project's, with its edits made), shows it as from {@code source} (null: the sample), then
     * runs {@code then} (the project's state, notes and outline are put on it).
     */
    Task<Survey> loadThen(SurveyLoadTask.Source reader, Path source, Runnable then) {
        Task<Survey> task = load(reader, then);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> file.set(source));
        return task;
    }

    private Task<Survey> load(SurveyLoadTask.Source source, Runnable then) {
        cancel();
        SurveyLoadTask task = new SurveyLoadTask(source);
        current = task;
        loading.set(true);
        progress.bind(task.progressProperty());
        changed.run();
        task.setOnSucceeded(e -> {
            finish(task);
            shown.accept(task.getValue());
            FirstChartTiming.mark("survey shown");
            loaded.accept(task);
            then.run();
        });
        task.setOnFailed(e -> {
            finish(task);
            changed.run();
            failed.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finish(task);
            changed.run();
        });
        executor.execute(task);
        return task;
    }

    private void finish(Task<Survey> task) {
        if (current == task) {
            current = null;
            progress.unbind();
            progress.set(0);
            loading.set(false);
        }
    }

    /** Stops the load in progress, if any. */
    void cancel() {
        Task<Survey> task = current;
        if (task != null) {
            task.cancel();
        }
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }
}
