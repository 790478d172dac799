package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.notes.NoteFinder;
import com.surveypivot.notes.Note;
import com.surveypivot.notes.NoteWriter;
import com.surveypivot.analysis.TableRow;
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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final ObservableList<Note> generatedNotes = FXCollections.observableArrayList();
    private final ObservableList<Note> shownNotes = FXCollections.observableArrayList();
    private final TableOptionsModel tableOptions = new TableOptionsModel();
    private final SegmentMapViewModel map;
    private final ObjectProperty<ChartView> chartView = new SimpleObjectProperty<>(ChartView.BAND);
    private final BooleanProperty captionUnderChart = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper filterStatus = new ReadOnlyStringWrapper("");
    private final StringProperty userNote = new SimpleStringProperty("");
    private final Map<String, String> userNotes = new HashMap<>();
    private final BooleanProperty showCounts = new SimpleBooleanProperty(false);
    private final BooleanProperty transposed = new SimpleBooleanProperty(false);
    private final GridSettings gridSettings = new GridSettings();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final StringProperty status = new SimpleStringProperty("");
    private Consumer<String> errorHandler = message -> { };
    private Task<Survey> currentLoad;
    private String noteKey = "";
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final SurveyEditor editor = new SurveyEditor(this);

    /** Which chart the centre shows (and Save Chart Image saves). */
    public enum ChartView { BAND, MAP }

    public MainViewModel(TaskExecutor executor) {
        this.executor = executor;
        this.map = new SegmentMapViewModel(attribute, locale, text, tableOptions);
        question.addListener((obs, old, q) -> pairChanged());
        attribute.addListener((obs, old, q) -> pairChanged());
        tableOptions.addListener(o -> recompute());
        showCounts.addListener((obs, old, v) -> refreshGrid());
        transposed.addListener((obs, old, v) -> refreshGrid());
        gridSettings.addListener(o -> refreshGrid());
        locale.addListener((obs, old, l) -> {
            Messages.setLocale(l);
            recompute();
        });
        // the notes pane shows the notes of the view shown, and the user's note on that table or map
        generatedNotes.addListener((javafx.collections.ListChangeListener<Note>) c -> refreshShownNotes());
        map.notes().addListener((javafx.collections.ListChangeListener<Note>) c -> refreshShownNotes());
        chartView.addListener((obs, old, v) -> {
            refreshShownNotes();
            refreshNoteKey();
        });
        map.dataProperty().addListener((obs, old, d) -> refreshNoteKey());
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
        tableOptions.reset(newSurvey);
        Question[] pair = DefaultPair.choose(crossable);
        question.set(null);
        attribute.set(null);
        attribute.set(pair[1]);
        question.set(pair[0]);
        map.reset(crossable, pair[0]);
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
        map.reset(crossable, newQuestion);
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
        refreshNoteKey();
        recompute();
    }

    /** Switches the user's note to the one kept for the table or the map shown. */
    private void refreshNoteKey() {
        String key;
        if (survey.get() == null) {
            key = "";
        } else if (chartView.get() == ChartView.MAP) {
            String mapKey = map.noteKey();
            key = mapKey.isEmpty() ? "" : survey.get().title() + "\u0000" + mapKey;
        } else {
            Question q = question.get();
            Question a = attribute.get();
            key = q == null ? "" : survey.get().title() + "\u0000" + q.id() + "\u0000" + (a == null ? "" : a.id());
        }
        if (key.equals(noteKey)) {
            return;
        }
        noteKey = key;
        userNote.set(userNotes.getOrDefault(noteKey, ""));
    }

    private void refreshShownNotes() {
        shownNotes.setAll(chartView.get() == ChartView.MAP ? map.notes() : generatedNotes);
    }

    /** Computes the table of the current pair with the current options, and everything shown from it. */
    private void recompute() {
        Question q = question.get();
        Question a = attribute.get();
        Crosstab table = null;
        if (q != null && survey.get() != null) {
            try {
                table = CrosstabEngine.compute(tableOptions.spec(q, a));
            } catch (RuntimeException e) {
                errorHandler.accept(text.get("error.table", q.id(), a == null ? "" : a.id()));
            }
        }
        crosstab.set(table);
        filterStatus.set(tableOptions.filterConditions().isEmpty() ? ""
                : text.get("filter.status", tableOptions.filterText(text),
                        table == null ? 0 : table.total().unweightedBase()));
        refreshViews();
        refreshStatus();
    }

    private void refreshViews() {
        Crosstab table = crosstab.get();
        if (table == null) {
            chartModel.set(null);
            notes.clear();
            generatedNotes.clear();
        } else {
            // the chart's bars and the notes are of the answers; NET rows are the grid's
            Crosstab answers = answersOnly(table);
            chartModel.set(BandChartModel.from(answers, locale.get()));
            List<Note> written = NoteWriter.notes(NoteFinder.claims(answers), locale.get());
            generatedNotes.setAll(written);
            notes.setAll(written.stream().map(Note::text).toList());
        }
        refreshGrid();
    }

    /** The table without its NET rows. */
    static Crosstab answersOnly(Crosstab table) {
        if (table.rows().stream().noneMatch(TableRow::net)) {
            return table;
        }
        return new Crosstab(table.question(), table.by(), table.columns(),
                table.rows().stream().filter(r -> !r.net()).toList(), table.chiSquare(), table.weighted(),
                table.groups(), table.options());
    }

    private void refreshGrid() {
        Crosstab table = crosstab.get();
        grid.set(table == null ? null : gridSettings.grid(table, showCounts.get(), transposed.get(),
                this::questionOnlyTable, text));
    }

    /** The current question's table without an attribute (same filter, weight, options); null if it fails. */
    Crosstab questionOnlyTable() {
        Question q = question.get();
        try {
            return q == null ? null : CrosstabEngine.compute(tableOptions.spec(q, null));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The respondents (row indices, ascending) behind a grid cell; empty when the cell is not a set of them. */
    public java.util.Optional<int[]> respondentsOfCell(GridTable.Row row, int cell) {
        return GridCellRespondents.of(this, row, cell);
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

    /**
     * What Save Chart Image puts out now: the chart shown (band chart or map), with the user's note under it when
     * {@link #captionUnderChartProperty()} is on; null when that view has no chart. Call on the JavaFX thread.
     */
    ChartPicture chartPicture() {
        String caption = captionUnderChart.get() ? userNote.get() : "";
        if (chartView.get() == ChartView.MAP) {
            return map.modelProperty().get() == null ? null : new ChartPicture(null, map.modelProperty().get(), caption);
        }
        return chartModel.get() == null ? null : new ChartPicture(chartModel.get(), null, caption);
    }

    /** Writes the shown chart as a PNG at twice its size. Call on the JavaFX thread (the view saves in the background). */
    public void saveChartImage(Path file) throws ExportException {
        ChartPicture picture = chartPicture();
        if (picture == null) {
            throw new IllegalStateException("no chart to save");
        }
        picture.write(file);
    }

    /** The shown chart at twice its size, as saved (for the clipboard); null when there is no chart. */
    public BufferedImage chartImage() {
        ChartPicture picture = chartPicture();
        return picture == null ? null : picture.render(2);
    }

    /** The file name offered when saving the chart: {@code <Q>_by_<A>.png}, or the map's name. */
    public String defaultImageName() {
        if (chartView.get() == ChartView.MAP) {
            return map.defaultImageName();
        }
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

    /** The generated sentences with their evidence (the same sentences as {@link #notes()}). */
    public ObservableList<Note> generatedNotes() {
        return generatedNotes;
    }

    /** The notes the notes pane lists: the table's, or the map's quadrant notes while the map is shown. */
    public ObservableList<Note> shownNotes() {
        return shownNotes;
    }

    public TableOptionsModel tableOptions() {
        return tableOptions;
    }

    public SegmentMapViewModel map() {
        return map;
    }

    public ObjectProperty<ChartView> chartViewProperty() {
        return chartView;
    }

    public BooleanProperty captionUnderChartProperty() {
        return captionUnderChart;
    }

    /** The filter in words with the table's base ("" when nothing is filtered). */
    public ReadOnlyStringProperty filterStatusProperty() {
        return filterStatus.getReadOnlyProperty();
    }

    public StringProperty userNoteProperty() {
        return userNote;
    }

    public BooleanProperty showCountsProperty() {
        return showCounts;
    }

    public GridSettings gridSettings() {
        return gridSettings;
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
