package com.surveypivot.ui;

import com.surveypivot.survey.Survey;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop app: one main window on the survey given as argument, or on the bundled sample. */
public class SurveyPivotApp extends Application {
    static final double WIDTH = 1240;
    static final double HEIGHT = 760;
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    /** Runs the window until the app exits, then ends the process (no thread left behind keeps it alive). */
    public static void main(String[] args) {
        FirstChartTiming.mark("main");
        if (args.length == 0) {
            EarlySample.start(); // read while the toolkit starts: the window opens on the sample
        }
        launch(SurveyPivotApp.class, args);
        System.exit(0);
    }

    @Override
    public void start(Stage stage) {
        startRecovery(open(stage, getParameters().getRaw(), DesktopSettings.forUser()));
    }

    /**
     * Builds the window in {@code stage} and opens the file given as first argument, or the bundled sample: the one
     * read while the toolkit started ({@link EarlySample}) goes into the window before its first layout.
     */
    static MainView open(Stage stage, List<String> args, DesktopSettings settings) {
        FirstChartTiming.mark("toolkit");
        MainViewModel model = new MainViewModel(TaskExecutor.background());
        MainView view = new MainView(model, settings);
        FirstChartTiming.mark("view");
        Survey early = args.isEmpty() ? EarlySample.takeIfRead() : null;
        if (early != null) { // the first frame is laid out once, with the chart
            model.showSample(early);
        }
        show(stage, view);
        FirstChartTiming.mark("shown");
        FirstChartTiming.watch(stage.getScene());
        DeskWiring.restoreWindow(stage, view);
        if (!args.isEmpty()) {
            model.open(Path.of(args.get(0)));
        } else if (early == null) {
            model.openSample();
        }
        return view;
    }

    /** Autosave to the recovery file, after offering to restore the work a crashed run left behind. */
    static void startRecovery(MainView view) {
        view.projectActions().offerRecovery();
        view.projectActions().startRecovery();
    }

    /** Puts the view in the stage: title, icons, a size that fits a 1280×800 screen. */
    public static void show(Stage stage, MainView view) {
        MainViewModel model = view.model();
        stage.titleProperty().bind(model.project().titleBinding());
        showIcons(stage);
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
    }

    /** Decodes the icons on a background thread (not on the first screen's path), then gives them to the stage. */
    private static void showIcons(Stage stage) {
        Thread decode = new Thread(() -> {
            List<Image> icons = icons();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "surveypivot-icons");
        decode.setDaemon(true);
        decode.start();
    }

    /** The app icon in the sizes that are bundled (none when the icons are not packaged). */
    static List<Image> icons() {
        java.util.ArrayList<Image> icons = new java.util.ArrayList<>();
        for (int size : ICON_SIZES) {
            URL url = SurveyPivotApp.class.getResource("/com/surveypivot/icons/surveypivot-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }
}
