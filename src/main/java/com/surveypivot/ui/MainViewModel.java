package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.chart.ChartSettings;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.notes.Note;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import com.surveypivot.export.ExportException;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotState;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
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
    private final ObjectProperty<ChartSettings> chartSettings = new SimpleObjectProperty<>(ChartSettings.defaults());
    private final ReadOnlyStringWrapper filterStatus = new ReadOnlyStringWrapper("");
    private final StringProperty userNote = new SimpleStringProperty("");
    private final ObservableList<Question> allQuestions = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyIntegerWrapper opened = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final WorkspaceModel workspace = new WorkspaceModel(locale);
    private final NoteBook noteBook = new NoteBook(userNote, workspace);
    private final TableWorker worker;
    private final PivotBridge bridge;
    private final BooleanProperty showCounts = new SimpleBooleanProperty(false);
    private final BooleanProperty transposed = new SimpleBooleanProperty(false);
    private final GridSettings gridSettings = new GridSettings();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty loadWarning = new SimpleStringProperty("");
    private Consumer<String> errorHandler = message -> { };
    private final SurveyLoading loader;
    private final SurveyEditor editor = new SurveyEditor(this);
    private TextAnswersModel textAnswers;

    /** Which chart the centre shows (and Save Chart Image saves). */
    public enum ChartView { BAND, MAP }

    public MainViewModel(TaskExecutor executor) {
        this(executor, TableWorker.INLINE_CELLS);
    }

    /**
     * A view model whose tables are computed in the background from {@code inlineCells} respondent-columns on
     * (smaller ones at once; {@code Long.MAX_VALUE}: always at once, as the workspace benchmark times it).
     */
    public MainViewModel(TaskExecutor executor, long inlineCells) {
        this.executor = executor;
        this.loader = new SurveyLoading(executor, this::setSurvey, e -> errorHandler.accept(messageOf(e)),
                this::refreshStatus);
        loader.onLoaded(task -> loadWarning.set(task.warningText(locale.get())));
        this.worker = new TableWorker(inlineCells);
        this.map = new SegmentMapViewModel(attribute, locale, text, tableOptions);
        this.bridge = new PivotBridge(workspace, survey::get, question, attribute, tableOptions, showCounts,
                transposed);
        // the state is the one source: properties follow it, then the table is computed for it
        workspace.stateProperty().addListener((obs, old, s) -> {
            bridge.show(s);
            chartSettings.set(ChartModelMaker.toChart(s.chart()));
            refreshNoteKey();
            recompute();
        });
        // the chart settings bar edits the property; the change becomes an undoable command on the state
        chartSettings.addListener((obs, old, settings) -> {
            if (!settings.equals(ChartModelMaker.toChart(workspace.state().chart()))) {
                workspace.execute(new com.surveypivot.workspace.PivotCommand.SetChart(
                        ChartModelMaker.toSaved(settings)));
            }
        });
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
        Messages.setLocale(locale.get());
        textAnswers = new TextAnswersModel(this);
    }

    // ---- loading

    /** Reads a survey file in the background; on failure the current survey stays and the error handler is told. */
    public Task<Survey> open(Path file) {
        return loader.openSheet(file, null);
    }

    /** Reads one sheet of a workbook (null: the one that holds the respondent table) in the background. */
    public Task<Survey> openSheet(Path source, String sheet) {
        return loader.openSheet(source, sheet);
    }

    /** Reads the bundled sample survey in the background. */
    public Task<Survey> openSample() {
        return loader.openSample();
    }

    /** Reads a survey from any source in the background (the open actions, and tests with a slow source). */
    Task<Survey> load(SurveyLoadTask.Source source) {
        return loader.load(source);
    }

    /** Stops the load in progress, if any; the current survey stays. */
    public void cancelLoad() {
        loader.cancel();
    }

    /** One translated line for an error; never a stack trace. */
    public String messageOf(Throwable error) {
        if (error instanceof LocalizedException localized) {
            return localized.message(locale.get());
        }
        return text.get("error.unexpected");
    }

    /**
     * Shows a survey: the first coded single-choice question, broken down by the question just before it. The
     * workspace starts afresh (filters, NETs and the undo history are of the previous survey); chart and grid
     * settings stay. A weight the file declares is the starting weight (part of the starting state, not a step).
     */
    public void setSurvey(Survey newSurvey) {
        List<Question> crossable = newSurvey.crossableQuestions();
        Question[] pair = DefaultPair.choose(crossable);
        bridge.quietly(() -> {
            survey.set(newSurvey);
            questions.setAll(crossable);
            allQuestions.setAll(QuestionGroups.sorted(newSurvey.questions()));
            tableOptions.reset(newSurvey);
        });
        PivotState old = workspace.state();
        workspace.history().clear();
        workspace.reset(PivotState.of(PivotBridge.id(pair[0]), PivotBridge.id(pair[1])).withChart(old.chart())
                .withGrid(old.grid()).withWeight(declaredWeight(newSurvey)));
        bridge.show(workspace.state()); // also when the starting state equals the previous survey's
        map.reset(crossable, pair[0]);
        recompute();
        refreshStatus();
        opened.set(opened.get() + 1);
    }

    /** The weight the file declares (an SPSS weight variable) when it is one of the number questions, else null. */
    private static String declaredWeight(Survey survey) {
        String id = survey.weightId();
        return id != null && survey.find(id).filter(q -> q.type() == QuestionType.NUMBER).isPresent() ? id : null;
    }

    /** Counts the surveys opened (not the edits of one): the views forget what belonged to the previous one. */
    public javafx.beans.property.ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /**
     * Shows an edited version of the current survey with a state that fits it: the question and the attribute stay
     * where they still exist (by id), else the default pair is taken. Returns that state.
     */
    PivotState replaceSurvey(Survey edited) {
        PivotState current = workspace.state();
        PivotState state = current;
        List<Question> crossable = edited.crossableQuestions();
        bridge.quietly(() -> {
            survey.set(edited);
            questions.setAll(crossable);
            allQuestions.setAll(QuestionGroups.sorted(edited.questions()));
        });
        boolean hasQuestion = crossable.stream().anyMatch(x -> x.id().equals(current.question()));
        if (!hasQuestion) {
            Question[] pair = DefaultPair.choose(crossable);
            String attributeId = crossable.stream().anyMatch(x -> x.id().equals(current.attribute()))
                    && !current.attribute().equals(PivotBridge.id(pair[0])) ? current.attribute()
                    : PivotBridge.id(pair[1]);
            state = new PivotCommand.SetAttribute(attributeId).apply(state.withQuestion(PivotBridge.id(pair[0])));
        }
        showSurveyState(edited, state);
        return state;
    }

    /** Puts a survey and a state back together (a survey edit, or its undo). */
    void showSurveyState(Survey edited, PivotState state) {
        if (survey.get() != edited) {
            bridge.quietly(() -> {
                survey.set(edited);
                questions.setAll(edited.crossableQuestions());
                allQuestions.setAll(QuestionGroups.sorted(edited.questions()));
            });
        }
        workspace.reset(state);
        bridge.show(state);
        map.reset(edited.crossableQuestions(), question.get());
        recompute();
        refreshStatus();
    }

    // ---- the table

    /** Pivots: the attribute becomes the question and the question the attribute. */
    public void swap() {
        workspace.execute(new PivotCommand.Swap());
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
        noteBook.switchTo(key);
    }

    private void refreshShownNotes() {
        shownNotes.setAll(chartView.get() == ChartView.MAP ? map.notes() : generatedNotes);
    }

    /** Computes the table of the current state, and everything shown from it (latest request wins). */
    private void recompute() {
        PivotState state = workspace.state();
        worker.submit(survey.get(), state, locale.get(), this::show);
    }

    private void show(PivotResult result) {
        if (result.failed()) {
            PivotState s = result.state();
            errorHandler.accept(text.get("error.table", String.valueOf(s.question()),
                    s.attribute() == null ? "" : s.attribute()));
        }
        Crosstab table = result.table();
        crosstab.set(table);
        chartModel.set(result.chart());
        generatedNotes.setAll(result.notes());
        notes.setAll(result.notes().stream().map(Note::text).toList());
        filterStatus.set(tableOptions.filterConditions().isEmpty() ? ""
                : text.get("filter.status", tableOptions.filterText(text),
                        table == null ? 0 : table.total().unweightedBase()));
        refreshGrid();
        refreshStatus();
    }

    /** Whether a table is still being computed in the background. */
    boolean computing() {
        return worker.busy();
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
        if (loader.loadingProperty().get()) {
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

    /** Writes the shown chart as PNG (1×, 2×, 3×) or SVG. Call on the JavaFX thread. */
    public void saveChartImage(Path file, ImageFormat format) throws ExportException {
        ChartPicture picture = chartPicture();
        if (picture == null) {
            throw new IllegalStateException("no chart to save");
        }
        picture.write(file, format);
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

    /** The workspace: its state, the commands that change it and the one undo history. */
    public WorkspaceModel workspace() {
        return workspace;
    }

    /** Every question of the survey (free text and ids too), grouped by type. */
    public ObservableList<Question> allQuestions() {
        return allQuestions;
    }

    /** The user's survey edits (undo, redo) and the questions they act on. */
    public SurveyEditor editor() {
        return editor;
    }

    /** The Text answers tab: free-text questions, their words and their coding. */
    public TextAnswersModel textAnswers() {
        return textAnswers;
    }

    /** The workbook the survey was read from; null for the bundled sample. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return loader.fileProperty();
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

    /** How the band chart tab draws the table: kind, decimals, sort, report language. */
    public ObjectProperty<ChartSettings> chartSettingsProperty() {
        return chartSettings;
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
        return loader.loadingProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return loader.progressProperty();
    }

    /** The reader's warnings about the file last opened (shown in the status line), or "". */
    public StringProperty loadWarningProperty() {
        return loadWarning;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
