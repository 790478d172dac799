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
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * The docs' screenshots of the grid, the Data tab and the dark theme: the real window at 1280×720 on the sample, in
 * Japanese, rendered headless. Usage: {@code DeskScreenshots DOCS_FOLDER} (writes window-grid.png, window-data.png,
 * window-dark.png).
 */
public final class DeskScreenshots {
    private DeskScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path docs = Path.of(args.length > 0 ? args[0] : "docs");
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        Survey survey = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        shot(survey, "Q2", "Q1", docs.resolve("window-grid.png"), view -> view.layoutProperty().set(LayoutMode.GRID));
        shot(survey, "Q3", "従業員規模", docs.resolve("window-data.png"), view -> {
            GridTable.Row row = view.grid().getItems().get(2);
            view.data().showCell(row, 1);
            view.views().getSelectionModel().select(view.dataTab());
        });
        shot(survey, "Q2", "Q1", docs.resolve("window-dark.png"), view -> view.themeProperty().set(Theme.DARK));
        Platform.exit();
    }

    private static void shot(Survey survey, String question, String attribute, Path out, Consumer<MainView> setUp)
            throws Exception {
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            MainViewModel model = new MainViewModel(Runnable::run);
            model.localeProperty().set(Locale.JAPANESE);
            MainView view = new MainView(model);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1280, 720));
            stage.show();
            model.setSurvey(survey);
            survey.find(attribute).ifPresent(model.attributeProperty()::set);
            survey.find(question).ifPresent(model.questionProperty()::set);
            setUp.accept(view);
            shown.complete(stage);
        });
        Stage stage = shown.get();
        Thread.sleep(1500);
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            image.complete(stage.getScene().snapshot(null));
            stage.close();
        });
        PngExport.write(SwingFXUtils.fromFXImage(image.get(), null), out);
    }
}
