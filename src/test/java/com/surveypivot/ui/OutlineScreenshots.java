package com.surveypivot.ui;

import com.surveypivot.export.ExportProgress;
import com.surveypivot.export.PngExport;
import com.surveypivot.export.PptxDeck;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.project.SavedEntry;
import com.surveypivot.survey.Survey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * The report outline in the real window at 1280×720 on the sample (the sample's three views kept with notes: Q2 by
 * Q1, Q3 by company size, the two-question map), rendered headless, and the deck and book of those entries. Usage:
 * {@code OutlineScreenshots OUT_FOLDER [ja|en]} (writes window-outline-LANG.png, report.pptx, report.xlsx).
 */
public final class OutlineScreenshots {
    private OutlineScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Locale locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.JAPANESE;
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        Files.createDirectories(out);
        Survey survey = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        boolean ja = locale == Locale.JAPANESE;
        CompletableFuture<MainView> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            MainViewModel model = new MainViewModel(Runnable::run);
            model.localeProperty().set(locale);
            MainView view = new MainView(model);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1280, 720));
            stage.show();
            model.setSurvey(survey);
            keep(view, survey, "Q2", "Q1", ja ? "マーケ・営業系の職種ほど連携できていると答える" : "Marketing and sales say they work together best");
            keep(view, survey, "Q3", "従業員規模", ja ? "大企業ほど悩みが深い" : "The larger the company, the deeper the trouble");
            survey.find("Q1").ifPresent(model.attributeProperty()::set);
            survey.find("Q2").ifPresent(model.questionProperty()::set);
            model.chartViewProperty().set(MainViewModel.ChartView.MAP);
            model.userNoteProperty().set(ja ? "右上の職種が連携の推進役" : "The top-right functions drive the collaboration");
            view.outlinePane().addCurrent();
            model.chartViewProperty().set(MainViewModel.ChartView.BAND);
            view.outlinePane().list().getSelectionModel().clearAndSelect(1);
            view.outlinePane().actions().open(model.outline().entries().get(1));
            shown.complete(view);
        });
        MainView view = shown.get();
        Thread.sleep(1500);
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(view.getScene().snapshot(null)));
        PngExport.write(SwingFXUtils.fromFXImage(image.get(), null), out.resolve("window-outline-"
                + locale.getLanguage() + ".png"));
        List<SavedEntry> entries = view.model().outline().entries();
        for (ExportMenu.Kind kind : List.of(ExportMenu.Kind.PPTX, ExportMenu.Kind.XLSX)) {
            new EntryExports.Writing(survey, entries, out.resolve("report." + kind.extension), kind, null, locale)
                    .run(null, false, PptxDeck.NotesPlacement.SLIDE, ExportProgress.NONE);
        }
        Platform.runLater(() -> view.getScene().getWindow().hide());
        Platform.exit();
    }

    private static void keep(MainView view, Survey survey, String question, String attribute, String note) {
        survey.find(attribute).ifPresent(view.model().attributeProperty()::set);
        survey.find(question).ifPresent(view.model().questionProperty()::set);
        view.model().userNoteProperty().set(note);
        view.outlinePane().addCurrent();
    }
}
