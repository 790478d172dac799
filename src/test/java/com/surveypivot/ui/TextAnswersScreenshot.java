package com.surveypivot.ui;

import com.surveypivot.export.PngExport;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Renders the Text answers tab on the sample to a PNG with no display (for the README): Q5 by Q1, the segment
 * 広告宣伝・販促, its characteristic word KPI clicked. Usage (test class path, it needs Monocle):
 * {@code TextAnswersScreenshot OUT.png [ja|en [coding]]} ({@code coding}: the coding pane after two keyword rules).
 */
public final class TextAnswersScreenshot {
    private TextAnswersScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "window-text.png");
        Locale locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.JAPANESE;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Survey survey = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            MainViewModel model = new MainViewModel(Runnable::run);
            model.localeProperty().set(locale);
            model.setSurvey(survey);
            model.attributeProperty().set(survey.find("Q1").orElseThrow());
            Stage stage = new Stage();
            MainView view = new MainView(model);
            SurveyPivotApp.show(stage, view);
            model.textAnswers().open(survey.find("Q5").orElseThrow());
            model.textAnswers().columns().setAll(survey.find("Q3").orElseThrow(), survey.find("業種").orElseThrow());
            model.textAnswers().segmentProperty().set("広告宣伝・販促");
            model.textAnswers().wordProperty().set("KPI");
            shown.complete(stage);
            // the answers are tokenised in a later pulse
            Platform.runLater(() -> {
                if (args.length > 2 && args[2].equals("coding")) {
                    model.textAnswers().coding().applyRule("KPI", "KPI・指標");
                    model.textAnswers().coding().applyRule("データ", "データ");
                    ((TabPane) view.lookup("#textSideTabs")).getSelectionModel().select(1);
                }
            });
        });
        Stage stage = shown.get();
        Thread.sleep(1500);
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(stage.getScene().snapshot(null)));
        PngExport.write(SwingFXUtils.fromFXImage(image.get(), null), out);
        Platform.exit();
    }
}
