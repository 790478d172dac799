package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.chart.ChartSettings;
import com.surveypivot.i18n.Messages;
import com.surveypivot.notes.Note;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.export.ExportException;
import com.surveypivot.workspace.PivotState;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
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
    private final TableOptionsModel tableOptions = new TableOptionsModel();
    private final SegmentMapViewModel map;
    private final ObservableList<Question> allQuestions = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper opened = new ReadOnlyIntegerWrapper();
    private final WorkspaceModel workspace = new WorkspaceModel(locale);
    private final ShownView shown = new ShownView(workspace);
    private final TableResults table;
    private final PivotBridge bridge;
    private final GridModel grid = new GridModel(text, question, tableOptions);
    private final ChartImageOutput output = new ChartImageOutput(this);
    private final SurveySwitch surveys;
    private final SurveyIntake intake;
    private final SurveyLoading loader;
    private final SurveyEditor editor = new SurveyEditor(this);
    private final com.surveypivot.project.ReportOutline outline = new com.surveypivot.project.ReportOutline();
    private TextAnswersModel textAnswers;
    private final ProjectSession project;

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
        this.intake = new SurveyIntake(executor, locale, text, survey.getReadOnlyProperty(), this::setSurvey);
        this.loader = intake.loader();
        this.table = new TableResults(inlineCells, text, tableOptions, shown.notes(), grid, intake::reportError,
                intake::refreshStatus);
        this.map = new SegmentMapViewModel(attribute, locale, text, tableOptions);
        map.followTable(workspace);
        this.bridge = new PivotBridge(workspace, survey::get, question, attribute, tableOptions, grid.showCounts(),
                grid.transposed());
        this.surveys = new SurveySwitch(survey, questions, allQuestions, question, tableOptions, workspace, bridge, map,
                opened, this::recompute, intake::refreshStatus);
        // the state is the one source: properties follow it, then the table is computed for it
        workspace.stateProperty().addListener((obs, old, s) -> {
            bridge.show(s);
            shown.show(s);
            recompute();
        });
        grid.settings().addListener(o -> table.refreshGrid());
        locale.addListener((obs, old, l) -> {
            Messages.setLocale(l);
            recompute();
        });
        // the notes pane shows the notes of the view shown, and the user's note on that table or map
        shown.follow(survey.getReadOnlyProperty(), map);
        Messages.setLocale(locale.get());
        textAnswers = new TextAnswersModel(this);
        project = new ProjectSession(this);
    }

    // ---- loading

    /**
     * Reads a survey file in the background; on failure the current survey stays and the error handler is told. A
     * {@code .surveypivot} file is opened as a project (see {@link ProjectSession#open}).
     */
    public Task<Survey> open(Path file) {
        if (com.surveypivot.project.ProjectFile.isProjectName(String.valueOf(file.getFileName()))) {
            return project.open(file);
        }
        project.sheetChosen(null);
        return loader.openSheet(file, null);
    }

    /** Reads a project's survey in the background, shows it as from {@code source}, then runs {@code then}. */
    Task<Survey> loadThen(SurveyLoadTask.Source reader, Path source, Runnable then) {
        return loader.loadThen(reader, source, then);
    }

    /** Reads one sheet of a workbook (null: the one that holds the respondent table) in the background. */
    public Task<Survey> openSheet(Path source, String sheet) {
        project.sheetChosen(sheet);
        return loader.openSheet(source, sheet);
    }

    /** Reads the bundled sample survey in the background. */
    public Task<Survey> openSample() {
        project.sheetChosen(null);
        return loader.openSample();
    }

    /** Shows the sample that was read while the window started (instead of {@link #openSample} reading it again). */
    void showSample(Survey early) {
        project.sheetChosen(null);
        loader.showSample(early);
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
        return intake.messageOf(error);
    }

    /** Shows a newly opened survey with a fresh workspace (see {@link SurveySwitch#setSurvey(Survey)}). */
    public void setSurvey(Survey newSurvey) {
        surveys.setSurvey(newSurvey);
    }

    /** Counts the surveys opened (not the edits of one): the views forget what belonged to the previous one. */
    public ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** Shows an edited version of the current survey with a state that fits it; returns that state. */
    PivotState replaceSurvey(Survey edited) {
        return surveys.replaceSurvey(edited);
    }

    /** Puts a survey and a state back together (a survey edit, or its undo). */
    void showSurveyState(Survey edited, PivotState state) {
        surveys.showSurveyState(edited, state);
    }

    // ---- the table

    /** Pivots: the attribute becomes the question and the question the attribute. */
    public void swap() {
        workspace.execute(new PivotCommand.Swap());
    }

    /** Computes the table of the current state, and everything shown from it (latest request wins). */
    private void recompute() {
        table.recompute(survey.get(), workspace.state(), locale.get());
    }

    /** Whether a table is still being computed in the background. */
    boolean computing() {
        return table.computing();
    }

    /** The current question's table without an attribute (same filter, weight, options); null if it fails. */
    Crosstab questionOnlyTable() {
        return grid.questionOnlyTable();
    }

    /** The respondents (row indices, ascending) behind a grid cell; empty when the cell is not a set of them. */
    public java.util.Optional<int[]> respondentsOfCell(GridTable.Row row, int cell) {
        return GridCellRespondents.of(this, row, cell);
    }

    // ---- output

    /** What Save Chart Image puts out now (see {@link ChartImageOutput#chartPicture()}). */
    ChartPicture chartPicture() {
        return output.chartPicture();
    }

    /** Writes the shown chart as a PNG at twice its size. Call on the JavaFX thread (the view saves in the background). */
    public void saveChartImage(Path file) throws ExportException {
        output.save(file);
    }

    /** Writes the shown chart as PNG (1×, 2×, 3×) or SVG. Call on the JavaFX thread. */
    public void saveChartImage(Path file, ImageFormat format) throws ExportException {
        output.save(file, format);
    }

    /** The shown chart at twice its size, as saved (for the clipboard); null when there is no chart. */
    public BufferedImage chartImage() {
        return output.image();
    }

    /** The file name offered when saving the chart: {@code <Q>_by_<A>.png}, or the map's name. */
    public String defaultImageName() {
        return output.defaultImageName();
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

    /** The tables and maps the user keeps for the report (saved in the project file). */
    public com.surveypivot.project.ReportOutline outline() {
        return outline;
    }

    /** The user's survey edits (undo, redo) and the questions they act on. */
    public SurveyEditor editor() {
        return editor;
    }

    /** The project: its file, whether there is unsaved work, save / open / recover. */
    public ProjectSession project() {
        return project;
    }

    NoteBook noteBook() {
        return shown.noteBook();
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
        intake.reportError(message);
    }

    public void setErrorHandler(Consumer<String> handler) {
        intake.setErrorHandler(handler);
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
        return table.crosstab();
    }

    public ReadOnlyObjectProperty<BandChartModel> chartModelProperty() {
        return table.chartModel();
    }

    public ReadOnlyObjectProperty<GridTable> gridProperty() {
        return grid.grid();
    }

    public ObservableList<String> notes() {
        return shown.notes().notes();
    }

    /** The generated sentences with their evidence (the same sentences as {@link #notes()}). */
    public ObservableList<Note> generatedNotes() {
        return shown.notes().generated();
    }

    /** The notes the notes pane lists: the table's, or the map's quadrant notes while the map is shown. */
    public ObservableList<Note> shownNotes() {
        return shown.notes().shown();
    }

    public TableOptionsModel tableOptions() {
        return tableOptions;
    }

    public SegmentMapViewModel map() {
        return map;
    }

    public ObjectProperty<ChartView> chartViewProperty() {
        return shown.chartView();
    }

    /** How the band chart tab draws the table: kind, decimals, sort, report language. */
    public ObjectProperty<ChartSettings> chartSettingsProperty() {
        return shown.chartSettings();
    }

    public BooleanProperty captionUnderChartProperty() {
        return shown.captionUnderChart();
    }

    /** The filter in words with the table's base ("" when nothing is filtered). */
    public ReadOnlyStringProperty filterStatusProperty() {
        return table.filterStatus();
    }

    public StringProperty userNoteProperty() {
        return shown.userNote();
    }

    public BooleanProperty showCountsProperty() {
        return grid.showCounts();
    }

    public GridSettings gridSettings() {
        return grid.settings();
    }

    public BooleanProperty transposedProperty() {
        return grid.transposed();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.loadingProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return loader.progressProperty();
    }

    /** The reader's warnings about the file last opened (shown in the status line), or "". */
    public StringProperty loadWarningProperty() {
        return intake.status().loadWarning();
    }

    public StringProperty statusProperty() {
        return intake.status().status();
    }
}
