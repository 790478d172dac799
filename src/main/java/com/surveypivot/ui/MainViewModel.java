package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.chart.ChartImages;
import com.surveypivot.export.PngExport;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.notes.NoteFinder;
import com.surveypivot.notes.NoteWriter;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.export.ExportException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The state of the main window: the survey, the question and the attribute it is broken down by, the table
 * computed from them and what is shown of it (chart model, grid layout, notes, the user's own note).
 * Holds no controls, so it is tested without a window.
 */
public final class MainViewModel {
    private final TaskExecutor executor;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Messages.defaultLocale());
    private final UiText text = new UiText(locale);
    private final ReadOnlyObjectWrapper<Survey> survey = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final ObjectProperty<Question> question = new SimpleObjectProperty<>();
    private final ObjectProperty<Question> attribute = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Crosstab> crosstab = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BandChartModel> chartModel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GridTable> grid = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final StringProperty userNote = new SimpleStringProperty("");
    private final Map<String, String> userNotes = new HashMap<>();
    private final BooleanProperty showCounts = new SimpleBooleanProperty(false);
    private final BooleanProperty transposed = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final StringProperty status = new SimpleStringProperty("");
    private Consumer<String> errorHandler = message -> { };
    private Task<Survey> currentLoad;
    private String noteKey = "";
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final SurveyEditor editor = new SurveyEditor(this);

    public MainViewModel(TaskExecutor executor) {
        this.executor = executor;
        question.addListener((obs, old, q) -> pairChanged());
        attribute.addListener((obs, old, q) -> pairChanged());
        showCounts.addListener((obs, old, v) -> refreshGrid());
        transposed.addListener((obs, old, v) -> refreshGrid());
        locale.addListener((obs, old, l) -> {
            Messages.setLocale(l);
            refreshViews();
            refreshStatus();
        });
        userNote.addListener((obs, old, note) -> {
            if (!noteKey.isEmpty()) {
                userNotes.put(noteKey, note == null ? "" : note);
            }
        });
        Messages.setLocale(locale.get());
    }

    // ---- loading

    /** Reads a survey file in the background; on failure the current survey stays and the error handler is told. */
    public Task<Survey> open(Path file) {
        return openSheet(file, null);
    }

    /** Reads one sheet of a workbook (null: the one that holds the respondent table) in the background. */
    public Task<Survey> openSheet(Path source, String sheet) {
        Task<Survey> task = load(progressSink -> SurveyReader.read(source, ReadOptions.defaults().withSheet(sheet),
                progressSink));
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> file.set(source));
        return task;
    }

    /** Reads the bundled sample survey in the background. */
    public Task<Survey> openSample() {
        Task<Survey> task = load(progressSink -> SurveyReader.readSample(ReadOptions.defaults(), progressSink));
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> file.set(null));
        return task;
    }

    /** Reads a survey from any source in the background (the open actions, and tests with a slow source). */
    Task<Survey> load(SurveyLoadTask.Source source) {
        cancelLoad();
        SurveyLoadTask task = new SurveyLoadTask(source);
        currentLoad = task;
        loading.set(true);
        progress.bind(task.progressProperty());
        status.set(text.get("status.loading"));
        task.setOnSucceeded(e -> {
            finishLoad(task);
            setSurvey(task.getValue());
        });
        task.setOnFailed(e -> {
            finishLoad(task);
            refreshStatus();
            errorHandler.accept(messageOf(task.getException()));
        });
        task.setOnCancelled(e -> {
            finishLoad(task);
            refreshStatus();
        });
        executor.execute(task);
        return task;
    }

    private void finishLoad(Task<Survey> task) {
        if (currentLoad == task) {
            currentLoad = null;
            progress.unbind();
            progress.set(0);
            loading.set(false);
        }
    }

    /** Stops the load in progress, if any; the current survey stays. */
    public void cancelLoad() {
        Task<Survey> task = currentLoad;
        if (task != null) {
            task.cancel();
        }
    }

    /** One translated line for an error; never a stack trace. */
    public String messageOf(Throwable error) {
        if (error instanceof LocalizedException localized) {
            return localized.message(locale.get());
        }
        return text.get("error.unexpected");
    }

    /** Shows a survey: the first coded single-choice question, broken down by the question just before it. */
    public void setSurvey(Survey newSurvey) {
        survey.set(newSurvey);
        List<Question> crossable = newSurvey.crossableQuestions();
        questions.setAll(crossable);
        Question[] pair = DefaultPair.choose(crossable);
        question.set(null);
        attribute.set(null);
        attribute.set(pair[1]);
        question.set(pair[0]);
        refreshStatus();
    }

    /**
     * Shows an edited version of the current survey: the question and the attribute stay where they still exist
     * (by id), else the default pair is taken.
     */
    public void replaceSurvey(Survey edited) {
        Question q = question.get();
        Question a = attribute.get();
        survey.set(edited);
        List<Question> crossable = edited.crossableQuestions();
        questions.setAll(crossable);
        Question newQuestion = q == null ? null : crossable.stream().filter(x -> x.id().equals(q.id())).findFirst()
                .orElse(null);
        Question newAttribute = a == null ? null : crossable.stream().filter(x -> x.id().equals(a.id()))
                .findFirst().orElse(null);
        if (newQuestion == null) {
            Question[] pair = DefaultPair.choose(crossable);
            newQuestion = pair[0];
            newAttribute = newAttribute == null || newAttribute == newQuestion ? pair[1] : newAttribute;
        }
        question.set(null);
        attribute.set(newAttribute);
        question.set(newQuestion);
        refreshStatus();
    }

    // ---- the table

    /** Pivots: the attribute becomes the question and the question the attribute. */
    public void swap() {
        Question q = question.get();
        Question a = attribute.get();
        if (q == null || a == null) {
            return;
        }
        question.set(null);
        attribute.set(q);
        question.set(a);
    }

    private void pairChanged() {
        Question q = question.get();
        Question a = attribute.get();
        noteKey = q == null ? "" : survey.get().title() + "\u0000" + q.id() + "\u0000" + (a == null ? "" : a.id());
        userNote.set(userNotes.getOrDefault(noteKey, ""));
        Crosstab table = null;
        if (q != null && survey.get() != null) {
            try {
                table = CrosstabEngine.crosstab(q, a);
            } catch (RuntimeException e) {
                errorHandler.accept(text.get("error.table", q.id(), a == null ? "" : a.id()));
            }
        }
        crosstab.set(table);
        refreshViews();
        refreshStatus();
    }

    private void refreshViews() {
        Crosstab table = crosstab.get();
        if (table == null) {
            chartModel.set(null);
            notes.clear();
        } else {
            chartModel.set(BandChartModel.from(table, locale.get()));
            notes.setAll(NoteWriter.sentences(NoteFinder.claims(table), locale.get()));
        }
        refreshGrid();
    }

    private void refreshGrid() {
        Crosstab table = crosstab.get();
        grid.set(table == null ? null : GridTable.of(table, showCounts.get(), transposed.get(), text));
    }

    private void refreshStatus() {
        if (loading.get()) {
            status.set(text.get("status.loading"));
        } else if (survey.get() == null) {
            status.set(text.get("status.empty"));
        } else {
            Survey s = survey.get();
            status.set(text.get("status.survey", s.title(), s.respondents(), s.questions().size()));
        }
    }

    // ---- output

    /** Writes the current chart as a PNG at twice its size (callable from any thread). */
    public void saveChartImage(Path file) throws ExportException {
        BandChartModel model = chartModel.get();
        if (model == null) {
            throw new IllegalStateException("no chart to save");
        }
        PngExport.write(ChartImages.render(model, 2), file);
    }

    /** The current chart at twice its size, as saved (for the clipboard); null when there is no chart. */
    public BufferedImage chartImage() {
        BandChartModel model = chartModel.get();
        return model == null ? null : ChartImages.render(model, 2);
    }

    /** The file name offered when saving the chart: {@code <Q>_by_<A>.png}. */
    public String defaultImageName() {
        Question q = question.get();
        Question a = attribute.get();
        String name = q == null ? "chart" : a == null ? q.id() : q.id() + "_by_" + a.id();
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".png";
    }

    // ---- properties

    /** The user's survey edits (undo, redo) and the questions they act on. */
    public SurveyEditor editor() {
        return editor;
    }

    /** The workbook the survey was read from; null for the bundled sample. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    void reportError(String message) {
        errorHandler.accept(message);
    }

    public void setErrorHandler(Consumer<String> handler) {
        this.errorHandler = handler;
    }

    public UiText text() {
        return text;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public ReadOnlyObjectProperty<Survey> surveyProperty() {
        return survey.getReadOnlyProperty();
    }

    public ObservableList<Question> questions() {
        return questions;
    }

    public ObjectProperty<Question> questionProperty() {
        return question;
    }

    public ObjectProperty<Question> attributeProperty() {
        return attribute;
    }

    public ReadOnlyObjectProperty<Crosstab> crosstabProperty() {
        return crosstab.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BandChartModel> chartModelProperty() {
        return chartModel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GridTable> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public StringProperty userNoteProperty() {
        return userNote;
    }

    public BooleanProperty showCountsProperty() {
        return showCounts;
    }

    public BooleanProperty transposedProperty() {
        return transposed;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }
}
