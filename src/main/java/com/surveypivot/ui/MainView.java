package com.surveypivot.ui;

import com.surveypivot.chart.BandChart;
import com.surveypivot.chart.ChartFonts;
import com.surveypivot.i18n.LocalizedException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The main window's content: menus on top, the questions on the left, the pivot zones above the band chart and
 * the crosstab grid side by side, the notes below them and a status bar at the bottom.
 */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final UiText text;
    private final BandChart chart = new BandChart();
    private final CrosstabGrid grid = new CrosstabGrid();
    private final PivotDrag drag = new PivotDrag();
    private final PivotActions actions;
    private PivotZones zones;
    private SegmentMapPane mapPane;
    private NotesPane notesPane;
    private FileDialogs dialogs;
    private final DesktopSettings settings;
    private final DeskText deskText;
    private final DataViewModel data;
    private final ProjectActions projectActions;
    private final ObjectProperty<LayoutMode> layout = new SimpleObjectProperty<>(LayoutMode.BOTH);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private Runnable exitAction = AppExit::exit;
    private SplitPane body;
    private SplitPane side;
    private TabPane views;
    private Tab dataTab;
    private final ReportOutlinePane outlinePane;

    public MainView(MainViewModel model) {
        this(model, DesktopSettings.inMemory());
    }

    /** The window's content, remembering recent files, theme, layout and split positions in {@code settings}. */
    public MainView(MainViewModel model, DesktopSettings settings) {
        this.model = model;
        this.text = model.text();
        this.actions = new PivotActions(model);
        this.settings = settings;
        this.deskText = new DeskText(model.localeProperty());
        this.data = new DataViewModel(model);
        this.dialogs = new SystemFileDialogs(text, model);
        this.projectActions = new ProjectActions(this);
        setId("mainView");
        getStyleClass().add("main-view");
        setStyle("-fx-font-family: \"" + ChartFonts.family() + "\";");
        getStylesheets().add(MainView.class.getResource("/com/surveypivot/ui/surveypivot.css").toExternalForm());
        getStylesheets().add(MainView.class.getResource("/com/surveypivot/ui/workspace.css").toExternalForm());

        this.outlinePane = new ReportOutlinePane(model, deskText);
        setTop(new MainMenu(this, model));
        QuestionListPane questions = new QuestionListPane(model, drag, actions);
        AnswersPane answers = new AnswersPane(model, drag);
        setLeft(WorkspaceSide.of(questions, answers, outlinePane));
        FileDrop.install(this, model);
        setCenter(centre());
        WorkspaceKeys.install(this, questions.search(), zones.segmentPicker(), answers.list());
        setBottom(new StatusBar(model));
        DeskWiring.wire(this);
        TableNets.install(this);

        chart.setId("bandChart");
        model.chartModelProperty().addListener((obs, old, m) -> chart.setModel(m));
        chart.setModel(model.chartModelProperty().get());
        model.gridProperty().addListener((obs, old, g) -> grid.show(g));
        grid.show(model.gridProperty().get());
        model.setErrorHandler(this::showError);
    }

    private VBox centre() {
        zones = new PivotZones(model, drag, actions);
        zones.setPadding(new Insets(8, 8, 4, 8));
        TableOptionsBar options = new TableOptionsBar(model);
        options.setPadding(new Insets(0, 8, 6, 8));

        Label noTable = new Label();
        noTable.textProperty().bind(text.bind("chart.none"));
        noTable.visibleProperty().bind(model.chartModelProperty().isNull());
        chart.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane chartScroll = new ScrollPane(chart);
        chartScroll.setFitToWidth(true);
        chartScroll.setFitToHeight(true);
        chartScroll.getStyleClass().add("chart-scroll");
        StackPane chartBox = new StackPane(chartScroll, noTable);
        chartBox.getStyleClass().add("chart-box");

        // the band chart and the two-question map, one at a time; the menu saves the one shown
        mapPane = new SegmentMapPane(model);
        Tab bandTab = new Tab();
        bandTab.setId("bandTab");
        bandTab.textProperty().bind(text.bind("view.band"));
        VBox.setVgrow(chartBox, Priority.ALWAYS);
        bandTab.setContent(new VBox(new ChartSettingsBar(model), chartBox));
        Tab mapTab = new Tab();
        mapTab.setId("mapTab");
        mapTab.textProperty().bind(text.bind("view.map"));
        dataTab = new Tab();
        dataTab.setId("dataTab");
        dataTab.textProperty().bind(deskText.bind("desk.data.tab"));
        views = new TabPane(bandTab, mapTab, dataTab);
        views.setId("chartTabs");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        views.setMinWidth(300);
        views.getTabs().add(new FindingsTab(model, grid, views.getSelectionModel()));
        views.getSelectionModel().select(model.chartViewProperty().get() == MainViewModel.ChartView.MAP ? 1 : 0);
        LazyTabContent.install(mapTab, mapPane);
        LazyTabContent.install(dataTab, () -> new DataPane(data));
        views.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() < 2) { // the Data tab leaves the chart view as it was
                model.chartViewProperty().set(i.intValue() == 1 ? MainViewModel.ChartView.MAP
                        : MainViewModel.ChartView.BAND);
            }
        });
        model.chartViewProperty().addListener((obs, old, v) -> views.getSelectionModel()
                .select(v == MainViewModel.ChartView.MAP ? 1 : 0));

        ToggleButton counts = new ToggleButton();
        counts.setId("countsToggle");
        counts.textProperty().bind(text.bind("grid.counts"));
        counts.selectedProperty().bindBidirectional(model.showCountsProperty());
        ToggleButton transpose = new ToggleButton();
        transpose.setId("transposeToggle");
        transpose.textProperty().bind(text.bind("grid.transpose"));
        transpose.selectedProperty().bindBidirectional(model.transposedProperty());
        Label gridHeading = new Label();
        gridHeading.textProperty().bind(text.bind("grid.heading"));
        gridHeading.getStyleClass().add("pane-heading");
        HBox gridBar = new HBox(6, gridHeading, spacer(), counts, transpose,
                new GridOptionsButton(model.gridSettings(), deskText));
        gridBar.getStyleClass().add("grid-bar");
        VBox.setVgrow(grid, Priority.ALWAYS);
        Label legend = new Label();
        legend.setId("gridLegend");
        legend.setWrapText(true);
        legend.getStyleClass().add("grid-legend");
        legend.textProperty().bind(Bindings.createStringBinding(() -> model.gridProperty().get() == null ? ""
                : model.gridProperty().get().legend(), model.gridProperty()));
        legend.managedProperty().bind(legend.textProperty().isNotEmpty());
        legend.setMinHeight(Region.USE_PREF_SIZE);
        Label totalNote = new Label();
        totalNote.setId("gridTotalNote");
        totalNote.setWrapText(true);
        totalNote.getStyleClass().add("grid-legend");
        totalNote.textProperty().bind(Bindings.createStringBinding(() -> model.gridProperty().get() == null ? ""
                : model.gridProperty().get().totalNote(), model.gridProperty()));
        totalNote.managedProperty().bind(totalNote.textProperty().isNotEmpty());
        totalNote.setMinHeight(Region.USE_PREF_SIZE);
        VBox gridBox = new VBox(4, gridBar, grid, legend, WeightingTestLine.label(model), totalNote);
        gridBox.setPadding(new Insets(4));
        gridBox.setMinWidth(260);

        // the chart takes the full height on the left; the grid and the notes share the column beside it
        notesPane = new NotesPane(model);
        notesPane.setMinHeight(120);
        HistoryKeys.install(notesPane.userNote(), model.workspace());
        side = new SplitPane(gridBox, notesPane);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.55);
        body = new SplitPane(views, side);
        body.setDividerPositions(0.55);
        VBox.setVgrow(body, Priority.ALWAYS);
        return new VBox(zones, options, TextAnswersTab.around(body, model));
    }

    private static HBox spacer() {
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    // ---- actions (the menu's)

    void openFile() {
        if (projectActions.mayLeave()) {
            dialogs.chooseSurvey(getScene().getWindow()).ifPresent(model::open);
        }
    }

    void openSample() {
        if (projectActions.mayLeave()) {
            model.openSample();
        }
    }

    /** Asks where and as what (PNG 1×/2×/3×, SVG) to save, and writes the chart in the background. */
    void saveChartImage() {
        if (model.chartPicture() == null) {
            return;
        }
        Optional<ChartImageTarget> target = dialogs.chooseChartImage(window(), model.defaultImageName());
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get().file();
        ImageFormat format = target.get().format();
        ChartPicture picture = model.chartPicture();
        if (picture == null) {
            return;
        }
        Task<Void> save = new Task<>() {
            @Override
            protected Void call() throws Exception {
                picture.write(file, format);
                return null;
            }
        };
        save.setOnSucceeded(e -> model.statusProperty().set(text.get("status.saved", file.getFileName())));
        save.setOnFailed(e -> showError(save.getException() instanceof LocalizedException failure
                ? failure.message(model.localeProperty().get()) : text.get("error.save", file.getFileName())));
        model.executor().execute(save);
    }

    /** Puts the chart on the clipboard at 2x, as it is saved. */
    void copyChart() {
        BufferedImage image = model.chartImage();
        if (image == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
        model.statusProperty().set(text.get("status.copied"));
    }

    /** Remembers the window and ends the app (also from the window's close button). */
    void exit() {
        if (!projectActions.mayLeave()) {
            return;
        }
        projectActions.exited();
        DeskWiring.saveState(this);
        exitAction.run();
    }

    /** Replaces what Exit does after remembering the window (tests record it instead of ending the platform). */
    void setExitAction(Runnable action) {
        this.exitAction = action;
    }

    void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(window());
        about.setTitle(text.get("about.title"));
        about.setHeaderText("SurveyPivot " + AppVersion.get());
        about.setContentText(text.get("about.text"));
        about.getDialogPane().setId("aboutDialog");
        about.show();
    }

    /** A one-line message in an error dialog; the window stays as it was. */
    void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window());
        alert.setTitle(text.get("error.title"));
        alert.setHeaderText(null);
        alert.setContentText(message);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Replaces the file choosers (tests answer them directly). */
    public void setFileDialogs(FileDialogs dialogs) {
        this.dialogs = dialogs;
    }

    FileDialogs fileDialogs() {
        return dialogs;
    }

    /** Open / save / apply a project, and the prompt before unsaved work is left. */
    ProjectActions projectActions() {
        return projectActions;
    }

    DesktopSettings settings() {
        return settings;
    }

    DeskText deskText() {
        return deskText;
    }

    public DataViewModel data() {
        return data;
    }

    ObjectProperty<LayoutMode> layoutProperty() {
        return layout;
    }

    ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    SplitPane body() {
        return body;
    }

    SplitPane side() {
        return side;
    }

    TabPane views() {
        return views;
    }

    Tab dataTab() {
        return dataTab;
    }

    public MainViewModel model() {
        return model;
    }

    public BandChart chart() {
        return chart;
    }

    public CrosstabGrid grid() {
        return grid;
    }

    SegmentMapPane mapPane() {
        return mapPane;
    }

    NotesPane notesPane() {
        return notesPane;
    }

    ReportOutlinePane outlinePane() {
        return outlinePane;
    }
}
