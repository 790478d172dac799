package com.surveypivot.ui;

import com.surveypivot.export.PngExport;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Renders the main window on the bundled sample to a PNG, with no display needed (for the README's screenshot).
 * Usage: {@code WindowScreenshot [OUT.png [ja|en [QUESTION [ATTRIBUTE [band|map [X_ANSWERS [X_NAME [Y_NAME]]]]]]]]};
 * by default window.png, Japanese, Q2 by Q1, the band chart ({@code map}: the two-question map of QUESTION and the
 * next question; X_ANSWERS {@code 2|3|4} (labels or 1-based positions) measures a NET of those answers on X, and
 * the names are the measures' names in the notes and captions).
 */
public final class WindowScreenshot {
    private WindowScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "window.png");
        Locale locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.JAPANESE;
        String question = args.length > 2 ? args[2] : "Q2";
        String attribute = args.length > 3 ? args[3] : "Q1";
        MainViewModel.ChartView view = args.length > 4 && args[4].equals("map") ? MainViewModel.ChartView.MAP
                : MainViewModel.ChartView.BAND;
        MapSetup setup = new MapSetup(args.length > 5 ? List.of(args[5].split("\\|")) : List.of(),
                args.length > 6 ? args[6] : "", args.length > 7 ? args[7] : "");
        useHeadlessToolkitUnlessSet();
        Survey survey = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        WritableImage image = render(survey, locale, question, attribute, view, setup).get();
        PngExport.write(SwingFXUtils.fromFXImage(image, null), out);
        Platform.exit();
    }

    /** Shows the window on a survey with a table picked, then snapshots its scene (call off the FX thread). */
    public static CompletableFuture<WritableImage> render(Survey survey, Locale locale, String question,
            String attribute) {
        return render(survey, locale, question, attribute, MainViewModel.ChartView.BAND);
    }

    /**
     * How the map is set up beyond its questions: a NET of answers on X (none: the default measure) and the
     * measures' names ("" for the default).
     */
    public record MapSetup(List<String> xAnswers, String xName, String yName) {
        public static final MapSetup DEFAULT = new MapSetup(List.of(), "", "");
    }

    /** The same with the band chart or the two-question map shown (the map of QUESTION and the next question). */
    public static CompletableFuture<WritableImage> render(Survey survey, Locale locale, String question,
            String attribute, MainViewModel.ChartView view) {
        return render(survey, locale, question, attribute, view, MapSetup.DEFAULT);
    }

    /** The same with the map set up as given. */
    public static CompletableFuture<WritableImage> render(Survey survey, Locale locale, String question,
            String attribute, MainViewModel.ChartView view, MapSetup setup) {
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            MainViewModel model = new MainViewModel(Runnable::run);
            model.localeProperty().set(locale);
            model.setSurvey(survey);
            survey.find(attribute).ifPresent(model.attributeProperty()::set);
            survey.find(question).ifPresent(model.questionProperty()::set);
            model.map().reset(model.questions(), model.questionProperty().get());
            if (!setup.xAnswers().isEmpty()) {
                model.map().x().useNet(setup.xAnswers(), setup.xName());
            } else if (!setup.xName().isEmpty()) {
                model.map().x().nameProperty().set(setup.xName());
            }
            if (!setup.yName().isEmpty()) {
                model.map().y().nameProperty().set(setup.yName());
            }
            model.chartViewProperty().set(view);
            Stage stage = new Stage();
            SurveyPivotApp.show(stage, new MainView(model));
            shown.complete(stage);
        });
        // let a few pulses lay the window out before the snapshot
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        shown.thenAcceptAsync(stage -> {
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(() -> {
                image.complete(stage.getScene().snapshot(null));
                stage.close();
            });
        });
        return image;
    }

    private static void useHeadlessToolkitUnlessSet() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
    }
}
